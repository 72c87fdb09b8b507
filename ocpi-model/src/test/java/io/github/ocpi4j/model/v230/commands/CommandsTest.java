package io.github.ocpi4j.model.v230.commands;

import static io.github.ocpi4j.model.v230.tokens.TokenFixtures.emaid;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.ReadResult;
import io.github.ocpi4j.model.Violation;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The OCPI 2.3.0 commands module: its open CommandType, the rule of StartSession and the forward compatibility of its
 * objects ({@code [[mod_commands_commandtype_enum]]}, {@code [[mod_commands_startsession_object]]}).
 */
class CommandsTest {
    private static final String RESPONSE_URL = "https://emsp.example.com/ocpi/2.3.0/commands/START_SESSION/42";
    private final OcpiJson json = OcpiJson.instance();

    @Test
    void commandTypeKnowsTheFiveCommandsAndKeepsAnyOther() {
        CommandType other = json.read("\"SET_PRICE\"", CommandType.class).get();

        assertThat(CommandType.knownValues())
                .containsExactly(
                        CommandType.CANCEL_RESERVATION,
                        CommandType.RESERVE_NOW,
                        CommandType.START_SESSION,
                        CommandType.STOP_SESSION,
                        CommandType.UNLOCK_CONNECTOR);
        assertThat(other.isKnown()).isFalse();
        assertThat(json.writeString(other)).isEqualTo("\"SET_PRICE\"");
    }

    @Test
    void aSessionStartsForAnEmaidTokenOnAConnectorOfAnEvse() {
        StartSession start = StartSession.builder()
                .responseUrl(RESPONSE_URL)
                .token(emaid())
                .locationId("LOC1")
                .evseUid("3256")
                .connectorId("1")
                .build();

        assertThat(json.validate(start)).isEmpty();
        assertThat(json.read(json.write(start), StartSession.class).get()).isEqualTo(start);
    }

    @Test
    void aConnectorWithoutItsEvseIsRejected() {
        StartSession start = StartSession.builder()
                .responseUrl(RESPONSE_URL)
                .token(emaid())
                .locationId("LOC1")
                .connectorId("1")
                .build();

        assertThat(json.validate(start))
                .containsExactly(new Violation("evse_uid", "required when connector_id is set"));
    }

    @Test
    void aReservationForAnEmaidTokenIsValidButNotWithoutTokenOrReservationId() {
        ReserveNow reserve = ReserveNow.builder()
                .responseUrl(RESPONSE_URL)
                .token(emaid())
                .expiryDate(Instant.parse("2025-03-01T18:00:00Z"))
                .reservationId("RES-1")
                .locationId("LOC1")
                .build();

        assertThat(json.validate(reserve)).isEmpty();
        assertThat(json.validate(reserve.toBuilder()
                        .token(null)
                        .reservationId((String) null)
                        .build()))
                .containsExactlyInAnyOrder(
                        new Violation("token", "required"), new Violation("reservation_id", "required"));
    }

    @Test
    void unknownFieldsOfAResponseAndAResultAreAccepted() {
        ReadResult<CommandResponse> response =
                json.read("{\"result\": \"ACCEPTED\", \"timeout\": 30, \"retry_after\": 5}", CommandResponse.class);
        ReadResult<CommandResult> result = json.read(
                "{\"result\": \"EVSE_OCCUPIED\", \"message\": [], \"charger_code\": \"E42\"}", CommandResult.class);

        assertThat(response.violations()).isEmpty();
        assertThat(response.get().result()).isEqualTo(CommandResponseType.ACCEPTED);
        assertThat(result.violations()).isEmpty();
        assertThat(result.get().result()).isEqualTo(CommandResultType.EVSE_OCCUPIED);
    }
}
