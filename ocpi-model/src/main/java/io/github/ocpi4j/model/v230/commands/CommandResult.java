package io.github.ocpi4j.model.v230.commands;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.internal.Lists;
import io.github.ocpi4j.model.v230.types.DisplayText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * The Charge Point's result of a command, POSTed by the CPO to the command's {@code response_url}.
 *
 * <pre>{@code
 * CommandResult result = CommandResult.builder()
 *         .result(CommandResultType.EVSE_OCCUPIED)
 *         .message(List.of(DisplayText.of("en", "Another session is ongoing")))
 *         .build();
 * }</pre>
 *
 * <p>Specification: {@code [[mod_commands_commandresult_object]]}.
 *
 * @param result {@code result}: the outcome the Charge Point reported to the CPO; required.
 * @param message {@code message}: optional explanation of that outcome for people, in one or more languages; empty
 *     when there is none.
 */
@GenerateBuilder
public record CommandResult(
        @JsonProperty("result") @NotNull CommandResultType result,
        @JsonProperty("message") List<@Valid DisplayText> message) {

    /** Copies the lists; {@code null} becomes empty. */
    public CommandResult {
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

    /** Builds {@link CommandResult} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends CommandResultBuilderBase {
        private Builder() {}
    }
}
