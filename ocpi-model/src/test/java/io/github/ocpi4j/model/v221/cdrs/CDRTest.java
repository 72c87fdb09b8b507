package io.github.ocpi4j.model.v221.cdrs;

import static io.github.ocpi4j.model.v221.cdrs.CdrFixtures.cdr;
import static io.github.ocpi4j.model.v221.cdrs.CdrFixtures.dimension;
import static io.github.ocpi4j.model.v221.cdrs.CdrFixtures.period;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@link CDR}: required fields, formats and the rules of the text of {@code [[mod_cdrs_cdr_object]]}. */
class CDRTest {
    private final OcpiJson json = OcpiJson.instance();

    @Test
    void cdrAfterTheSpecificationExampleIsValid() {
        assertThat(json.validate(cdr().build())).isEmpty();
    }

    @Test
    void emptyCdrReportsEveryRequiredField() {
        assertThat(json.validate(CDR.builder().build()))
                .containsExactly(
                        new Violation("country_code", "required"),
                        new Violation("party_id", "required"),
                        new Violation("id", "required"),
                        new Violation("start_date_time", "required"),
                        new Violation("end_date_time", "required"),
                        new Violation("cdr_token", "required"),
                        new Violation("auth_method", "required"),
                        new Violation("cdr_location", "required"),
                        new Violation("currency", "required"),
                        new Violation("charging_periods", "cardinality +: at least one element required"),
                        new Violation("total_cost", "required"),
                        new Violation("total_energy", "required"),
                        new Violation("total_time", "required"),
                        new Violation("last_updated", "required"));
    }

    @Test
    void cdrWithoutChargingPeriodsIsRejected() {
        assertThat(json.validate(cdr().chargingPeriods(List.of()).build()))
                .containsExactly(new Violation("charging_periods", "cardinality +: at least one element required"));
    }

    @ParameterizedTest
    @EnumSource(
            value = CdrDimensionType.class,
            names = {"CURRENT", "ENERGY_EXPORT", "ENERGY_IMPORT", "POWER", "STATE_OF_CHARGE"})
    void sessionOnlyDimensionTypeInCdrIsRejected(CdrDimensionType type) {
        CDR cdr = cdr().chargingPeriods(List.of(
                        period(dimension(CdrDimensionType.ENERGY, "3.5")),
                        period(dimension(CdrDimensionType.TIME, "0.5"), dimension(type, "50"))))
                .build();

        assertThat(json.validate(cdr))
                .containsExactly(new Violation(
                        "charging_periods[1].dimensions[1].type",
                        "session only: " + type + " is not allowed in a CDR"));
    }

    @ParameterizedTest
    @EnumSource(
            value = CdrDimensionType.class,
            names = {"ENERGY", "MAX_CURRENT", "MIN_CURRENT", "MAX_POWER", "MIN_POWER", "PARKING_TIME", "TIME"})
    void cdrDimensionTypesAreAcceptedInCdr(CdrDimensionType type) {
        CDR cdr =
                cdr().chargingPeriods(List.of(period(dimension(type, "12.5")))).build();

        assertThat(json.validate(cdr)).isEmpty();
    }

    @Test
    void reservationTimeIsAcceptedInCdr() {
        CDR cdr = cdr().chargingPeriods(List.of(period(dimension(CdrDimensionType.RESERVATION_TIME, "0.25"))))
                .build();

        assertThat(json.validate(cdr)).isEmpty();
    }

    @Test
    void sessionOnlyDimensionTypeReadFromJsonIsReportedWithItsPath() {
        String body = json.writeString(cdr().build())
                .replace("{\"type\":\"TIME\",\"volume\":1.973}", "{\"type\":\"POWER\",\"volume\":11}");

        assertThat(json.read(body, CDR.class).violations())
                .containsExactly(new Violation(
                        "charging_periods[0].dimensions[0].type", "session only: POWER is not allowed in a CDR"));
    }

    @Test
    void nonCreditCdrWithIdLongerThan36IsRejected() {
        String id = "C".repeat(37);

        assertThat(json.validate(cdr().id(id).build()))
                .containsExactly(
                        new Violation("id", "CiString(36) unless credit is true: 37 characters, at most 36 allowed"));
        assertThat(json.validate(cdr().id(id).credit(false).build()))
                .containsExactly(
                        new Violation("id", "CiString(36) unless credit is true: 37 characters, at most 36 allowed"));
    }

    @Test
    void nonCreditCdrWithIdOf36IsAccepted() {
        assertThat(json.validate(cdr().id("C".repeat(36)).build())).isEmpty();
    }

    @Test
    void creditCdrWithIdOf39IsAccepted() {
        CDR credit = cdr().id("C".repeat(36) + "-CR")
                .credit(true)
                .creditReferenceId("C".repeat(36))
                .build();

        assertThat(json.validate(credit)).isEmpty();
    }

    @Test
    void idLongerThan39IsReportedOnlyAsCiString39() {
        assertThat(json.validate(cdr().id("C".repeat(40)).build()))
                .containsExactly(new Violation("id", "CiString(39): 40 characters, at most 39 allowed"));
    }

    @Test
    void creditCdrWithoutCreditReferenceIdIsRejected() {
        assertThat(json.validate(cdr().id("12345-C").credit(true).build()))
                .containsExactly(new Violation("credit_reference_id", "required when credit is true"));
    }

    @Test
    void creditCdrWithItsOwnIdAsCreditReferenceIdIsRejected() {
        CDR credit =
                cdr().id("12345-c").credit(true).creditReferenceId("12345-C").build();

        assertThat(json.validate(credit))
                .containsExactly(new Violation(
                        "id", "a credit CDR needs an id of its own: must differ from credit_reference_id"));
    }

    @Test
    void creditCdrReferencingTheOriginalIsAccepted() {
        CDR credit = cdr().id("12345-C").credit(true).creditReferenceId("12345").build();

        assertThat(json.validate(credit)).isEmpty();
    }

    @Test
    void ownerCountryCodePartyIdAndCurrencyMustHaveTheirFormats() {
        CDR cdr = cdr().countryCode("XX").partyId("B-C").currency("EURO").build();

        assertThat(json.validate(cdr))
                .containsExactly(
                        new Violation("country_code", "ISO 3166-1 alpha-2: \"XX\" is not a country code"),
                        new Violation("party_id", "ISO 15118 party id: \"B-C\" is not 3 letters or digits"),
                        new Violation("currency", "string(3): 4 characters, at most 3 allowed"),
                        new Violation("currency", "ISO 4217: \"EURO\" is not a currency code"));
    }

    @Test
    void cdrTokenOwnerMustHaveCountryCodeAndPartyIdFormats() {
        CDR cdr = cdr().cdrToken(CdrFixtures.token().toBuilder()
                        .countryCode("DEU")
                        .partyId("T*M")
                        .build())
                .build();

        assertThat(json.validate(cdr))
                .containsExactly(
                        new Violation("cdr_token.country_code", "CiString(2): 3 characters, at most 2 allowed"),
                        new Violation("cdr_token.country_code", "ISO 3166-1 alpha-2: \"DEU\" is not a country code"),
                        new Violation("cdr_token.party_id", "ISO 15118 party id: \"T*M\" is not 3 letters or digits"));
    }
}
