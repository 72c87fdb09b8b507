package io.github.ocpi4j.examples.emsp;

import io.github.ocpi4j.model.v221.commands.CommandResult;
import io.github.ocpi4j.model.v221.commands.CommandType;
import io.github.ocpi4j.model.v221.versions.ModuleID;
import io.github.ocpi4j.server.RequestContext;
import io.github.ocpi4j.server.v221.CommandsSenderService;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The Commands Sender interface ({@code [[mod_commands_emsp_interface]]}): the CPO posts the charger's result of a
 * command to the {@code response_url} the command carried, which holds the command's type and an id of the eMSP's
 * choosing. Each result completes the future of the last command sent with that type and id. Thread-safe.
 */
final class CommandResults implements CommandsSenderService {
    private final List<Received> log;
    private final Map<String, CompletableFuture<CommandResult>> results = new ConcurrentHashMap<>();

    CommandResults(List<Received> log) {
        this.log = log;
    }

    private static String key(CommandType type, String id) {
        return type.value() + "/" + id;
    }

    /** Makes ready for the result of a command about to be sent, forgetting a result of an earlier one. */
    void expect(CommandType type, String id) {
        results.put(key(type, id), new CompletableFuture<>());
    }

    /** Returns the result of the command of this type and id, completed when it arrives. */
    CompletableFuture<CommandResult> result(CommandType type, String id) {
        return results.computeIfAbsent(key(type, id), k -> new CompletableFuture<>());
    }

    /** Waits for the result of the command of this type and id; empty if none arrives in time. */
    Optional<CommandResult> await(CommandType type, String id, Duration timeout) {
        try {
            return Optional.of(result(type, id).get(timeout.toNanos(), TimeUnit.NANOSECONDS));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            throw new IllegalStateException("results are never completed exceptionally", e);
        }
    }

    @Override
    public void commandResult(RequestContext ctx, CommandType type, String id, CommandResult result) {
        log.add(new Received(
                "POST", ModuleID.COMMANDS, key(type, id), result.result().name()));
        // the first result completes the future; a later one, such as a CPO cancelling a reservation it had
        // accepted (CANCELED_RESERVATION), is in the log only
        result(type, id).complete(result);
    }
}
