package io.github.ocpi4j.server.v230;

import io.github.ocpi4j.model.v230.commands.CommandResult;
import io.github.ocpi4j.model.v230.commands.CommandType;
import io.github.ocpi4j.server.RequestContext;

/**
 * The OCPI 2.3.0 Commands Sender interface, typically an eMSP's ({@code [[mod_commands_emsp_interface]]}): a CPO
 * sends the charger's result of a command to the {@code response_url} the command carried, made with {@link
 * V230Urls#commandResponseUrl(CommandType, String)} and an id the host chose, which comes back here. Called from many threads at once.
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
