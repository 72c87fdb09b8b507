package io.github.ocpi4j.server.v221;

import static io.github.ocpi4j.server.ServerFixture.OTHER_TOKEN;
import static io.github.ocpi4j.server.ServerFixture.data;
import static io.github.ocpi4j.server.ServerFixture.example;
import static io.github.ocpi4j.server.ServerFixture.json;
import static io.github.ocpi4j.server.ServerFixture.statusCode;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.v221.commands.CancelReservation;
import io.github.ocpi4j.model.v221.commands.CommandResponse;
import io.github.ocpi4j.model.v221.commands.CommandResult;
import io.github.ocpi4j.model.v221.commands.CommandType;
import io.github.ocpi4j.model.v221.commands.ReserveNow;
import io.github.ocpi4j.model.v221.commands.StartSession;
import io.github.ocpi4j.model.v221.commands.StopSession;
import io.github.ocpi4j.model.v221.commands.UnlockConnector;
import io.github.ocpi4j.server.OcpiHttpResponse;
import io.github.ocpi4j.server.RequestContext;
import io.github.ocpi4j.server.ServerFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Commands module ({@code [[mod_commands_commands_module]]}) through {@code handle()}: the Receiver interface
 * with each command and its body, and the Sender interface receiving results at the response URLs the server makes.
 */
class CommandsServerTest {
    private static final String RESPONSE_URL = "https://emsp.example.com/ocpi/2.2.1/sender/commands/CMD/1";
    private static final String ACCEPTED = "{\"result\":\"ACCEPTED\",\"timeout\":30}";
    private static final String NOT_SUPPORTED = "{\"result\":\"NOT_SUPPORTED\",\"timeout\":0}";
    /** The spec's PUT example token, owned by the requesting eMSP NL-EMS. */
    private static final String OWN_TOKEN = example("token_put_example.json").replace("\"TNM\"", "\"EMS\"");
    /** The same token, owned by DE-OTH. */
    private static final String OTHERS_TOKEN =
            OWN_TOKEN.replace("\"NL\"", "\"DE\"").replace("\"EMS\"", "\"OTH\"");

    private final RecordingCommands commands = new RecordingCommands();
    private final ServerFixture fixture =
            new ServerFixture(s -> s.commandsReceiver(commands).commandsSender(commands));

    static Stream<Arguments> commandBodies() {
        return Stream.of(
                Arguments.of("START_SESSION", startSession(OWN_TOKEN), StartSession.class),
                Arguments.of("STOP_SESSION", stopSession(), StopSession.class),
                Arguments.of("RESERVE_NOW", reserveNow(OWN_TOKEN), ReserveNow.class),
                Arguments.of("CANCEL_RESERVATION", cancelReservation(), CancelReservation.class),
                Arguments.of("UNLOCK_CONNECTOR", unlockConnector(), UnlockConnector.class));
    }

    // ---- Receiver ---------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandBodies")
    void eachCommandReachesTheHostAsItsBodyTypeAndGetsItsResponse(String command, String body, Class<?> type) {
        OcpiHttpResponse response = fixture.call("POST", "2.2.1/receiver/commands/" + command, body);

        assertThat(response.status()).isEqualTo(200);
        assertThat(statusCode(response)).isEqualTo(1000);
        assertThat(data(response)).isEqualTo(ACCEPTED);
        assertThat(commands.commands).singleElement().isInstanceOf(type).isEqualTo(read(body, type));
    }

    @Test
    void commandsTheHostDoesNotImplementAreNotSupported() {
        List<StartSession> started = new ArrayList<>();
        ServerFixture partial = new ServerFixture(s -> s.commandsReceiver(new CommandsReceiverService() {
            @Override
            public CommandResponse startSession(RequestContext ctx, StartSession command) {
                started.add(command);
                return RecordingCommands.ACCEPTED;
            }
        }));

        for (Arguments arguments : commandBodies().toList()) {
            String command = (String) arguments.get()[0];
            OcpiHttpResponse response = partial.call("POST", "2.2.1/receiver/commands/" + command, (String)
                    arguments.get()[1]);

            assertThat(response.status()).as(command).isEqualTo(200);
            assertThat(statusCode(response)).as(command).isEqualTo(1000);
            assertThat(data(response))
                    .as(command)
                    .isEqualTo(command.equals("START_SESSION") ? ACCEPTED : NOT_SUPPORTED);
        }
        assertThat(started).containsExactly(read(startSession(OWN_TOKEN), StartSession.class));
    }

    @Test
    void commandTypeThisVersionDoesNotDefineIsNotSupported() {
        OcpiHttpResponse response = fixture.call("POST", "2.2.1/receiver/commands/FOO", "{\"response_url\":42}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(statusCode(response)).isEqualTo(1000);
        assertThat(data(response)).isEqualTo(NOT_SUPPORTED);
        assertThat(commands.commands).isEmpty();
    }

    @Test
    void startSessionWithAnotherEmspsTokenIs2001() {
        OcpiHttpResponse theirs =
                fixture.call("POST", "2.2.1/receiver/commands/START_SESSION", startSession(OTHERS_TOKEN));

        assertThat(theirs.status()).isEqualTo(200);
        assertThat(statusCode(theirs)).isEqualTo(2001);
        assertThat(json(theirs).get("status_message").asText())
                .isEqualTo(
                        "the token belongs to DE-OTH, which is not one of your roles: an eMSP sends only its own tokens (NL-EMS)");
        assertThat(json(theirs).has("data")).isFalse();
        assertThat(commands.commands).isEmpty();

        OcpiHttpResponse byItsOwner =
                fixture.call("POST", "2.2.1/receiver/commands/START_SESSION", startSession(OTHERS_TOKEN), OTHER_TOKEN);
        assertThat(data(byItsOwner)).isEqualTo(ACCEPTED);
    }

    @Test
    void reserveNowWithAnotherEmspsTokenIs2001() {
        OcpiHttpResponse theirs = fixture.call("POST", "2.2.1/receiver/commands/RESERVE_NOW", reserveNow(OTHERS_TOKEN));

        assertThat(theirs.status()).isEqualTo(200);
        assertThat(statusCode(theirs)).isEqualTo(2001);
        assertThat(json(theirs).get("status_message").asText())
                .isEqualTo(
                        "the token belongs to DE-OTH, which is not one of your roles: an eMSP sends only its own tokens (NL-EMS)");
        assertThat(commands.commands).isEmpty();

        OcpiHttpResponse byItsOwner =
                fixture.call("POST", "2.2.1/receiver/commands/RESERVE_NOW", reserveNow(OTHERS_TOKEN), OTHER_TOKEN);
        assertThat(data(byItsOwner)).isEqualTo(ACCEPTED);
    }

    @Test
    void bodyOfAnotherCommandsTypeIs2001WithEveryViolation() {
        OcpiHttpResponse response = fixture.call("POST", "2.2.1/receiver/commands/START_SESSION", stopSession());

        assertThat(response.status()).isEqualTo(200);
        assertThat(statusCode(response)).isEqualTo(2001);
        assertThat(data(response))
                .isEqualTo(
                        "[{\"path\":\"token\",\"rule\":\"required\"},{\"path\":\"location_id\",\"rule\":\"required\"}]");
        assertThat(commands.commands).isEmpty();
    }

    @Test
    void startSessionWithAConnectorButNoEvseIs2001() {
        String body = startSession(OWN_TOKEN).replace("\"evse_uid\":\"3256\",", "");

        OcpiHttpResponse response = fixture.call("POST", "2.2.1/receiver/commands/START_SESSION", body);

        assertThat(statusCode(response)).isEqualTo(2001);
        assertThat(data(response))
                .isEqualTo("[{\"path\":\"evse_uid\",\"rule\":\"required when connector_id is set\"}]");
        assertThat(commands.commands).isEmpty();
    }

    @Test
    void malformedCommandIsBadRequest() {
        OcpiHttpResponse response = fixture.call("POST", "2.2.1/receiver/commands/STOP_SESSION", "{\"session_id\"");

        assertThat(response.status()).isEqualTo(400);
        assertThat(statusCode(response)).isEqualTo(2001);
        assertThat(commands.commands).isEmpty();
    }

    @Test
    void commandsAreOnlyPosted() {
        OcpiHttpResponse response = fixture.call("GET", "2.2.1/receiver/commands/START_SESSION", null);

        assertThat(response.status()).isEqualTo(405);
        assertThat(json(response).get("status_message").asText())
                .isEqualTo("GET is not allowed here: this endpoint takes POST");
    }

    // ---- Sender -----------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("commandTypes")
    void resultPostedToTheResponseUrlReachesTheHostWithTypeAndId(CommandType type) {
        String url = fixture.server.v221Urls().commandResponseUrl(type, "cmd-42");

        OcpiHttpResponse response = fixture.call("POST", Targets.of(url), "{\"result\":\"ACCEPTED\"}");

        assertThat(url).isEqualTo("https://cpo.example.com/ocpi/2.2.1/sender/commands/" + type + "/cmd-42");
        assertThat(response.status()).isEqualTo(200);
        assertThat(statusCode(response)).isEqualTo(1000);
        assertThat(json(response).has("data")).isFalse();
        assertThat(commands.results)
                .containsExactly(new RecordingCommands.Result(
                        "emsp", type, "cmd-42", read("{\"result\":\"ACCEPTED\"}", CommandResult.class)));
    }

    static Stream<CommandType> commandTypes() {
        return CommandType.knownValues().stream();
    }

    @Test
    void idWithReservedCharactersComesBackAsItWasGiven() {
        String id = "res 7/8?x=ü#1";
        String url = fixture.server.v221Urls().commandResponseUrl(CommandType.RESERVE_NOW, id);
        String result =
                "{\"result\":\"CANCELED_RESERVATION\",\"message\":[{\"language\":\"en\",\"text\":\"EVSE broken\"}]}";

        OcpiHttpResponse response = fixture.call("POST", Targets.of(url), result);

        assertThat(response.status()).isEqualTo(200);
        assertThat(commands.results)
                .containsExactly(new RecordingCommands.Result(
                        "emsp", CommandType.RESERVE_NOW, id, read(result, CommandResult.class)));
    }

    @Test
    void invalidResultIs2001AndNeverReachesTheHost() {
        String url = fixture.server.v221Urls().commandResponseUrl(CommandType.START_SESSION, "1");

        OcpiHttpResponse missing = fixture.call("POST", Targets.of(url), "{\"message\":[]}");
        OcpiHttpResponse unknown = fixture.call("POST", Targets.of(url), "{\"result\":\"DONE\"}");

        assertThat(missing.status()).isEqualTo(200);
        assertThat(statusCode(missing)).isEqualTo(2001);
        assertThat(data(missing)).isEqualTo("[{\"path\":\"result\",\"rule\":\"required\"}]");
        assertThat(statusCode(unknown)).isEqualTo(2001);
        assertThat(json(unknown).get("data").get(0).get("path").asText()).isEqualTo("result");
        assertThat(commands.results).isEmpty();
    }

    // ---- bodies -----------------------------------------------------------------------------------------------

    private static String startSession(String token) {
        return "{\"response_url\":\"" + RESPONSE_URL + "\",\"token\":" + token
                + ",\"location_id\":\"LOC1\",\"evse_uid\":\"3256\",\"connector_id\":\"1\"}";
    }

    private static String stopSession() {
        return "{\"response_url\":\"" + RESPONSE_URL + "\",\"session_id\":\"SESSION-1\"}";
    }

    private static String reserveNow(String token) {
        return "{\"response_url\":\"" + RESPONSE_URL + "\",\"token\":" + token
                + ",\"expiry_date\":\"2024-05-01T13:00:00Z\",\"reservation_id\":\"RES-1\","
                + "\"location_id\":\"LOC1\",\"evse_uid\":\"3256\"}";
    }

    private static String cancelReservation() {
        return "{\"response_url\":\"" + RESPONSE_URL + "\",\"reservation_id\":\"RES-1\"}";
    }

    private static String unlockConnector() {
        return "{\"response_url\":\"" + RESPONSE_URL + "\",\"location_id\":\"LOC1\",\"evse_uid\":\"3256\","
                + "\"connector_id\":\"1\"}";
    }

    private static <T> T read(String json, Class<T> type) {
        return OcpiJson.instance().read(json, type).get();
    }
}
