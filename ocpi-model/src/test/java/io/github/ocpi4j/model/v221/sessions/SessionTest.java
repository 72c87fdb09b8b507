package io.github.ocpi4j.model.v221.sessions;

import static io.github.ocpi4j.model.v221.sessions.SessionFixtures.period;
import static io.github.ocpi4j.model.v221.sessions.SessionFixtures.session;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.Violation;
import io.github.ocpi4j.model.v221.cdrs.CdrDimensionType;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@link Session}: required fields, formats, and the dimension types a Session may use. */
class SessionTest {
    private final OcpiJson json = OcpiJson.instance();

    @Test
    void sessionAfterTheSpecificationExampleIsValid() {
        assertThat(json.validate(session().build())).isEmpty();
    }

    @Test
    void emptySessionReportsEveryRequiredField() {
        assertThat(json.validate(Session.builder().build()))
                .containsExactly(
                        new Violation("country_code", "required"),
                        new Violation("party_id", "required"),
                        new Violation("id", "required"),
                        new Violation("start_date_time", "required"),
                        new Violation("kwh", "required"),
                        new Violation("cdr_token", "required"),
                        new Violation("auth_method", "required"),
                        new Violation("location_id", "required"),
                        new Violation("evse_uid", "required"),
                        new Violation("connector_id", "required"),
                        new Violation("currency", "required"),
                        new Violation("status", "required"),
                        new Violation("last_updated", "required"));
    }

    @ParameterizedTest
    @EnumSource(CdrDimensionType.class)
    void sessionMayUseEveryDimensionTypeIncludingSessionOnlyOnes(CdrDimensionType type) {
        Session session = session()
                .chargingPeriods(List.of(period("2015-06-29T22:39:09Z", type, "80")))
                .build();

        assertThat(json.validate(session)).isEmpty();
    }

    @Test
    void stateOfChargeAbove100InSessionIsRejected() {
        Session session = session()
                .chargingPeriods(List.of(
                        period("2015-06-29T22:39:09Z", CdrDimensionType.ENERGY, "120"),
                        period("2015-06-29T22:40:54Z", CdrDimensionType.STATE_OF_CHARGE, "101")))
                .build();

        assertThat(json.validate(session))
                .containsExactly(new Violation(
                        "charging_periods[1].dimensions[0].volume", "STATE_OF_CHARGE: must be 0 to 100, was 101"));
    }

    @Test
    void ownerCountryCodePartyIdAndCurrencyMustHaveTheirFormats() {
        Session session =
                session().countryCode("be").partyId("BE").currency("eur").build();

        assertThat(json.validate(session))
                .containsExactly(
                        new Violation("party_id", "ISO 15118 party id: \"BE\" is not 3 letters or digits"),
                        new Violation("currency", "ISO 4217: \"eur\" is not a currency code"));
    }

    @Test
    void reservationMayUseNotAvailableForEvseAndConnector() {
        Session reservation = session()
                .evseUid("#NA")
                .connectorId("#NA")
                .status(SessionStatus.RESERVATION)
                .chargingPeriods(List.of())
                .build();

        assertThat(json.validate(reservation)).isEmpty();
    }

    /**
     * {@code [[mod_sessions_reservation]]} writes {@code status = RESERVED}, but the SessionStatus enum ({@code
     * [[mod_sessions_sessionstatus_enum]]}) has {@code RESERVATION}: the enum is the authority.
     */
    @Test
    void reservedOfTheReservationTextIsNotASessionStatus() {
        String body = json.writeString(session().build()).replace("\"COMPLETED\"", "\"RESERVED\"");

        assertThat(json.read(body, Session.class).violations())
                .containsExactly(new Violation(
                        "status",
                        "enum SessionStatus: unknown value \"RESERVED\""
                                + " (allowed: ACTIVE, COMPLETED, INVALID, PENDING, RESERVATION)"));
    }
}
