package io.github.ocpi4j.model.v221.commands;

import static io.github.ocpi4j.model.v221.commands.CommandFixtures.RESPONSE_URL;
import static io.github.ocpi4j.model.v221.commands.CommandFixtures.TOKEN_JSON;
import static io.github.ocpi4j.model.v221.commands.CommandFixtures.token;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.ReadResult;
import io.github.ocpi4j.model.Violation;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The request bodies of the commands other than START_SESSION ({@code [[mod_commands_cpo_post_request_body]]}). */
class CommandRequestsTest {
    private final OcpiJson json = OcpiJson.instance();

    @Test
    void reserveNowIsReadWithItsExpiryInUtc() {
        String body = """
                {"response_url": "%s", "token": %s, "expiry_date": "2024-05-01T18:00:00",
                 "reservation_id": "RES-42", "location_id": "LOC1", "evse_uid": "3256"}""".formatted(RESPONSE_URL, TOKEN_JSON);

        ReadResult<ReserveNow> result = json.read(body, ReserveNow.class);

        assertThat(result.violations()).isEmpty();
        assertThat(result.get().expiryDate()).isEqualTo(Instant.parse("2024-05-01T18:00:00Z"));
        assertThat((Object) result.get().evseUid()).isEqualTo(CiString.of("3256"));
    }

    @Test
    void reserveNowWithoutEvseIsValid() {
        ReserveNow reserve = ReserveNow.builder()
                .responseUrl(RESPONSE_URL)
                .token(token())
                .expiryDate(Instant.parse("2024-05-01T18:00:00Z"))
                .reservationId("RES-42")
                .locationId("LOC1")
                .build();

        assertThat(json.validate(reserve)).isEmpty();
    }

    @Test
    void reserveNowWithoutExpiryDateOrReservationIdIsRejected() {
        String body = """
                {"response_url": "%s", "token": %s, "location_id": "LOC1"}""".formatted(RESPONSE_URL, TOKEN_JSON);

        assertThat(json.read(body, ReserveNow.class).violations())
                .containsExactlyInAnyOrder(
                        new Violation("expiry_date", "required"), new Violation("reservation_id", "required"));
    }

    @Test
    void cancelReservationWithRelativeResponseUrlIsRejected() {
        CancelReservation cancel = CancelReservation.builder()
                .responseUrl("commands/CANCEL_RESERVATION")
                .reservationId("RES-42")
                .build();

        assertThat(json.validate(cancel))
                .containsExactly(
                        new Violation("response_url", "URL: \"commands/CANCEL_RESERVATION\" is not an absolute URL"));
    }

    @Test
    void responseUrlLongerThan255CharactersIsRejected() {
        String url = "https://emsp.example.com/" + "a".repeat(231);
        StopSession stop =
                StopSession.builder().responseUrl(url).sessionId("SESSION-1").build();

        assertThat(json.validate(stop))
                .containsExactly(new Violation("response_url", "string(255): 256 characters, at most 255 allowed"));
    }

    @Test
    void stopSessionWithoutSessionIdIsRejected() {
        String body = """
                {"response_url": "%s"}""".formatted(RESPONSE_URL);

        assertThat(json.read(body, StopSession.class).violations())
                .containsExactly(new Violation("session_id", "required"));
    }

    @Test
    void unlockConnectorNeedsLocationEvseAndConnector() {
        UnlockConnector unlock =
                UnlockConnector.builder().responseUrl(RESPONSE_URL).build();

        assertThat(json.validate(unlock))
                .containsExactlyInAnyOrder(
                        new Violation("location_id", "required"),
                        new Violation("evse_uid", "required"),
                        new Violation("connector_id", "required"));
    }

    @Test
    void unlockConnectorIsWrittenWithWireNames() {
        UnlockConnector unlock = UnlockConnector.builder()
                .responseUrl(RESPONSE_URL)
                .locationId("LOC1")
                .evseUid("3256")
                .connectorId("1")
                .build();

        assertThat(json.validate(unlock)).isEmpty();
        assertThat(json.writeString(unlock))
                .isEqualTo("{\"response_url\":\"" + RESPONSE_URL
                        + "\",\"location_id\":\"LOC1\",\"evse_uid\":\"3256\",\"connector_id\":\"1\"}");
    }
}
