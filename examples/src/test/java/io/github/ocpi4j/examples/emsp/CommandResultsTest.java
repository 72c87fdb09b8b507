package io.github.ocpi4j.examples.emsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ocpi4j.client.OcpiClient;
import io.github.ocpi4j.client.Party;
import io.github.ocpi4j.client.RetryPolicy;
import io.github.ocpi4j.client.v221.V221;
import io.github.ocpi4j.model.OcpiStatusCode;
import io.github.ocpi4j.model.OcpiStatusException;
import io.github.ocpi4j.model.v221.commands.CommandResult;
import io.github.ocpi4j.model.v221.commands.CommandResultType;
import io.github.ocpi4j.model.v221.commands.CommandType;
import io.github.ocpi4j.server.RequestContext;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The results of the eMSP's commands, as CPOs post them over loopback to the response URLs the eMSP's server makes:
 * each completes what awaits the command of its type and id, when it comes from the CPO the command went to
 * ({@code [[mod_commands_emsp_interface]]}); and what the eMSP remembers of its commands stays bounded.
 */
class CommandResultsTest {
    private static final Duration LONG_ENOUGH = Duration.ofSeconds(10);
    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");

    private final OcpiClient client =
            OcpiClient.builder().retryPolicy(RetryPolicy.none()).build();
    private final FakeCpo cpo = new FakeCpo(Clock.fixed(NOW, ZoneOffset.UTC));
    private final Emsp emsp = Emsp.builder()
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .sampleData(true)
            .client(client)
            .start(new InetSocketAddress("127.0.0.1", 0));
    /** Another CPO the eMSP knows, which it sent no command to. */
    private final PreRegisteredCpo otherCpo;

    CommandResultsTest() {
        emsp.register(cpo.versionsUrl(), cpo.tokenA);
        cpo.outcomes.clear(); // the tests post the results themselves
        otherCpo = new PreRegisteredCpo(emsp, "cpo-other", "DE", "OTH");
    }

    @AfterEach
    void close() {
        otherCpo.close();
        emsp.close();
        cpo.close();
        client.close();
    }

    /** Sends RESERVE_NOW to the CPO with this reservation id, and returns its response URL. */
    private String reserve(String reservationId) {
        emsp.reserveNow("LOC1", "3256", SampleTokens.APP_USER, NOW.plus(Duration.ofHours(1)), reservationId);
        return responseUrl(CommandType.RESERVE_NOW, reservationId);
    }

    private String responseUrl(CommandType type, String id) {
        return emsp.server().v221Urls().commandResponseUrl(type, id);
    }

    private static void post(V221 as, String url, CommandResultType result) {
        as.commandResults()
                .postResult(url, CommandResult.builder().result(result).build());
    }

    @Test
    void resultOfTheCpoTheCommandWentToCompletesTheWait() throws Exception {
        String url = reserve("R1");
        CompletableFuture<CommandResult> reserved = emsp.commandResult(CommandType.RESERVE_NOW, "R1");
        assertThat(reserved).isNotDone();

        post(cpo.emsp(), url, CommandResultType.ACCEPTED);

        assertThat(reserved.get(LONG_ENOUGH.toMillis(), TimeUnit.MILLISECONDS).result())
                .isEqualTo(CommandResultType.ACCEPTED);
        assertThat(emsp.awaitResult(CommandType.RESERVE_NOW, "R1", LONG_ENOUGH))
                .hasValueSatisfying(r -> assertThat(r.result()).isEqualTo(CommandResultType.ACCEPTED));
    }

    @Test
    void resultFromAnotherCpoIsRefusedAndCompletesNothing() {
        String url = reserve("R1");

        assertThatThrownBy(() -> post(otherCpo.emsp, url, CommandResultType.FAILED))
                .isInstanceOfSatisfying(OcpiStatusException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(OcpiStatusCode.INVALID_OR_MISSING_PARAMETERS);
                    assertThat(e.statusMessage())
                            .isEqualTo("no command RESERVE_NOW/R1 that this eMSP sent you awaits a result");
                });
        assertThat(emsp.commandResult(CommandType.RESERVE_NOW, "R1")).isNotDone();
        assertThat(emsp.received()).isEmpty();

        post(cpo.emsp(), url, CommandResultType.ACCEPTED);

        assertThat(emsp.awaitResult(CommandType.RESERVE_NOW, "R1", LONG_ENOUGH))
                .hasValueSatisfying(r -> assertThat(r.result()).isEqualTo(CommandResultType.ACCEPTED));
    }

    @Test
    void resultOfACommandNeverSentIsRefusedInTheSameWords() {
        reserve("R1");

        assertThatThrownBy(() ->
                        post(cpo.emsp(), responseUrl(CommandType.START_SESSION, "R1"), CommandResultType.ACCEPTED))
                .isInstanceOfSatisfying(
                        OcpiStatusException.class,
                        e -> assertThat(e.statusMessage())
                                .isEqualTo("no command START_SESSION/R1 that this eMSP sent you awaits a result"));
        assertThatThrownBy(() ->
                        post(otherCpo.emsp, responseUrl(CommandType.RESERVE_NOW, "R2"), CommandResultType.ACCEPTED))
                .isInstanceOfSatisfying(
                        OcpiStatusException.class,
                        e -> assertThat(e.statusMessage())
                                .isEqualTo("no command RESERVE_NOW/R2 that this eMSP sent you awaits a result"));
        assertThat(emsp.commandResult(CommandType.START_SESSION, "R1")).isNotDone();
        assertThat(emsp.received()).isEmpty();
    }

    @Test
    void waitWithoutResultEndsEmptyAtItsTimeout() {
        reserve("R1");

        Optional<CommandResult> none = emsp.awaitResult(CommandType.RESERVE_NOW, "R1", Duration.ofMillis(50));

        assertThat(none).isEmpty();
        assertThat(emsp.awaitResult(CommandType.STOP_SESSION, "S1", Duration.ofMillis(50)))
                .isEmpty();
    }

    @Test
    void laterResultOfTheSameCommandIsOnlyReceived() {
        String url = reserve("R1");

        post(cpo.emsp(), url, CommandResultType.ACCEPTED);
        post(cpo.emsp(), url, CommandResultType.CANCELED_RESERVATION);

        assertThat(emsp.awaitResult(CommandType.RESERVE_NOW, "R1", LONG_ENOUGH))
                .hasValueSatisfying(r -> assertThat(r.result()).isEqualTo(CommandResultType.ACCEPTED));
        assertThat(emsp.received())
                .extracting(Received::toString)
                .containsExactly(
                        "POST commands RESERVE_NOW/R1 ACCEPTED", "POST commands RESERVE_NOW/R1 CANCELED_RESERVATION");
    }

    @Test
    void futureHandedOutCannotCompleteTheEmsps() {
        reserve("R1");

        emsp.commandResult(CommandType.RESERVE_NOW, "R1")
                .complete(
                        CommandResult.builder().result(CommandResultType.FAILED).build());

        assertThat(emsp.commandResult(CommandType.RESERVE_NOW, "R1")).isNotDone();
    }

    // ---- what is remembered, without HTTP

    /** A clock that moves only when told. */
    private static final class MovingClock extends Clock {
        private Instant now = NOW;

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    private static RequestContext from(String partyId) {
        return new RequestContext(
                Party.pending(partyId, "token-" + partyId), "request", "correlation", null, null, null, null);
    }

    private static final CommandResult ACCEPTED =
            CommandResult.builder().result(CommandResultType.ACCEPTED).build();

    @Test
    void theOldestCommandsAreForgottenBeyondTheCount() {
        CommandResults results = new CommandResults(new MovingClock(), new ArrayList<>(), 3, Duration.ofDays(1));
        for (String id : List.of("R1", "R2", "R3", "R4")) {
            results.expect(CommandType.RESERVE_NOW, id, "cpo");
        }

        assertThat(results.remembered()).isEqualTo(3);
        assertThatThrownBy(() -> results.commandResult(from("cpo"), CommandType.RESERVE_NOW, "R1", ACCEPTED))
                .isInstanceOf(OcpiStatusException.class);
        results.commandResult(from("cpo"), CommandType.RESERVE_NOW, "R4", ACCEPTED);
        assertThat(results.result(CommandType.RESERVE_NOW, "R4")).isCompleted();
    }

    @Test
    void commandsAreForgottenAfterTheirTimeAnsweredOrNot() {
        MovingClock clock = new MovingClock();
        CommandResults results = new CommandResults(clock, new ArrayList<>(), 100, Duration.ofHours(1));
        results.expect(CommandType.RESERVE_NOW, "R1", "cpo");
        results.expect(CommandType.STOP_SESSION, "S1", "cpo");
        results.commandResult(from("cpo"), CommandType.STOP_SESSION, "S1", ACCEPTED);

        clock.now = NOW.plus(Duration.ofMinutes(59));
        results.expect(CommandType.RESERVE_NOW, "R2", "cpo");
        clock.now = NOW.plus(Duration.ofMinutes(61));

        assertThatThrownBy(() -> results.commandResult(from("cpo"), CommandType.RESERVE_NOW, "R1", ACCEPTED))
                .isInstanceOf(OcpiStatusException.class);
        assertThat(results.result(CommandType.STOP_SESSION, "S1")).isNotDone();
        assertThat(results.remembered()).isEqualTo(1);
    }

    @Test
    void resultsForUnknownIdsLeaveNothingBehind() {
        CommandResults results = new CommandResults(new MovingClock(), new ArrayList<>());
        results.expect(CommandType.RESERVE_NOW, "R1", "cpo");

        for (int i = 0; i < 1_000; i++) {
            String id = "X" + i;
            assertThatThrownBy(() -> results.commandResult(from("cpo"), CommandType.RESERVE_NOW, id, ACCEPTED))
                    .isInstanceOf(OcpiStatusException.class);
            results.result(CommandType.START_SESSION, id);
        }

        assertThat(results.remembered()).isEqualTo(1);
    }
}
