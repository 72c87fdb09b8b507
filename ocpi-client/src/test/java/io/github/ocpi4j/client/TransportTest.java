package io.github.ocpi4j.client;

import static io.github.ocpi4j.client.MockPartner.envelope;
import static io.github.ocpi4j.client.MockPartner.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ocpi4j.model.OcpiStatusCode;
import io.github.ocpi4j.model.OcpiStatusException;
import io.github.ocpi4j.model.Violation;
import io.github.ocpi4j.model.v221.commands.CommandResponse;
import io.github.ocpi4j.model.v221.commands.CommandResponseType;
import io.github.ocpi4j.model.v221.commands.StopSession;
import io.github.ocpi4j.model.v221.tariffs.Tariff;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * What every call does: headers ({@code [[transport_and_format_authorization_header]]}, {@code
 * [[transport_and_format_unique_messageg_ids]]}, routing), retries of idempotent calls only, and the mapping of
 * answers to results and exceptions.
 */
class TransportTest {
    @StartStop
    public final MockWebServer server = new MockWebServer();

    private final List<Duration> waits = new ArrayList<>();
    private final MockPartner partner =
            new MockPartner(server, "tariffs/SENDER", "tariffs/RECEIVER", "commands/RECEIVER");
    private final OcpiClient client = OcpiClient.builder()
            .sleeper(waits::add)
            .retryPolicy(new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(30)))
            .build();

    private static final String TARIFF = """
            {"country_code":"DE","party_id":"ALL","id":"12","currency":"EUR",
             "elements":[{"price_components":[{"type":"TIME","price":2.00,"step_size":300}]}],
             "last_updated":"2018-12-05T12:01:09Z"}""";

    private static final StopSession STOP = StopSession.builder()
            .responseUrl("https://emsp.example.com/ocpi/2.2.1/commands/STOP_SESSION/1")
            .sessionId("S1")
            .build();

    private Partner connect() {
        return client.connect(partner.versionsUrl(), "example-token");
    }

    private RecordedRequest lastCall() {
        List<RecordedRequest> calls = partner.calls();
        return calls.get(calls.size() - 1);
    }

    @Test
    void everyRequestCarriesTheTokenInBase64AndItsIds() {
        partner.on("/2.2.1/tariffs/RECEIVER/DE/ALL/12", r -> ok(TARIFF));

        connect().v221().tariffsReceiver().tariff("DE", "ALL", "12");

        List<RecordedRequest> all = partner.requests;
        assertThat(all).hasSize(3);
        String encoded = Base64.getEncoder().encodeToString("example-token".getBytes(StandardCharsets.UTF_8));
        assertThat(all).allSatisfy(r -> {
            assertThat(r.getHeaders().get("Authorization")).isEqualTo("Token " + encoded);
            assertThat(r.getHeaders().get("X-Request-ID")).isNotBlank();
            assertThat(r.getHeaders().get("X-Correlation-ID")).isNotBlank();
        });
        assertThat(all.stream().map(r -> r.getHeaders().get("X-Request-ID")).distinct())
                .hasSize(3);
    }

    @Test
    void plainTokenGoesOutAsItIsForPartnersConfiguredSo() {
        client.connect(partner.versionsUrl(), "example-token", true, CallOptions.NONE);

        assertThat(partner.requests.get(0).getHeaders().get("Authorization")).isEqualTo("Token example-token");
    }

    @Test
    void routingHeadersAndCorrelationIdComeFromTheCallOptions() {
        partner.on("/2.2.1/tariffs/RECEIVER/DE/ALL/12", r -> ok(TARIFF));
        CallOptions viaHub = CallOptions.builder()
                .to("DE", "ALL")
                .from("NL", "TNM")
                .correlationId("flow-1")
                .build();

        connect().withDefaults(viaHub).v221().tariffsReceiver().tariff("DE", "ALL", "12");

        RecordedRequest call = lastCall();
        assertThat(call.getHeaders().get("OCPI-to-country-code")).isEqualTo("DE");
        assertThat(call.getHeaders().get("OCPI-to-party-id")).isEqualTo("ALL");
        assertThat(call.getHeaders().get("OCPI-from-country-code")).isEqualTo("NL");
        assertThat(call.getHeaders().get("OCPI-from-party-id")).isEqualTo("TNM");
        assertThat(call.getHeaders().get("X-Correlation-ID")).isEqualTo("flow-1");
    }

    @Test
    void callOptionsGivenToConnectHoldForEveryCallToThePartner() {
        partner.on("/2.2.1/tariffs/RECEIVER/DE/ALL/12", r -> ok(TARIFF));
        CallOptions viaHub =
                CallOptions.builder().to("DE", "ALL").from("NL", "TNM").build();

        Partner cpo = client.connect(partner.versionsUrl(), "token", false, viaHub);
        cpo.v221().tariffsReceiver().tariff("DE", "ALL", "12");
        cpo.withDefaults(CallOptions.builder().correlationId("flow-2").build())
                .v221()
                .tariffsReceiver()
                .tariff("DE", "ALL", "12");

        assertThat(partner.requests).hasSize(4).allSatisfy(r -> {
            assertThat(r.getHeaders().get("OCPI-to-party-id")).isEqualTo("ALL");
            assertThat(r.getHeaders().get("OCPI-from-party-id")).isEqualTo("TNM");
        });
        assertThat(partner.calls())
                .extracting(r -> r.getHeaders().get("X-Correlation-ID"))
                .doesNotHaveDuplicates()
                .endsWith("flow-2");
    }

    @Test
    void bodiesAreJsonWithTheirContentType() {
        partner.on("/2.2.1/tariffs/RECEIVER/DE/ALL/12", r -> ok(null));
        Tariff tariff = io.github.ocpi4j.model.OcpiJson.instance()
                .read(TARIFF, Tariff.class)
                .get();

        connect().v221().tariffsReceiver().put(tariff);

        RecordedRequest call = lastCall();
        assertThat(call.getMethod()).isEqualTo("PUT");
        assertThat(call.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(call.getBody().utf8()).contains("\"id\":\"12\"").contains("\"price\":2.00");
    }

    @Test
    void idempotentCallIsRetriedOnServerErrorsKeepingItsCorrelationId() {
        AtomicInteger attempts = new AtomicInteger();
        partner.on(
                "/2.2.1/tariffs/RECEIVER/DE/ALL/12",
                r -> attempts.incrementAndGet() < 3 ? envelope(503, 3000, null) : ok(TARIFF));

        Optional<Tariff> tariff = connect().v221().tariffsReceiver().tariff("DE", "ALL", "12");

        assertThat(tariff).isPresent();
        assertThat(attempts).hasValue(3);
        assertThat(waits).hasSize(2).allSatisfy(w -> assertThat(w).isBetween(Duration.ZERO, Duration.ofSeconds(1)));
        List<RecordedRequest> calls = partner.calls();
        assertThat(calls.stream()
                        .map(r -> r.getHeaders().get("X-Correlation-ID"))
                        .distinct())
                .hasSize(1);
        assertThat(calls.stream().map(r -> r.getHeaders().get("X-Request-ID")).distinct())
                .hasSize(3);
    }

    @Test
    void tooManyRequestsWaitsAsRetryAfterSays() {
        AtomicInteger attempts = new AtomicInteger();
        partner.on(
                "/2.2.1/tariffs/RECEIVER/DE/ALL/12",
                r -> attempts.incrementAndGet() == 1
                        ? new MockResponse.Builder()
                                .code(429)
                                .setHeader("Retry-After", "7")
                                .build()
                        : ok(TARIFF));

        connect().v221().tariffsReceiver().tariff("DE", "ALL", "12");

        assertThat(waits).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void retryAfterLongerThanThePolicyAllowsEndsTheRetries() {
        partner.on(
                "/2.2.1/tariffs/RECEIVER/DE/ALL/12",
                r -> new MockResponse.Builder()
                        .code(429)
                        .setHeader("Retry-After", "3600")
                        .build());

        assertThatThrownBy(() -> connect().v221().tariffsReceiver().tariff("DE", "ALL", "12"))
                .isInstanceOf(OcpiHttpException.class)
                .satisfies(e -> assertThat(((OcpiHttpException) e).httpStatus()).isEqualTo(429));
        assertThat(waits).isEmpty();
    }

    @Test
    void brokenConnectionIsRetriedForIdempotentCalls() {
        AtomicInteger attempts = new AtomicInteger();
        partner.on(
                "/2.2.1/tariffs/RECEIVER/DE/ALL/12",
                r -> attempts.incrementAndGet() == 1
                        ? new MockResponse.Builder()
                                .onResponseStart(new SocketEffect.CloseSocket())
                                .build()
                        : ok(TARIFF));

        assertThat(connect().v221().tariffsReceiver().tariff("DE", "ALL", "12")).isPresent();
        assertThat(attempts).hasValue(2);
    }

    @Test
    void failingConnectionBecomesATransportErrorAfterTheLastAttempt() {
        partner.on(
                "/2.2.1/tariffs/RECEIVER/DE/ALL/12",
                r -> new MockResponse.Builder()
                        .onResponseStart(new SocketEffect.CloseSocket())
                        .build());

        assertThatThrownBy(() -> connect().v221().tariffsReceiver().tariff("DE", "ALL", "12"))
                .isInstanceOf(OcpiTransportException.class)
                .hasMessageStartingWith("GET " + partner.url("tariffs/RECEIVER/DE/ALL/12"))
                .satisfies(e ->
                        assertThat(((OcpiTransportException) e).requestId()).isNotNull());
        assertThat(partner.calls()).hasSize(3);
    }

    @Test
    void commandsAreNeverRetried() {
        partner.on("/2.2.1/commands/RECEIVER/STOP_SESSION", r -> envelope(503, 3000, null));

        assertThatThrownBy(() -> connect().v221().commandsReceiver().stopSession(STOP))
                .isInstanceOf(OcpiHttpException.class);
        assertThat(partner.calls()).hasSize(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void httpErrorKeepsTheStatusAndTheEnvelopeItCarried() {
        partner.on("/2.2.1/commands/RECEIVER/STOP_SESSION", r -> envelope(401, 2000, null));

        assertThatThrownBy(() -> connect().v221().commandsReceiver().stopSession(STOP))
                .isInstanceOfSatisfying(OcpiHttpException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(401);
                    assertThat(e.statusCode()).isEqualTo(OcpiStatusCode.CLIENT_ERROR);
                    assertThat(e.statusMessage()).isEqualTo("status 2000");
                    assertThat(e.requestId()).isNotNull();
                    assertThat(e.getMessage()).contains("HTTP 401, OCPI status 2000: status 2000");
                });
    }

    @Test
    void httpErrorWithoutAnEnvelopeIsStillAnHttpError() {
        partner.on(
                "/2.2.1/commands/RECEIVER/STOP_SESSION",
                r -> new MockResponse.Builder()
                        .code(502)
                        .body("<html>Bad Gateway</html>")
                        .build());

        assertThatThrownBy(() -> connect().v221().commandsReceiver().stopSession(STOP))
                .isInstanceOfSatisfying(OcpiHttpException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(502);
                    assertThat(e.statusCode()).isNull();
                });
    }

    @Test
    void ocpiErrorStatusBecomesAStatusExceptionWithTheIdsOfTheCall() {
        partner.on("/2.2.1/commands/RECEIVER/STOP_SESSION", r -> envelope(200, 2003, null));

        assertThatThrownBy(() -> connect().v221().commandsReceiver().stopSession(STOP))
                .isInstanceOfSatisfying(OcpiStatusException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(OcpiStatusCode.UNKNOWN_LOCATION);
                    assertThat(e.statusMessage()).isEqualTo("status 2003");
                    assertThat(e.httpStatus()).isEqualTo(200);
                    assertThat(e.requestId()).isEqualTo(lastCall().getHeaders().get("X-Request-ID"));
                    assertThat(e.correlationId())
                            .isEqualTo(lastCall().getHeaders().get("X-Correlation-ID"));
                });
    }

    @Test
    void bodyThatIsNotJsonIsAnUnreadableResponse() {
        partner.on(
                "/2.2.1/commands/RECEIVER/STOP_SESSION",
                r -> new MockResponse.Builder().body("OK").build());

        assertThatThrownBy(() -> connect().v221().commandsReceiver().stopSession(STOP))
                .isInstanceOfSatisfying(OcpiUnreadableResponseException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(200);
                    assertThat(e.violations())
                            .singleElement()
                            .satisfies(v -> assertThat(v.rule()).startsWith("malformed JSON"));
                });
    }

    @Test
    void jsonWithoutAnEnvelopeIsAnUnreadableResponse() {
        partner.on(
                "/2.2.1/commands/RECEIVER/STOP_SESSION",
                r -> new MockResponse.Builder()
                        .body("{\"result\":\"ACCEPTED\",\"timeout\":30}")
                        .build());

        assertThatThrownBy(() -> connect().v221().commandsReceiver().stopSession(STOP))
                .isInstanceOfSatisfying(
                        OcpiUnreadableResponseException.class,
                        e -> assertThat(e.violations()).contains(new Violation("status_code", "required")));
    }

    @Test
    void strictClientRejectsDataThatBreaksTheSpecification() {
        partner.on("/2.2.1/commands/RECEIVER/STOP_SESSION", r -> ok("{\"result\":\"MAYBE\",\"timeout\":30}"));

        assertThatThrownBy(() -> connect().v221().commandsReceiver().stopSession(STOP))
                .isInstanceOfSatisfying(OcpiResponseValidationException.class, e -> {
                    assertThat(e.violations()).singleElement().satisfies(v -> {
                        assertThat(v.path()).isEqualTo("data.result");
                        assertThat(v.rule()).startsWith("enum CommandResponseType: unknown value \"MAYBE\"");
                    });
                    assertThat(e.requestId()).isNotNull();
                });
    }

    @Test
    void lenientClientReturnsSuchDataAndReportsItsViolations() {
        partner.on(
                "/2.2.1/commands/RECEIVER/STOP_SESSION",
                r -> ok(
                        "{\"result\":\"ACCEPTED\",\"timeout\":30,\"message\":[{\"language\":\"english\",\"text\":\"ok\"}]}"));
        List<Violation> reported = new ArrayList<>();
        OcpiClient lenient =
                OcpiClient.builder().lenient((url, id, v) -> reported.addAll(v)).build();

        CommandResponse answer = lenient.connect(partner.versionsUrl(), "example-token")
                .v221()
                .commandsReceiver()
                .stopSession(STOP);

        assertThat(answer.result()).isEqualTo(CommandResponseType.ACCEPTED);
        assertThat(reported).extracting(Violation::path).containsOnly("data.message[0].language");
    }

    @Test
    void retryAfterIsReadInSecondsOrAsAnHttpDate() {
        assertThat(io.github.ocpi4j.client.internal.TransportAccess.retryAfter("120"))
                .isEqualTo(Duration.ofMinutes(2));
        assertThat(io.github.ocpi4j.client.internal.TransportAccess.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT"))
                .isEqualTo(Duration.ZERO);
        assertThat(io.github.ocpi4j.client.internal.TransportAccess.retryAfter("soon"))
                .isNull();
    }
}
