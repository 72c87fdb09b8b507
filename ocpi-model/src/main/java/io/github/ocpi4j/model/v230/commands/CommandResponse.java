package io.github.ocpi4j.model.v230.commands;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.internal.Lists;
import io.github.ocpi4j.model.v230.types.DisplayText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The Receiver's direct answer to a command request, sent in the HTTP response body.
 *
 * <p>It says whether the CPO took the request on and could pass it to the Charge Point, not what the Charge Point
 * did: that arrives later as a {@link CommandResult} on the {@code response_url}. OCPI has no retries, so that call
 * may never come; {@code timeout} tells the eMSP how long to wait before giving up.
 *
 * <pre>{@code
 * CommandResponse response = CommandResponse.builder()
 *         .result(CommandResponseType.ACCEPTED)
 *         .timeout(30)
 *         .build();
 * }</pre>
 *
 * <p>Specification: {@code [[mod_commands_commandresponse_object]]}.
 *
 * @param result {@code result}: whether the CPO accepted the request; required.
 * @param timeout {@code timeout}: seconds the eMSP should wait for the {@link CommandResult}; after that it may assume
 *     none will come. Required.
 * @param message {@code message}: optional explanation of the result for people, in one or more languages; empty
 *     when there is none.
 */
@GenerateBuilder
public record CommandResponse(
        @JsonProperty("result") @NotNull CommandResponseType result,
        @JsonProperty("timeout") @NotNull Integer timeout,
        @JsonProperty("message") List<@Valid DisplayText> message) {

    /** Copies the lists; {@code null} becomes empty. */
    public CommandResponse {
        message = Lists.copyOf(message);
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link CommandResponse} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends CommandResponseBuilderBase {
        private Builder() {}
    }
}
