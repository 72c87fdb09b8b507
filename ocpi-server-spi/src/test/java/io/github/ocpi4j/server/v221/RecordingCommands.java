package io.github.ocpi4j.server.v221;

import io.github.ocpi4j.model.v221.commands.CancelReservation;
import io.github.ocpi4j.model.v221.commands.CommandResponse;
import io.github.ocpi4j.model.v221.commands.CommandResponseType;
import io.github.ocpi4j.model.v221.commands.CommandResult;
import io.github.ocpi4j.model.v221.commands.CommandType;
import io.github.ocpi4j.model.v221.commands.ReserveNow;
import io.github.ocpi4j.model.v221.commands.StartSession;
import io.github.ocpi4j.model.v221.commands.StopSession;
import io.github.ocpi4j.model.v221.commands.UnlockConnector;
import io.github.ocpi4j.server.RequestContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Commands, both roles: accepts every command with a timeout of 30 seconds and records it (Receiver), and records
 * the results posted back (Sender).
 */
class RecordingCommands implements CommandsReceiverService, CommandsSenderService {
    static final CommandResponse ACCEPTED = new CommandResponse(CommandResponseType.ACCEPTED, 30, List.of());

    /** Each command received, as the body object the service got. */
    final List<Object> commands = new ArrayList<>();
    /** Each result received. */
    final List<Result> results = new ArrayList<>();

    record Result(String party, CommandType type, String id, CommandResult result) {}

    @Override
    public CommandResponse startSession(RequestContext ctx, StartSession command) {
        commands.add(command);
        return ACCEPTED;
    }

    @Override
    public CommandResponse stopSession(RequestContext ctx, StopSession command) {
        commands.add(command);
        return ACCEPTED;
    }

    @Override
    public CommandResponse reserveNow(RequestContext ctx, ReserveNow command) {
        commands.add(command);
        return ACCEPTED;
    }

    @Override
    public CommandResponse cancelReservation(RequestContext ctx, CancelReservation command) {
        commands.add(command);
        return ACCEPTED;
    }

    @Override
    public CommandResponse unlockConnector(RequestContext ctx, UnlockConnector command) {
        commands.add(command);
        return ACCEPTED;
    }

    @Override
    public void commandResult(RequestContext ctx, CommandType type, String id, CommandResult result) {
        results.add(new Result(ctx.party().id(), type, id, result));
    }
}
