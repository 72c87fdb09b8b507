package io.github.ocpi4j.server.v221;

import io.github.ocpi4j.model.v221.commands.CommandResult;
import io.github.ocpi4j.model.v221.commands.CommandType;
import io.github.ocpi4j.server.RequestContext;

/**
 * The Commands Sender interface, typically an eMSP's ({@code [[mod_commands_emsp_interface]]}): the CPO posts the
 * charger's result of a command to the {@code response_url} the command carried. Take that URL from {@link
 * V221Urls#commandResponseUrl(CommandType, String)}, with an id of the host's choosing, which comes back here.
 *
 * <p>The server calls it from the threads that serve requests, for concurrent requests concurrently: an
 * implementation must be thread-safe.
 */
public interface CommandsSenderService {

    /**
     * Receives the result of a command.
     *
     * @param type the command's type, from its response URL
     * @param id the id the host put in the response URL
     * @param result the result
     */
    void commandResult(RequestContext ctx, CommandType type, String id, CommandResult result);
}
