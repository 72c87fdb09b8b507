package io.github.ocpi4j.examples.emsp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.v221.commands.CommandResult;
import io.github.ocpi4j.model.v221.commands.CommandResultType;
import io.github.ocpi4j.model.v221.commands.CommandType;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The results of the eMSP's commands, as a CPO posts them over loopback to the response URLs the eMSP's server
 * makes: each completes what awaits the command of its type and id.
 */
class CommandResultsTest {
    private static final Duration LONG_ENOUGH = Duration.ofSeconds(10);

    private final Emsp emsp = Emsp.builder().start(new InetSocketAddress("127.0.0.1", 0));
    private final PreRegisteredCpo cpo = new PreRegisteredCpo(emsp);

    @AfterEach
    void close() {
        cpo.close();
        emsp.close();
    }

    private void post(CommandType type, String id, CommandResultType result) {
        String url = emsp.server().v221Urls().commandResponseUrl(type, id);
        cpo.emsp
                .commandResults()
                .postResult(url, CommandResult.builder().result(result).build());
    }

    @Test
    void resultPostedLaterCompletesTheWait() throws Exception {
        CompletableFuture<CommandResult> reserved = emsp.commandResult(CommandType.RESERVE_NOW, "R1");
        assertThat(reserved).isNotDone();

        post(CommandType.RESERVE_NOW, "R1", CommandResultType.ACCEPTED);

        assertThat(reserved.get(LONG_ENOUGH.toMillis(), TimeUnit.MILLISECONDS).result())
                .isEqualTo(CommandResultType.ACCEPTED);
        assertThat(emsp.awaitResult(CommandType.RESERVE_NOW, "R1", LONG_ENOUGH))
                .hasValueSatisfying(r -> assertThat(r.result()).isEqualTo(CommandResultType.ACCEPTED));
    }

    @Test
    void resultIsFoundByTypeAndId() {
        post(CommandType.UNLOCK_CONNECTOR, "LOC1/3256/1", CommandResultType.FAILED);
        post(CommandType.START_SESSION, "R1", CommandResultType.EVSE_OCCUPIED);

        assertThat(emsp.awaitResult(CommandType.UNLOCK_CONNECTOR, "LOC1/3256/1", LONG_ENOUGH))
                .hasValueSatisfying(r -> assertThat(r.result()).isEqualTo(CommandResultType.FAILED));
        assertThat(emsp.awaitResult(CommandType.START_SESSION, "R1", LONG_ENOUGH))
                .hasValueSatisfying(r -> assertThat(r.result()).isEqualTo(CommandResultType.EVSE_OCCUPIED));
        assertThat(emsp.commandResult(CommandType.START_SESSION, "R2")).isNotDone();
        assertThat(emsp.commandResult(CommandType.RESERVE_NOW, "R1")).isNotDone();
    }

    @Test
    void waitWithoutResultEndsEmptyAtItsTimeout() {
        Optional<CommandResult> none = emsp.awaitResult(CommandType.STOP_SESSION, "S1", Duration.ofMillis(50));

        assertThat(none).isEmpty();
        assertThat(emsp.commandResult(CommandType.STOP_SESSION, "S1")).isNotDone();
    }

    @Test
    void laterResultOfTheSameCommandIsOnlyReceived() {
        post(CommandType.RESERVE_NOW, "R1", CommandResultType.ACCEPTED);
        post(CommandType.RESERVE_NOW, "R1", CommandResultType.CANCELED_RESERVATION);

        assertThat(emsp.awaitResult(CommandType.RESERVE_NOW, "R1", LONG_ENOUGH))
                .hasValueSatisfying(r -> assertThat(r.result()).isEqualTo(CommandResultType.ACCEPTED));
        assertThat(emsp.received())
                .extracting(Received::toString)
                .containsExactly(
                        "POST commands RESERVE_NOW/R1 ACCEPTED", "POST commands RESERVE_NOW/R1 CANCELED_RESERVATION");
    }

    @Test
    void futureHandedOutCannotCompleteTheEmsps() {
        emsp.commandResult(CommandType.RESERVE_NOW, "R1")
                .complete(
                        CommandResult.builder().result(CommandResultType.FAILED).build());

        assertThat(emsp.commandResult(CommandType.RESERVE_NOW, "R1")).isNotDone();
    }
}
