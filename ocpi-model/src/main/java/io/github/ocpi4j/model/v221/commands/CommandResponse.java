package io.github.ocpi4j.model.v221.commands;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.internal.Lists;
import io.github.ocpi4j.model.v221.types.DisplayText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The Receiver's direct answer to a command request, sent in the HTTP response body.
 *
 * <p>It says whether the CPO understood the request and could send it to the Charge Point, not what the Charge
 * Point did: that comes later as a {@link CommandResult} on the {@code response_url}. Because OCPI does not retry,
 * the {@code timeout} tells the eMSP how long to wait for that result.
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
 * @param result {@code result}: Response from the CPO on the command request.
 * @param timeout {@code timeout}: Timeout for this command in seconds. When the Result is not received within this
 *     timeout, the eMSP can assume that the message might never be send.
 * @param message {@code message}: Human-readable description of the result (if one can be provided), multiple
 *     languages can be provided.
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
