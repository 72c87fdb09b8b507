package io.github.ocpi4j.client.v230;

import io.github.ocpi4j.client.internal.ModuleCalls;
import io.github.ocpi4j.model.v230.commands.CancelReservation;
import io.github.ocpi4j.model.v230.commands.CommandResponse;
import io.github.ocpi4j.model.v230.commands.CommandType;
import io.github.ocpi4j.model.v230.commands.ReserveNow;
import io.github.ocpi4j.model.v230.commands.StartSession;
import io.github.ocpi4j.model.v230.commands.StopSession;
import io.github.ocpi4j.model.v230.commands.UnlockConnector;

/**
 * The partner's Commands Receiver interface, typically a CPO's ({@code [[mod_commands_cpo_interface]]}): this side
 * asks for a session to start or stop, a reservation, its cancellation, or a connector to unlock. The answer says
 * whether the CPO accepted the request; the charger's result arrives later as a {@code CommandResult} at the
 * command's {@code response_url}. Commands are never retried.
 *
 * <pre>{@code
 * CommandResponse answer = partner.v230().commandsReceiver().reserveNow(ReserveNow.builder()
 *         .responseUrl("https://emsp.example.com/ocpi/2.3.0/commands/RESERVE_NOW/42")
 *         .token(token).expiryDate(in15Minutes).reservationId("42").locationId("LOC1").build());
 * }</pre>
 */
public final class CommandsReceiverClient {

    private final ModuleCalls calls;

    CommandsReceiverClient(ModuleCalls calls) {
        this.calls = calls;
    }

    /** Asks the CPO to start a session. */
    public CommandResponse startSession(StartSession command) {
        return command(CommandType.START_SESSION, command);
    }

    /** Asks the CPO to stop a session. */
    public CommandResponse stopSession(StopSession command) {
        return command(CommandType.STOP_SESSION, command);
    }

    /** Asks the CPO to reserve an EVSE (or any EVSE of a location) until a time. */
    public CommandResponse reserveNow(ReserveNow command) {
        return command(CommandType.RESERVE_NOW, command);
    }

    /** Asks the CPO to cancel a reservation. */
    public CommandResponse cancelReservation(CancelReservation command) {
        return command(CommandType.CANCEL_RESERVATION, command);
    }

    /** Asks the CPO to unlock a connector. */
    public CommandResponse unlockConnector(UnlockConnector command) {
        return command(CommandType.UNLOCK_CONNECTOR, command);
    }

    private CommandResponse command(CommandType type, Object command) {
        return calls.exchange("POST", calls.url(type.value()), calls.valid(command), CommandResponse.class, false);
    }
}
