package io.github.ocpi4j.examples.emsp;

import io.github.ocpi4j.model.OcpiStatusException;
import io.github.ocpi4j.model.v221.commands.CommandResult;
import io.github.ocpi4j.model.v221.commands.CommandType;
import io.github.ocpi4j.model.v221.versions.ModuleID;
import io.github.ocpi4j.server.RequestContext;
import io.github.ocpi4j.server.v221.CommandsSenderService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The Commands Sender interface ({@code [[mod_commands_emsp_interface]]}): the CPO posts the charger's result of a
 * command to the {@code response_url} the command carried, which holds the command's type and an id of the eMSP's
 * choosing. Each result completes the future of the last command sent with that type and id.
 *
 * <p>A result is taken only for a command the eMSP sent, and only from the party it sent it to: one CPO cannot
 * complete, or learn of, a command meant for another, nor make the eMSP keep results it never asked for. Anything
 * else is answered {@code 2001} with the same words whether or not such a command exists. The eMSP remembers the
 * last {@value #MAX_COMMANDS} commands it sent, each for {@link #KEPT_FOR one day}, answered or not; a result that
 * comes later is refused like one for a command never sent. Thread-safe.
 */
final class CommandResults implements CommandsSenderService {
    /** How many commands sent are remembered at most; the oldest are forgotten first. */
    static final int MAX_COMMANDS = 10_000;

    /**
     * How long a command sent is remembered: long enough for its result (a charger answers within minutes) and for a
     * later one such as a CPO cancelling a reservation of a few hours.
     */
    static final Duration KEPT_FOR = Duration.ofDays(1);

    /** A command the eMSP sent: to whom, when, and its result when it comes. */
    private record Sent(String partyId, Instant at, CompletableFuture<CommandResult> result) {}

    private final Clock clock;
    private final List<Received> log;
    private final int maxCommands;
    private final Duration keptFor;
    /** The commands sent, by {@code TYPE/id}, oldest first; guarded by this. */
    private final Map<String, Sent> sent = new LinkedHashMap<>();

    CommandResults(Clock clock, List<Received> log) {
        this(clock, log, MAX_COMMANDS, KEPT_FOR);
    }

    CommandResults(Clock clock, List<Received> log, int maxCommands, Duration keptFor) {
        this.clock = clock;
        this.log = log;
        this.maxCommands = maxCommands;
        this.keptFor = keptFor;
    }

    private static String key(CommandType type, String id) {
        return type.value() + "/" + id;
    }

    /**
     * Makes ready for the result of a command about to be sent to a party, forgetting a result of an earlier one with
     * the same type and id, and the commands beyond the limits.
     *
     * @param partyId the id, in the party store, of the party the command goes to: the only one whose result counts
     */
    synchronized void expect(CommandType type, String id, String partyId) {
        String key = key(type, id);
        sent.remove(key); // put again below, as the newest
        sent.put(key, new Sent(partyId, clock.instant(), new CompletableFuture<>()));
        forgetOld();
        Iterator<String> oldest = sent.keySet().iterator();
        while (sent.size() > maxCommands) {
            oldest.next();
            oldest.remove();
        }
    }

    /** Forgets the commands sent longer ago than they are kept. */
    private void forgetOld() {
        Instant cutoff = clock.instant().minus(keptFor);
        Iterator<Sent> oldestFirst = sent.values().iterator();
        while (oldestFirst.hasNext() && oldestFirst.next().at().isBefore(cutoff)) {
            oldestFirst.remove();
        }
    }

    /** Returns the command sent with this type and id, unless it is unknown or forgotten. */
    private synchronized Optional<Sent> find(CommandType type, String id) {
        forgetOld();
        return Optional.ofNullable(sent.get(key(type, id)));
    }

    /**
     * Returns the result of the command of this type and id, completed when it arrives; for a command not sent (or
     * forgotten) a future that never completes.
     */
    CompletableFuture<CommandResult> result(CommandType type, String id) {
        return find(type, id).map(Sent::result).orElseGet(CompletableFuture::new);
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

    /** Returns how many commands are remembered. */
    synchronized int remembered() {
        return sent.size();
    }

    @Override
    public void commandResult(RequestContext ctx, CommandType type, String id, CommandResult result) {
        Sent command = find(type, id)
                .filter(s -> s.partyId().equals(ctx.party().id()))
                .orElseThrow(() -> OcpiStatusException.invalidOrMissingParameters(
                        "no command " + key(type, id) + " that this eMSP sent you awaits a result"));
        log.add(new Received(
                "POST", ModuleID.COMMANDS, key(type, id), result.result().name()));
        // the first result completes the future; a later one, such as a CPO cancelling a reservation it had
        // accepted (CANCELED_RESERVATION), is in the log only
        command.result().complete(result);
    }
}
