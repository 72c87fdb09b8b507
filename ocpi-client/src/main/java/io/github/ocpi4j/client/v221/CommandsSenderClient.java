package io.github.ocpi4j.client.v221;

import io.github.ocpi4j.client.internal.ModuleCalls;
import io.github.ocpi4j.model.v221.commands.CommandResult;

/**
 * The partner's Commands Sender interface, typically an eMSP's ({@code [[mod_commands_emsp_interface]]}): this
 * side, the CPO, posts the charger's result of a command to the {@code response_url} the command carried.
 *
 * <pre>{@code
 * partner.v221().commandResults().postResult(reserveNow.responseUrl(),
 *         CommandResult.builder().result(CommandResultType.ACCEPTED).build());
 * }</pre>
 */
public final class CommandsSenderClient {

    private final ModuleCalls calls;

    CommandsSenderClient(ModuleCalls calls) {
        this.calls = calls;
    }

    /** Posts the result of a command to the URL the command gave. Not retried. */
    public void postResult(String responseUrl, CommandResult result) {
        calls.send("POST", responseUrl, calls.valid(result), false);
    }
}
