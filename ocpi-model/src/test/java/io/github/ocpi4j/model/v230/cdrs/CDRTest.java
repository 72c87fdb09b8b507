package io.github.ocpi4j.model.v230.cdrs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.ReadResult;
import io.github.ocpi4j.model.Violation;
import io.github.ocpi4j.model.v230.tokens.TokenType;
import io.github.ocpi4j.model.v230.types.Price;
import io.github.ocpi4j.model.v230.types.TaxAmount;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@link CDR} of OCPI 2.3.0: its prices with taxes and the rules of {@code [[mod_cdrs_cdr_object]]}. */
class CDRTest {
    private static final OcpiJson JSON = OcpiJson.instance();

    /** The specification's example, made valid. */
    private static CDR example() {
        return JSON.read(CdrsExamplesTest.mendedExample(), CDR.class).get();
    }

    private static ChargingPeriod period(CdrDimensionType type, String volume) {
        return example().chargingPeriods().get(0).toBuilder()
                .dimensions(List.of(new CdrDimension(type, new BigDecimal(volume))))
                .build();
    }

    @Test
    void totalCostStatesEachTax() {
        assertThat(example().totalCost())
                .isEqualTo(
                        Price.of(new BigDecimal("4.00"), List.of(TaxAmount.of("VAT", null, new BigDecimal("0.40")))));
        assertThat(example().totalCost().afterTaxes()).isEqualByComparingTo("4.40");
    }

    /** {@code [[types_price_class]]}: a 2.2.1 Price ({@code excl_vat}, {@code incl_vat}) lacks {@code before_taxes}. */
    @Test
    void totalCostWrittenAsA221PriceLacksBeforeTaxes() {
        String json = CdrsExamplesTest.mendedExample()
                .replaceFirst(
                        "\"total_cost\": \\{[^}]*}[^}]*}", "\"total_cost\": {\"excl_vat\": 4.00, \"incl_vat\": 4.40}");

        assertThat(JSON.read(json, CDR.class).violations())
                .containsExactly(new Violation("total_cost.before_taxes", "required"));
    }

    @Test
    void taxesOfAPriceAreValidatedAtTheirPath() {
        CDR cdr = example().toBuilder()
                .totalParkingCost(
                        Price.of(BigDecimal.ONE, List.of(TaxAmount.builder().build())))
                .build();

        assertThat(JSON.validate(cdr))
                .containsExactly(
                        new Violation("total_parking_cost.taxes[0].name", "required"),
                        new Violation("total_parking_cost.taxes[0].amount", "required"));
    }

    /** {@code [[mod_tokens_tokentype_enum]]}: {@code EMAID} is new in 2.3.0. */
    @Test
    void sessionStartedByAnEmaidIsAccepted() {
        CDR cdr = example().toBuilder()
                .cdrToken(example().cdrToken().toBuilder().type(TokenType.EMAID).build())
                .build();

        assertThat(JSON.validate(cdr)).isEmpty();
        assertThat(JSON.writeString(cdr)).contains("\"type\":\"EMAID\"");
    }

    /** {@code [[mod_cdrs_cdrdimensiontype_enum]]}: the "Session Only" types have no place in a CDR. */
    @ParameterizedTest
    @EnumSource(CdrDimensionType.class)
    void onlyDimensionTypesThatAreNotSessionOnlyAreAccepted(CdrDimensionType type) {
        CDR cdr = example().toBuilder()
                .chargingPeriods(List.of(period(CdrDimensionType.TIME, "1.5"), period(type, "50")))
                .build();

        assertThat(JSON.validate(cdr))
                .containsExactlyElementsOf(
                        type.isSessionOnly()
                                ? List.of(new Violation(
                                        "charging_periods[1].dimensions[0].type",
                                        "session only: " + type + " is not allowed in a CDR"))
                                : List.of());
    }

    @Test
    void sessionOnlyTypesAreThoseMarkedInTheSpecification() {
        assertThat(List.of(CdrDimensionType.values()).stream().filter(CdrDimensionType::isSessionOnly))
                .containsExactly(
                        CdrDimensionType.CURRENT,
                        CdrDimensionType.ENERGY_EXPORT,
                        CdrDimensionType.ENERGY_IMPORT,
                        CdrDimensionType.POWER,
                        CdrDimensionType.STATE_OF_CHARGE);
    }

    /** {@code [[mod_cdrs_cdrdimensiontype_enum]]}: a state of charge is a percentage. */
    @Test
    void stateOfChargeAbove100IsRejected() {
        assertThat(JSON.validate(new CdrDimension(CdrDimensionType.STATE_OF_CHARGE, new BigDecimal("100.5"))))
                .containsExactly(new Violation("volume", "STATE_OF_CHARGE: must be 0 to 100, was 100.5"));
    }

    /** {@code [[mod_cdrs_cdr_object]]}: 39 characters are for credit CDRs only, others have 36. */
    @Test
    void idOfMoreThan36CharactersIsForCreditCdrsOnly() {
        String id = "C".repeat(37);

        assertThat(JSON.validate(example().toBuilder().id(id).build()))
                .containsExactly(
                        new Violation("id", "CiString(36) unless credit is true: 37 characters, at most 36 allowed"));
        assertThat(JSON.validate(example().toBuilder()
                        .id(id)
                        .credit(true)
                        .creditReferenceId("12345")
                        .build()))
                .isEmpty();
    }

    /** {@code [[mod_cdrs_credit_cdrs]]}: a credit CDR names the CDR it credits, and has an id of its own. */
    @Test
    void creditCdrNeedsAReferenceToAnotherCdr() {
        assertThat(JSON.validate(example().toBuilder().credit(true).build()))
                .containsExactly(new Violation("credit_reference_id", "required when credit is true"));
        assertThat(JSON.validate(example().toBuilder()
                        .credit(true)
                        .creditReferenceId("12345")
                        .build()))
                .containsExactly(new Violation(
                        "id", "a credit CDR needs an id of its own: must differ from credit_reference_id"));
    }

    /** Unknown fields, at the top and deeper, are accepted and left out when written. */
    @Test
    void cdrWithUnknownFieldsIsReadWithoutViolation() {
        String json = CdrsExamplesTest.mendedExample()
                .replace("\"currency\": \"EUR\",", "\"currency\": \"EUR\", \"x_invoice\": {\"due\": 30},")
                .replace("\"name\": \"VAT\",", "\"name\": \"VAT\", \"x_region\": \"BE\",");

        ReadResult<CDR> read = JSON.read(json, CDR.class);

        assertThat(read.violations()).isEmpty();
        assertThat(read.get()).isEqualTo(example());
    }
}
