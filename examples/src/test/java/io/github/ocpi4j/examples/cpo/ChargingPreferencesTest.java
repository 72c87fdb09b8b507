package io.github.ocpi4j.examples.cpo;

import static io.github.ocpi4j.examples.cpo.FakeEmsp.await;
import static io.github.ocpi4j.examples.cpo.Fixtures.NOW;
import static io.github.ocpi4j.examples.cpo.Loopback.minutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ocpi4j.client.OcpiHttpException;
import io.github.ocpi4j.model.OcpiStatusCode;
import io.github.ocpi4j.model.v221.cdrs.ChargingPeriod;
import io.github.ocpi4j.model.v221.commands.CommandType;
import io.github.ocpi4j.model.v221.sessions.ChargingPreferences;
import io.github.ocpi4j.model.v221.sessions.ChargingPreferencesResponse;
import io.github.ocpi4j.model.v221.sessions.ProfileType;
import io.github.ocpi4j.model.v221.sessions.Session;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Charging preferences ({@code [[mod_sessions_set_charging_preferences]]}) as the eMSP sets them through the CPO's
 * Sessions Sender: answered per the specification, and a preference with a tariff of its own prices the session
 * under that tariff.
 */
class ChargingPreferencesTest {
    private final Loopback loopback = new Loopback();

    @AfterEach
    void close() {
        loopback.close();
    }

    @Test
    void acceptedCheapPreferencesPriceTheSessionUnderTheCheapTariffAndPushItWhole() {
        Session session = loopback.startCharging("LOC1-1");
        loopback.cpo.meter(session.id().value(), minutes(30), new BigDecimal("5.5"), new BigDecimal("11"));

        ChargingPreferencesResponse answer = set(session, ProfileType.CHEAP, minutes(240), "30");

        assertThat(answer).isEqualTo(ChargingPreferencesResponse.ACCEPTED);
        Session repriced = loopback.cpo.sessionAt("LOC1", "LOC1-1").orElseThrow();
        assertThat(repriced.totalCost().exclVat()).as("5.5 kWh at 0.20").isEqualByComparingTo("1.10");
        assertThat(repriced.chargingPeriods())
                .extracting(ChargingPeriod::tariffId)
                .extracting(Object::toString)
                .containsOnly("T1-CHEAP");
        await(
                "the session pushed whole",
                () -> loopback.emsp.receivedAbout(session.id()).size() == 3);
        assertThat(loopback.emsp.receivedAbout(session.id()))
                .containsExactly(
                        "PUT session " + session.id() + " ACTIVE",
                        "PATCH session " + session.id() + " 0 period(s)",
                        "PUT session " + session.id() + " ACTIVE");
        assertThat(loopback.emsp.session(session.id()).orElseThrow().totalCost().exclVat())
                .isEqualByComparingTo("1.10");
    }

    @Test
    void regularPreferencesKeepTheTariffAndPushNothing() {
        Session session = loopback.startCharging("LOC1-1");

        ChargingPreferencesResponse answer = set(session, ProfileType.REGULAR, minutes(240), "30");
        loopback.cpo.deliverPending();

        assertThat(answer).isEqualTo(ChargingPreferencesResponse.ACCEPTED);
        assertThat(loopback.emsp.receivedAbout(session.id())).hasSize(1);
    }

    @Test
    void thisCpoNeedsTheDepartureTimeAndTheEnergyNeed() {
        Session session = loopback.startCharging("LOC1-1");

        assertThat(set(session, ProfileType.REGULAR, null, "30"))
                .isEqualTo(ChargingPreferencesResponse.DEPARTURE_REQUIRED);
        assertThat(set(session, ProfileType.REGULAR, minutes(240), null))
                .isEqualTo(ChargingPreferencesResponse.ENERGY_NEED_REQUIRED);
    }

    @Test
    void aProfileWithoutATariffOfItsOwnAtTheConnectorIsNotSupported() {
        Session session = loopback.startCharging("LOC1-1");

        assertThat(set(session, ProfileType.FAST, minutes(240), "30"))
                .isEqualTo(ChargingPreferencesResponse.PROFILE_TYPE_NOT_SUPPORTED);
    }

    @Test
    void energyTheConnectorCannotDeliverByTheDepartureTimeIsNotPossible() {
        Session session = loopback.startCharging("LOC1-1");

        assertThat(set(session, ProfileType.REGULAR, minutes(60), "23"))
                .as("22 kW for an hour")
                .isEqualTo(ChargingPreferencesResponse.NOT_POSSIBLE);
        assertThat(set(session, ProfileType.REGULAR, minutes(60), "22"))
                .isEqualTo(ChargingPreferencesResponse.ACCEPTED);
        assertThat(set(session, ProfileType.REGULAR, NOW, "1"))
                .as("a departure that has passed")
                .isEqualTo(ChargingPreferencesResponse.NOT_POSSIBLE);
    }

    @Test
    void aFinishedSessionCannotTakePreferences() {
        Session session = loopback.startCharging("LOC1-1");
        loopback.stop(session, "STOP1");
        loopback.emsp.awaitResult(CommandType.STOP_SESSION, "STOP1");

        assertThat(set(session, ProfileType.REGULAR, minutes(60), "5"))
                .isEqualTo(ChargingPreferencesResponse.NOT_POSSIBLE);
    }

    @Test
    void anEvseWithoutTheCapabilityAnswersHttp404WithStatus2001() {
        Session session = loopback.startCharging("LOC1-4");

        OcpiHttpException e = catchThrowableOfType(
                OcpiHttpException.class, () -> set(session, ProfileType.REGULAR, minutes(60), "5"));

        assertThat(e.httpStatus()).isEqualTo(404);
        assertThat(e.statusCode()).isEqualTo(OcpiStatusCode.INVALID_OR_MISSING_PARAMETERS);
        assertThat(e.statusMessage()).isEqualTo("EVSE LOC1-4 is not CHARGING_PREFERENCES_CAPABLE");
    }

    @Test
    void anUnknownSessionIsHttp404() {
        OcpiHttpException e = catchThrowableOfType(
                OcpiHttpException.class,
                () -> loopback.emsp
                        .cpo()
                        .sessionsSender()
                        .setChargingPreferences("NO-SUCH-SESSION", preferences(ProfileType.REGULAR, null, null)));

        assertThat(e.httpStatus()).isEqualTo(404);
    }

    private ChargingPreferencesResponse set(
            Session session, ProfileType type, @Nullable Instant departure, @Nullable String energyNeed) {
        return loopback.emsp
                .cpo()
                .sessionsSender()
                .setChargingPreferences(session.id().value(), preferences(type, departure, energyNeed));
    }

    private static ChargingPreferences preferences(
            ProfileType type, @Nullable Instant departure, @Nullable String energyNeed) {
        return new ChargingPreferences(type, departure, energyNeed == null ? null : new BigDecimal(energyNeed), null);
    }
}
