package io.github.ocpi4j.server.v230;

import io.github.ocpi4j.model.v230.commands.CancelReservation;
import io.github.ocpi4j.model.v230.commands.CommandResponse;
import io.github.ocpi4j.model.v230.commands.CommandResponseType;
import io.github.ocpi4j.model.v230.commands.ReserveNow;
import io.github.ocpi4j.model.v230.commands.StartSession;
import io.github.ocpi4j.model.v230.commands.StopSession;
import io.github.ocpi4j.model.v230.commands.UnlockConnector;
import io.github.ocpi4j.server.RequestContext;
import java.util.List;

/**
 * The OCPI 2.3.0 Commands Receiver interface, typically a CPO's ({@code [[mod_commands_cpo_interface]]}): a
 * partner asks to start or stop a session, reserve, cancel a reservation or unlock a connector. The host says at
 * once whether it takes the command on, and sends the charger's {@code CommandResult} to the command's {@code
 * response_url} once known.
 *
 * <p>Commands the host leaves to the defaults, and command types 2.3.0 does not name ({@code CommandType} is open
 * in 2.3.0), are answered {@code NOT_SUPPORTED}. ocpi4j has checked that the token of a START_SESSION or
 * RESERVE_NOW is the requesting eMSP's own ({@code [[mod_commands_startsession_object]]}). Called from many threads at once.
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
