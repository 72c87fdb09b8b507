package io.github.ocpi4j.model.v221.commands;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.constraints.CrossFieldRules;
import io.github.ocpi4j.model.constraints.RuleReporter;
import io.github.ocpi4j.model.constraints.Url;
import io.github.ocpi4j.model.v221.tokens.Token;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The body of a {@code START_SESSION} command: starts a charging session for a Token at a Location.
 *
 * <p>The {@code evse_uid} is optional. If no EVSE is specified, the Charge Point can itself decide on which EVSE to
 * start a new session. (this might not be supported by all Charge Points). A {@code connector_id} requires the
 * {@code evse_uid} it belongs to. The Token SHALL be authorized by the eMSP, which SHALL only use Tokens it owns.
 *
 * <pre>{@code
 * StartSession start = StartSession.builder()
 *         .responseUrl("https://emsp.example.com/ocpi/2.2.1/commands/START_SESSION/1234")
 *         .token(token)
 *         .locationId("LOC1")
 *         .evseUid("3256")
 *         .connectorId("1")
 *         .build();
 * }</pre>
 *
 * <p>Specification: {@code [[mod_commands_startsession_object]]}.
 *
 * @param responseUrl {@code response_url}: URL that the CommandResult POST should be sent to. This URL might contain
 *     a unique ID to be able to distinguish between StartSession requests.
 * @param token {@code token}: Token object the Charge Point has to use to start a new session. The Token provided in
 *     this request is authorized by the eMSP.
 * @param locationId {@code location_id}: Location.id of the Location (belonging to the CPO this request is sent to)
 *     on which a session is to be started.
 * @param evseUid {@code evse_uid}: Optional EVSE.uid of the EVSE of this Location on which a session is to be
 *     started. Required when {@code connector_id} is set.
 * @param connectorId {@code connector_id}: Optional Connector.id of the Connector of the EVSE on which a session is
 *     to be started. This field is required when the capability: START_SESSION_CONNECTOR_REQUIRED is set on the EVSE.
 * @param authorizationReference {@code authorization_reference}: Reference to the authorization given by the eMSP,
 *     when given, this reference will be provided in the relevant Session and/or CDR.
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
