package io.github.ocpi4j.model.v230.commands;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.constraints.CrossFieldRules;
import io.github.ocpi4j.model.constraints.RuleReporter;
import io.github.ocpi4j.model.constraints.Url;
import io.github.ocpi4j.model.v230.tokens.Token;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The body of a {@code START_SESSION} command: starts a charging session for a Token at a Location.
 *
 * <p>Without an {@code evse_uid} the Charge Point picks an EVSE itself (not every Charge Point can). A
 * {@code connector_id} needs the {@code evse_uid} it belongs to. The eMSP must have authorized the Token already and
 * may only send its own Tokens.
 *
 * <pre>{@code
 * StartSession start = StartSession.builder()
 *         .responseUrl("https://emsp.example.com/ocpi/2.3.0/commands/START_SESSION/1234")
 *         .token(token)
 *         .locationId("LOC1")
 *         .evseUid("3256")
 *         .connectorId("1")
 *         .build();
 * }</pre>
 *
 * <p>Specification: {@code [[mod_commands_startsession_object]]}.
 *
 * @param responseUrl {@code response_url}: where the CPO POSTs the {@link CommandResult} later, at most 255
 *     characters; required. The eMSP may put its own id for this start request in it.
 * @param token {@code token}: the Token to charge with, already authorized by the eMSP; required.
 * @param locationId {@code location_id}: the Receiver's {@code Location.id} where charging should start, at most 36
 *     characters; required.
 * @param evseUid {@code evse_uid}: the {@code EVSE.uid} to charge on; optional, but needed whenever
 *     {@code connector_id} is given.
 * @param connectorId {@code connector_id}: the {@code Connector.id} on that EVSE; optional, except on an EVSE with the
 *     {@code START_SESSION_CONNECTOR_REQUIRED} capability.
 * @param authorizationReference {@code authorization_reference}: the eMSP's reference for this authorization, at most
 *     36 characters; optional. When set, the CPO copies it into the resulting Session and CDR.
 */
@GenerateBuilder
public record StartSession(
        @JsonProperty("response_url") @NotNull @Size(max = 255) @Url
        String responseUrl,

        @JsonProperty("token") @NotNull @Valid Token token,

        @JsonProperty("location_id") @NotNull @Size(max = 36)
        CiString locationId,

        @JsonProperty("evse_uid") @Size(max = 36) @Nullable CiString evseUid,

        @JsonProperty("connector_id") @Size(max = 36) @Nullable
        CiString connectorId,

        @JsonProperty("authorization_reference") @Size(max = 36) @Nullable
        CiString authorizationReference)
        implements CrossFieldRules {
    /**
     * Checks that {@code evse_uid} is set when {@code connector_id} is ({@code [[mod_commands_startsession_object]]}).
     */
    @Override
    public void checkCrossFieldRules(RuleReporter reporter) {
        if (connectorId != null && evseUid == null) {
            reporter.report("evse_uid", "required when connector_id is set");
        }
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link StartSession} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends StartSessionBuilderBase {
        private Builder() {}
    }
}
