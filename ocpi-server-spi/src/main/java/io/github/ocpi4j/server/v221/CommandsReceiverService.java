package io.github.ocpi4j.server.v221;

import io.github.ocpi4j.model.v221.commands.CancelReservation;
import io.github.ocpi4j.model.v221.commands.CommandResponse;
import io.github.ocpi4j.model.v221.commands.CommandResponseType;
import io.github.ocpi4j.model.v221.commands.ReserveNow;
import io.github.ocpi4j.model.v221.commands.StartSession;
import io.github.ocpi4j.model.v221.commands.StopSession;
import io.github.ocpi4j.model.v221.commands.UnlockConnector;
import io.github.ocpi4j.server.RequestContext;
import java.util.List;

/**
 * The Commands Receiver interface, typically a CPO's ({@code [[mod_commands_cpo_interface]]}): partners ask for
 * sessions to start and stop, reservations, cancellations and unlocks. The host answers at once whether it accepts
 * the command, and posts the charger's {@code CommandResult} to the command's {@code response_url} later, through
 * the client ({@code client.partner(ctx.party()).v221().commandResults()}).
 *
 * <p>A command the host does not implement is answered {@code NOT_SUPPORTED}. ocpi4j has checked that the token of
 * a START_SESSION or RESERVE_NOW belongs to the requesting eMSP ({@code [[mod_commands_startsession_object]]}).
 *
 * <p>The server calls it from the threads that serve requests, for concurrent requests concurrently: an
 * implementation must be thread-safe.
 */
public interface CommandsReceiverService {

    /** The answer to a command this side does not support. */
    CommandResponse NOT_SUPPORTED = new CommandResponse(CommandResponseType.NOT_SUPPORTED, 0, List.of());

    /** Starts a session; {@code NOT_SUPPORTED} by default. */
    default CommandResponse startSession(RequestContext ctx, StartSession command) {
        return NOT_SUPPORTED;
    }

    /** Stops a session; {@code NOT_SUPPORTED} by default. */
    default CommandResponse stopSession(RequestContext ctx, StopSession command) {
        return NOT_SUPPORTED;
    }

    /** Reserves an EVSE or a location; {@code NOT_SUPPORTED} by default. */
    default CommandResponse reserveNow(RequestContext ctx, ReserveNow command) {
        return NOT_SUPPORTED;
    }

    /** Cancels a reservation; {@code NOT_SUPPORTED} by default. */
    default CommandResponse cancelReservation(RequestContext ctx, CancelReservation command) {
        return NOT_SUPPORTED;
    }

    /** Unlocks a connector; {@code NOT_SUPPORTED} by default. */
    default CommandResponse unlockConnector(RequestContext ctx, UnlockConnector command) {
        return NOT_SUPPORTED;
    }
}
