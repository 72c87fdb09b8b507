package io.github.ocpi4j.client.v221;

import static io.github.ocpi4j.client.v221.Fixture.assertCall;
import static io.github.ocpi4j.client.v221.Fixture.assertJsonBody;
import static io.github.ocpi4j.client.v221.Fixture.assertJsonCall;
import static io.github.ocpi4j.client.v221.Fixture.assertNoEndpoint;
import static io.github.ocpi4j.client.v221.Fixture.assertRejectedBeforeAnyRequest;
import static io.github.ocpi4j.client.v221.Fixture.connect;
import static io.github.ocpi4j.client.v221.Fixture.envelope;
import static io.github.ocpi4j.client.v221.Fixture.example;
import static io.github.ocpi4j.client.v221.Fixture.ok;
import static io.github.ocpi4j.client.v221.Fixture.parse;
import static io.github.ocpi4j.client.v221.Fixture.receiver;
import static io.github.ocpi4j.client.v221.Fixture.sender;
import static io.github.ocpi4j.client.v221.Fixture.take;
import static io.github.ocpi4j.client.v221.Fixture.url;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ocpi4j.client.CallOptions;
import io.github.ocpi4j.client.OcpiHttpException;
import io.github.ocpi4j.client.OcpiResponseValidationException;
import io.github.ocpi4j.client.OcpiUnreadableResponseException;
import io.github.ocpi4j.client.Partner;
import io.github.ocpi4j.model.OcpiStatusCode;
import io.github.ocpi4j.model.OcpiStatusException;
import io.github.ocpi4j.model.OcpiValidationException;
import io.github.ocpi4j.model.Violation;
import io.github.ocpi4j.model.v221.commands.CancelReservation;
import io.github.ocpi4j.model.v221.commands.CommandResponse;
import io.github.ocpi4j.model.v221.commands.CommandResponseType;
import io.github.ocpi4j.model.v221.commands.CommandResult;
import io.github.ocpi4j.model.v221.commands.CommandResultType;
import io.github.ocpi4j.model.v221.commands.ReserveNow;
import io.github.ocpi4j.model.v221.commands.StartSession;
import io.github.ocpi4j.model.v221.commands.StopSession;
import io.github.ocpi4j.model.v221.commands.UnlockConnector;
import io.github.ocpi4j.model.v221.tokens.Token;
import io.github.ocpi4j.model.v221.types.DisplayText;
import java.time.Instant;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** {@link CommandsReceiverClient} and {@link CommandsSenderClient} against {@code mod_commands.asciidoc}. */
class CommandsClientsTest {
    private static final String TOKEN_JSON = example("token_example_1_app_user.json");
    private static final Token TOKEN = parse(TOKEN_JSON, Token.class);
    private static final String ACCEPTED = "{\"result\": \"ACCEPTED\", \"timeout\": 30}";

    @StartStop
    public final MockWebServer server = new MockWebServer();

    private CommandsReceiverClient cpo() {
        return connect(server, receiver("commands")).v221().commandsReceiver();
    }

    private String responseUrl(String path) {
        return url(server, "/ocpi/emsp/2.2.1/commands/" + path);
    }

    // ---- Receiver interface, [[mod_commands_cpo_interface]]: POST {commands_endpoint_url}/{command}

    @Test
    void startSessionIsPostedToStartSession() {
        // [[mod_commands_startsession_object]]; [[mod_commands_response_data]]: a CommandResponse comes back
        CommandsReceiverClient cpo = cpo();
        server.enqueue(ok(ACCEPTED));
        StartSession command = StartSession.builder()
                .responseUrl(responseUrl("START_SESSION/1"))
                .token(TOKEN)
                .locationId("LOC1")
                .evseUid("3256")
                .connectorId("1")
                .authorizationReference("567890")
                .build();

        CommandResponse answer = cpo.startSession(command);

        RecordedRequest request = take(server);
        assertCall(request, "POST", "/ocpi/2.2.1/commands/START_SESSION");
        assertJsonBody(request, """
                {"response_url": "%s", "token": %s, "location_id": "LOC1", "evse_uid": "3256", "connector_id": "1",
                 "authorization_reference": "567890"}""".formatted(responseUrl("START_SESSION/1"), TOKEN_JSON));
        assertThat(answer).isEqualTo(new CommandResponse(CommandResponseType.ACCEPTED, 30, List.of()));
    }

    @Test
    void stopSessionIsPostedToStopSession() {
        // [[mod_commands_stopsession_object]]
        CommandsReceiverClient cpo = cpo();
        server.enqueue(ok(ACCEPTED));

        CommandResponse answer = cpo.stopSession(StopSession.builder()
                .responseUrl(responseUrl("STOP_SESSION/2"))
                .sessionId("101")
                .build());

        RecordedRequest request = take(server);
        assertCall(request, "POST", "/ocpi/2.2.1/commands/STOP_SESSION");
        assertJsonBody(
                request,
                "{\"response_url\": \"%s\", \"session_id\": \"101\"}".formatted(responseUrl("STOP_SESSION/2")));
        assertThat(answer.result()).isEqualTo(CommandResponseType.ACCEPTED);
        assertThat(answer.timeout()).isEqualTo(30);
    }

    @Test
    void reserveNowIsPostedToReserveNow() {
        // [[mod_commands_reservenow_object]]
        CommandsReceiverClient cpo = cpo();
        server.enqueue(ok(ACCEPTED));

        CommandResponse answer = cpo.reserveNow(ReserveNow.builder()
                .responseUrl(responseUrl("RESERVE_NOW/1234"))
                .token(TOKEN)
                .expiryDate(Instant.parse("2019-06-24T12:54:09Z"))
                .reservationId("42")
                .locationId("LOC1")
                .evseUid("3256")
                .build());

        RecordedRequest request = take(server);
        assertCall(request, "POST", "/ocpi/2.2.1/commands/RESERVE_NOW");
        assertJsonBody(request, """
                {"response_url": "%s", "token": %s, "expiry_date": "2019-06-24T12:54:09Z", "reservation_id": "42",
                 "location_id": "LOC1", "evse_uid": "3256"}""".formatted(responseUrl("RESERVE_NOW/1234"), TOKEN_JSON));
        assertThat(answer.result()).isEqualTo(CommandResponseType.ACCEPTED);
    }

    @Test
    void cancelReservationIsPostedToCancelReservation() {
        // [[mod_commands_cancelreservation_object]]
        CommandsReceiverClient cpo = cpo();
        server.enqueue(ok("{\"result\": \"REJECTED\", \"timeout\": 0, "
                + "\"message\": [{\"language\": \"en\", \"text\": \"No such reservation\"}]}"));

        CommandResponse answer = cpo.cancelReservation(CancelReservation.builder()
                .responseUrl(responseUrl("CANCEL_RESERVATION/7"))
                .reservationId("42")
                .build());

        RecordedRequest request = take(server);
        assertCall(request, "POST", "/ocpi/2.2.1/commands/CANCEL_RESERVATION");
        assertJsonBody(
                request,
                "{\"response_url\": \"%s\", \"reservation_id\": \"42\"}"
                        .formatted(responseUrl("CANCEL_RESERVATION/7")));
        assertThat(answer)
                .isEqualTo(new CommandResponse(
                        CommandResponseType.REJECTED, 0, List.of(DisplayText.of("en", "No such reservation"))));
    }

    @Test
    void unlockConnectorIsPostedToUnlockConnector() {
        // [[mod_commands_unlockconnector_object]]
        CommandsReceiverClient cpo = cpo();
        server.enqueue(ok("{\"result\": \"NOT_SUPPORTED\", \"timeout\": 0}"));

        CommandResponse answer = cpo.unlockConnector(UnlockConnector.builder()
                .responseUrl(responseUrl("UNLOCK_CONNECTOR/2"))
                .locationId("LOC1")
                .evseUid("3256")
                .connectorId("1")
                .build());

        RecordedRequest request = take(server);
        assertCall(request, "POST", "/ocpi/2.2.1/commands/UNLOCK_CONNECTOR");
        assertJsonBody(request, """
                {"response_url": "%s", "location_id": "LOC1", "evse_uid": "3256", "connector_id": "1"}""".formatted(responseUrl("UNLOCK_CONNECTOR/2")));
        assertThat(answer.result()).isEqualTo(CommandResponseType.NOT_SUPPORTED);
    }

    @Test
    void theCommandIsAppendedToAnEndpointThatEndsWithASlash() {
        // [[mod_commands_cpo_interface]]: {commands_endpoint_url}{command}, as in .../2.2.1/commands/START_SESSION
        CommandsReceiverClient cpo = connect(
                        server, new Fixture.Offer("commands", "RECEIVER", "/ocpi/cpo/2.2.1/commands/"))
                .v221()
                .commandsReceiver();
        server.enqueue(ok(ACCEPTED));

        cpo.stopSession(StopSession.builder()
                .responseUrl(responseUrl("STOP_SESSION/3"))
                .sessionId("101")
                .build());

        assertCall(take(server), "POST", "/ocpi/cpo/2.2.1/commands/STOP_SESSION");
    }

    @Test
    void aCommandResponseWithoutDataIsUnreadable() {
        // [[mod_commands_response_data]]: the CommandResponse has cardinality 1
        CommandsReceiverClient cpo = cpo();
        server.enqueue(ok());

        assertThatThrownBy(() -> cpo.stopSession(StopSession.builder()
                        .responseUrl(responseUrl("STOP_SESSION/4"))
                        .sessionId("101")
                        .build()))
                .isInstanceOf(OcpiUnreadableResponseException.class);
        take(server);
    }

    @Test
    void aCommandResponseThatBreaksTheSpecificationIsRejected() {
        // [[mod_commands_commandresponse_object]]: timeout is required; the client is strict by default
        CommandsReceiverClient cpo = cpo();
        server.enqueue(ok("{\"result\": \"ACCEPTED\"}"));

        assertThatThrownBy(() -> cpo.stopSession(StopSession.builder()
                        .responseUrl(responseUrl("STOP_SESSION/9"))
                        .sessionId("101")
                        .build()))
                .isInstanceOfSatisfying(
                        OcpiResponseValidationException.class,
                        e -> assertThat(e.violations()).containsExactly(new Violation("data.timeout", "required")));
        take(server);
    }

    @Test
    void aCommandAnsweredWithAnErrorStatusThrowsIt() {
        // [[status_codes_2xxx_client_errors]]: 2003 unknown location
        CommandsReceiverClient cpo = cpo();
        server.enqueue(envelope(200, 2003, null).build());

        assertThatThrownBy(() -> cpo.startSession(StartSession.builder()
                        .responseUrl(responseUrl("START_SESSION/5"))
                        .token(TOKEN)
                        .locationId("LOC9")
                        .build()))
                .isInstanceOfSatisfying(
                        OcpiStatusException.class,
                        e -> assertThat(e.statusCode()).isEqualTo(OcpiStatusCode.UNKNOWN_LOCATION));
        assertCall(take(server), "POST", "/ocpi/2.2.1/commands/START_SESSION");
    }

    @Test
    void aCommandIsNotSentTwice() {
        // [[mod_commands_commandresponse_object]]: OCPI does not allow/require retries; a 503 is not retried
        CommandsReceiverClient cpo = cpo();
        server.enqueue(envelope(503, 3000, null).build());
        server.enqueue(ok(ACCEPTED));
        int before = server.getRequestCount();

        assertThatThrownBy(() -> cpo.stopSession(StopSession.builder()
                        .responseUrl(responseUrl("STOP_SESSION/6"))
                        .sessionId("101")
                        .build()))
                .isInstanceOfSatisfying(
                        OcpiHttpException.class, e -> assertThat(e.httpStatus()).isEqualTo(503));
        assertThat(server.getRequestCount()).isEqualTo(before + 1);
    }

    @Test
    void routingHeadersOfThePartnerDefaultsAreSent() {
        // [[transport_and_format_message_routing]]: a command to a CPO behind a hub carries OCPI-to-/from- headers
        Partner viaHub = connect(server, receiver("commands"))
                .withDefaults(
                        CallOptions.builder().to("NL", "TNM").from("DE", "ABC").build());
        server.enqueue(ok(ACCEPTED));

        viaHub.v221()
                .commandsReceiver()
                .stopSession(StopSession.builder()
                        .responseUrl(responseUrl("STOP_SESSION/8"))
                        .sessionId("101")
                        .build());

        RecordedRequest request = take(server);
        assertCall(request, "POST", "/ocpi/2.2.1/commands/STOP_SESSION");
        assertThat(request.getHeaders().get("OCPI-to-country-code")).isEqualTo("NL");
        assertThat(request.getHeaders().get("OCPI-to-party-id")).isEqualTo("TNM");
        assertThat(request.getHeaders().get("OCPI-from-country-code")).isEqualTo("DE");
        assertThat(request.getHeaders().get("OCPI-from-party-id")).isEqualTo("ABC");
    }

    @Test
    void aStartSessionWithARelativeResponseUrlIsRejectedBeforeAnyRequest() {
        // [[mod_commands_startsession_object]]: response_url is a URL ([[types_url_type]])
        CommandsReceiverClient cpo = cpo();

        OcpiValidationException e = assertRejectedBeforeAnyRequest(
                server,
                () -> cpo.startSession(StartSession.builder()
                        .responseUrl("/commands/START_SESSION/1")
                        .token(TOKEN)
                        .locationId("LOC1")
                        .build()));
        assertThat(e.violations()).extracting(Violation::path).containsExactly("response_url");
    }

    @Test
    void aStartSessionWithAConnectorButNoEvseIsRejectedBeforeAnyRequest() {
        // [[mod_commands_startsession_object]]: evse_uid is required when connector_id is set
        CommandsReceiverClient cpo = cpo();

        OcpiValidationException e = assertRejectedBeforeAnyRequest(
                server,
                () -> cpo.startSession(StartSession.builder()
                        .responseUrl(responseUrl("START_SESSION/1"))
                        .token(TOKEN)
                        .locationId("LOC1")
                        .connectorId("1")
                        .build()));
        assertThat(e.violations()).extracting(Violation::path).containsExactly("evse_uid");
    }

    @Test
    void aReserveNowWithoutTokenIsRejectedBeforeAnyRequest() {
        // [[mod_commands_reservenow_object]]: token and expiry_date are required
        CommandsReceiverClient cpo = cpo();

        OcpiValidationException e = assertRejectedBeforeAnyRequest(
                server,
                () -> cpo.reserveNow(ReserveNow.builder()
                        .responseUrl(responseUrl("RESERVE_NOW/1"))
                        .reservationId("42")
                        .locationId("LOC1")
                        .build()));
        assertThat(e.violations())
                .contains(new Violation("token", "required"), new Violation("expiry_date", "required"));
    }

    @Test
    void anUnlockConnectorWithoutEvseIsRejectedBeforeAnyRequest() {
        // [[mod_commands_unlockconnector_object]]: evse_uid and connector_id are required
        CommandsReceiverClient cpo = cpo();

        OcpiValidationException e = assertRejectedBeforeAnyRequest(
                server,
                () -> cpo.unlockConnector(UnlockConnector.builder()
                        .responseUrl(responseUrl("UNLOCK_CONNECTOR/1"))
                        .locationId("LOC1")
                        .connectorId("1")
                        .build()));
        assertThat(e.violations()).contains(new Violation("evse_uid", "required"));
    }

    @Test
    void aCancelReservationWithoutReservationIdIsRejectedBeforeAnyRequest() {
        // [[mod_commands_cancelreservation_object]]: reservation_id is required
        CommandsReceiverClient cpo = cpo();

        OcpiValidationException e = assertRejectedBeforeAnyRequest(
                server,
                () -> cpo.cancelReservation(CancelReservation.builder()
                        .responseUrl(responseUrl("CANCEL_RESERVATION/1"))
                        .build()));
        assertThat(e.violations()).containsExactly(new Violation("reservation_id", "required"));
    }

    @Test
    void aPartnerWithoutTheReceiverEndpointGivesANegotiationError() {
        Partner partner = connect(server, sender("commands"));

        assertNoEndpoint(() -> partner.v221().commandsReceiver(), "commands", "RECEIVER");
    }

    // ---- Sender interface, [[mod_commands_emsp_interface]]: results POSTed to the command's response_url

    @Test
    void aResultIsPostedToTheResponseUrl() {
        // [[mod_commands_msp_post_method]]: the CPO SHALL use the URL from the command;
        // [[mod_commands_msp_post_request_body]]: a CommandResult
        Partner emsp = connect(server, sender("commands"));
        server.enqueue(ok());

        emsp.v221()
                .commandResults()
                .postResult(
                        responseUrl("RESERVE_NOW/1234"),
                        CommandResult.builder()
                                .result(CommandResultType.ACCEPTED)
                                .build());

        assertJsonCall(
                take(server), "POST", "/ocpi/emsp/2.2.1/commands/RESERVE_NOW/1234", "{\"result\": \"ACCEPTED\"}");
    }

    @Test
    void aResultIsPostedAsGivenWithItsMessageAndQuery() {
        // [[mod_commands_msp_post_method]]: the URL is open to the eMSP to define, query included
        Partner emsp = connect(server);
        server.enqueue(ok());

        emsp.v221()
                .commandResults()
                .postResult(
                        url(server, "/results/unlock?request_id=5678"),
                        CommandResult.builder()
                                .result(CommandResultType.FAILED)
                                .message(List.of(DisplayText.of("en", "Connector stuck")))
                                .build());

        RecordedRequest request = take(server);
        assertCall(request, "POST", "/results/unlock?request_id=5678");
        assertJsonBody(
                request,
                "{\"result\": \"FAILED\", \"message\": [{\"language\": \"en\", \"text\": \"Connector stuck\"}]}");
    }

    @Test
    void aResultWithoutResultIsRejectedBeforeAnyRequest() {
        // [[mod_commands_commandresult_object]]: result is required
        Partner emsp = connect(server);

        OcpiValidationException e = assertRejectedBeforeAnyRequest(
                server,
                () -> emsp.v221()
                        .commandResults()
                        .postResult(
                                responseUrl("START_SESSION/1"),
                                CommandResult.builder().build()));
        assertThat(e.violations()).containsExactly(new Violation("result", "required"));
    }
}
