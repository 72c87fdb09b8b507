package io.github.ocpi4j.model.v230.tariffs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.ReadResult;
import io.github.ocpi4j.model.Violation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@link Tariff} of OCPI 2.3.0: what changed since 2.2.1 and the rules between its fields. */
class TariffTest {
    private static final OcpiJson JSON = OcpiJson.instance();

    private static PriceComponent time(@Nullable String vat) {
        return PriceComponent.builder()
                .type(TariffDimensionType.TIME)
                .price(new BigDecimal("2.00"))
                .vat(vat == null ? null : new BigDecimal(vat))
                .stepSize(60)
                .build();
    }

    private static Tariff.Builder tariff(TaxIncluded taxIncluded, PriceComponent... components) {
        return Tariff.builder()
                .countryCode("CA")
                .partyId("FLO")
                .id("12")
                .currency("CAD")
                .elements(List.of(TariffElement.builder()
                        .priceComponents(List.of(components))
                        .build()))
                .taxIncluded(taxIncluded)
                .lastUpdated(Instant.parse("2024-12-05T18:30:14Z"));
    }

    private static PriceLimit limit(String beforeTaxes, @Nullable String afterTaxes) {
        return PriceLimit.of(new BigDecimal(beforeTaxes), afterTaxes == null ? null : new BigDecimal(afterTaxes));
    }

    /** {@code [[mod_tariffs_tariff_object]]}: {@code tax_included} has cardinality 1. */
    @Test
    void tariffWithoutTaxIncludedIsRejected() {
        assertThat(JSON.validate(
                        tariff(TaxIncluded.NO, time("10")).taxIncluded(null).build()))
                .containsExactly(new Violation("tax_included", "required"));
    }

    /** {@code [[mod_tariffs_taxincluded_enum]]}: the value is {@code N/A}, which is no Java name. */
    @Test
    void taxIncludedNotApplicableIsWrittenAndReadAsNA() {
        Tariff tariff = tariff(TaxIncluded.NOT_APPLICABLE, time(null)).build();

        String json = JSON.writeString(tariff);

        assertThat(json).contains("\"tax_included\":\"N/A\"");
        assertThat(JSON.read(json, Tariff.class).get()).isEqualTo(tariff);
    }

    @Test
    void unknownTaxIncludedValueIsRejectedWithTheValuesOfTheSpecification() {
        String json =
                JSON.writeString(tariff(TaxIncluded.YES, time(null)).build()).replace("\"YES\"", "\"NOT_APPLICABLE\"");

        assertThat(JSON.read(json, Tariff.class).violations())
                .containsExactly(new Violation(
                        "tax_included", "enum TaxIncluded: unknown value \"NOT_APPLICABLE\" (allowed: YES, NO, N/A)"));
    }

    /** {@code [[mod_tariffs_pricecomponent_class]]}: without taxes no VAT rate can apply. */
    @Test
    void vatInATariffWithoutTaxesIsRejected() {
        Tariff tariff = tariff(TaxIncluded.NOT_APPLICABLE, time(null), time("0"), time("21"))
                .build();

        assertThat(JSON.validate(tariff))
                .containsExactly(
                        new Violation("elements[0].price_components[1].vat", "no VAT allowed when tax_included is N/A"),
                        new Violation(
                                "elements[0].price_components[2].vat", "no VAT allowed when tax_included is N/A"));
    }

    @ParameterizedTest
    @EnumSource(
            value = TaxIncluded.class,
            names = {"YES", "NO"})
    void vatIsOptionalWhenTaxesApply(TaxIncluded taxIncluded) {
        assertThat(JSON.validate(tariff(taxIncluded, time("10"), time(null)).build()))
                .isEmpty();
    }

    /** {@code [[mod_tariffs_pricelimit_class]]}: with no tax, the cost after taxes is the cost before them. */
    @Test
    void priceLimitAfterTaxesAboveBeforeTaxesInATariffWithoutTaxesIsRejected() {
        Tariff tariff = tariff(TaxIncluded.NOT_APPLICABLE, time(null))
                .minPrice(limit("1.00", "1.10"))
                .maxPrice(limit("10.00", "10.0"))
                .build();

        assertThat(JSON.validate(tariff))
                .containsExactly(
                        new Violation("min_price.after_taxes", "must equal before_taxes when tax_included is N/A"));
    }

    /** {@code [[mod_tariffs_tariff_object]]}: both bounds hold before taxes and, where given, after taxes. */
    @Test
    void minPriceAboveMaxPriceIsRejectedBeforeAndAfterTaxes() {
        Tariff tariff = tariff(TaxIncluded.NO, time("10"))
                .minPrice(limit("10.01", "11.50"))
                .maxPrice(limit("10.00", "11.00"))
                .build();

        assertThat(JSON.validate(tariff))
                .containsExactly(
                        new Violation("min_price.before_taxes", "must not be more than max_price.before_taxes"),
                        new Violation("min_price.after_taxes", "must not be more than max_price.after_taxes"));
    }

    @Test
    void afterTaxesAreComparedOnlyWhenBothLimitsGiveThem() {
        Tariff tariff = tariff(TaxIncluded.NO, time("10"))
                .minPrice(limit("0.50", "99.00"))
                .maxPrice(limit("10.00", null))
                .build();

        assertThat(JSON.validate(tariff)).isEmpty();
    }

    /**
     * A 2.2.1 {@code Price} ({@code excl_vat}, {@code incl_vat}) is no {@code PriceLimit}: its fields are unknown
     * here, and {@code before_taxes} is missing ({@code [[mod_tariffs_pricelimit_class]]}).
     */
    @Test
    void priceLimitWrittenAsA221PriceLacksBeforeTaxes() {
        String json = JSON.writeString(tariff(TaxIncluded.NO, time("10")).build())
                .replace("\"elements\"", "\"max_price\":{\"excl_vat\":10.00,\"incl_vat\":11.00},\"elements\"");

        assertThat(JSON.read(json, Tariff.class).violations())
                .containsExactly(new Violation("max_price.before_taxes", "required"));
    }

    /** {@code [[mod_tariffs_preauthorize_amount_field]]}: an amount to reserve on a card. */
    @Test
    void preauthorizeAmountIsReadAndMustNotBeNegative() {
        String json = JSON.writeString(tariff(TaxIncluded.YES, time(null)).build())
                .replace("\"elements\"", "\"preauthorize_amount\":50.00,\"elements\"");

        ReadResult<Tariff> read = JSON.read(json, Tariff.class);

        assertThat(read.violations()).isEmpty();
        assertThat(read.get().preauthorizeAmount()).isEqualByComparingTo("50");
        assertThat(JSON.writeString(read.get())).isEqualTo(json);
        assertThat(JSON.validate(read.get().toBuilder()
                        .preauthorizeAmount(new BigDecimal("-0.01"))
                        .build()))
                .containsExactly(new Violation("preauthorize_amount", "must be at least 0, was -0.01"));
    }

    /** {@code [[mod_tariffs_tariffrestrictions_class]]}: a reservation is priced by {@code FLAT} and {@code TIME}. */
    @Test
    void reservationElementWithAnEnergyComponentIsRejectedAtItsPath() {
        TariffElement reservation = TariffElement.builder()
                .priceComponents(List.of(
                        time("20"),
                        time("20").toBuilder().type(TariffDimensionType.ENERGY).build()))
                .restrictions(TariffRestrictions.builder()
                        .reservation(ReservationRestrictionType.RESERVATION)
                        .build())
                .build();
        Tariff tariff = tariff(TaxIncluded.NO, time("20"))
                .elements(List.of(reservation))
                .build();

        assertThat(JSON.validate(tariff))
                .containsExactly(new Violation(
                        "elements[0].price_components[1].type",
                        "only FLAT and TIME allowed when restrictions.reservation is set"));
    }

    /** Unknown fields, at the top and deeper, are accepted and left out when written. */
    @Test
    void tariffWithUnknownFieldsIsReadWithoutViolation() {
        Tariff tariff = tariff(TaxIncluded.NO, time("10")).build();
        String json = JSON.writeString(tariff)
                .replace("{\"type\":\"TIME\"", "{\"x_color\":\"green\",\"type\":\"TIME\"")
                .replace("\"tax_included\"", "\"x_extension\":{\"a\":[1,2]},\"tax_included\"");

        ReadResult<Tariff> read = JSON.read(json, Tariff.class);

        assertThat(read.violations()).isEmpty();
        assertThat(read.get()).isEqualTo(tariff);
    }
}
