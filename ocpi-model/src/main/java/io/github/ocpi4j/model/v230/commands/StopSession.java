package io.github.ocpi4j.model.v230.commands;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.constraints.Url;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of a {@code STOP_SESSION} command: stops an ongoing session.
 *
 * <pre>{@code
 * StopSession stop = StopSession.builder()
 *         .responseUrl("https://emsp.example.com/ocpi/2.3.0/commands/STOP_SESSION/1234")
 *         .sessionId("SESSION-1")
 *         .build();
 * }</pre>
 *
 * <p>Specification: {@code [[mod_commands_stopsession_object]]}.
 *
 * @param responseUrl {@code response_url}: where the CPO POSTs the {@link CommandResult} later, at most 255
 *     characters; required. The eMSP may put its own id for this stop request in it.
 * @param sessionId {@code session_id}: the {@code Session.id} to end, at most 36 characters; required.
 */
@GenerateBuilder
public record StopSession(
        @JsonProperty("response_url") @NotNull @Size(max = 255) @Url
        String responseUrl,

        @JsonProperty("session_id") @NotNull @Size(max = 36) CiString sessionId) {
    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link StopSession} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends StopSessionBuilderBase {
        private Builder() {}
    }
}
