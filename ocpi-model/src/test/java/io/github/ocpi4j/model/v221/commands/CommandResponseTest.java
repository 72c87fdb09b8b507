package io.github.ocpi4j.model.v221.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.ReadResult;
import io.github.ocpi4j.model.Violation;
import io.github.ocpi4j.model.v221.types.DisplayText;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * CommandResponse, CommandResult and their enumerations ({@code [[mod_commands_commandresponse_object]]}, {@code
 * [[mod_commands_commandresult_object]]}).
 */
class CommandResponseTest {
    private final OcpiJson json = OcpiJson.instance();

    @Test
    void commandResponseIsReadWithItsMessages() {
        String body = """
                {"result": "REJECTED", "timeout": 30,
                 "message": [{"language": "en", "text": "Session not from a customer of this eMSP"}]}""";

        ReadResult<CommandResponse> result = json.read(body, CommandResponse.class);

        assertThat(result.violations()).isEmpty();
        assertThat(result.get())
                .isEqualTo(CommandResponse.builder()
                        .result(CommandResponseType.REJECTED)
                        .timeout(30)
                        .message(List.of(DisplayText.of("en", "Session not from a customer of this eMSP")))
                        .build());
    }

    @Test
    void commandResponseWithoutTimeoutIsRejected() {
        assertThat(json.read("{\"result\": \"ACCEPTED\"}", CommandResponse.class)
                        .violations())
                .containsExactly(new Violation("timeout", "required"));
    }

    @Test
    void messagesAreValidatedWithTheirIndex() {
        CommandResult result = CommandResult.builder()
                .result(CommandResultType.FAILED)
                .message(List.of(DisplayText.of("en", "failed"), DisplayText.of("english", "failed")))
                .build();

        assertThat(json.validate(result))
                .containsExactly(
                        new Violation("message[1].language", "string(2): 7 characters, at most 2 allowed"),
                        new Violation("message[1].language", "ISO 639-1: \"english\" is not a language code"));
    }

    @Test
    void commandResultWithoutMessageIsWrittenWithoutIt() {
        CommandResult result = CommandResult.builder()
                .result(CommandResultType.CANCELED_RESERVATION)
                .build();

        assertThat(json.validate(result)).isEmpty();
        assertThat(json.writeString(result)).isEqualTo("{\"result\":\"CANCELED_RESERVATION\"}");
    }

    @Test
    void commandResultWithoutResultIsRejected() {
        assertThat(json.read("{\"message\": []}", CommandResult.class).violations())
                .containsExactly(new Violation("result", "required"));
    }

    @Test
    void commandTypeKeepsValuesOfNewerVersions() {
        CommandType custom = CommandType.of("START_BOOKING");

        assertThat(custom.isKnown()).isFalse();
        assertThat(custom.value()).isEqualTo("START_BOOKING");
        assertThat(CommandType.of("STOP_SESSION")).isSameAs(CommandType.STOP_SESSION);
        assertThat(CommandType.knownValues())
                .containsExactly(
                        CommandType.CANCEL_RESERVATION,
                        CommandType.RESERVE_NOW,
                        CommandType.START_SESSION,
                        CommandType.STOP_SESSION,
                        CommandType.UNLOCK_CONNECTOR);
    }
}
