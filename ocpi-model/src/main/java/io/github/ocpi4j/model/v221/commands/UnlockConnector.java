package io.github.ocpi4j.model.v221.commands;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.constraints.Url;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of an {@code UNLOCK_CONNECTOR} command: unlocks a connector that stayed locked.
 *
 * <p>Only an operator or the eMSP may send it; it SHALL never be allowed to be sent directly by the EV driver
 * ({@code [[mod_commands_commandtype_enum]]}).
 *
 * <pre>{@code
 * UnlockConnector unlock = UnlockConnector.builder()
 *         .responseUrl("https://emsp.example.com/ocpi/2.2.1/commands/UNLOCK_CONNECTOR/1234")
 *         .locationId("LOC1")
 *         .evseUid("3256")
 *         .connectorId("1")
 *         .build();
 * }</pre>
 *
 * <p>Specification: {@code [[mod_commands_unlockconnector_object]]}.
 *
 * @param responseUrl {@code response_url}: URL that the CommandResult POST should be sent to. This URL might contain
 *     a unique ID to be able to distinguish between UnlockConnector requests.
 * @param locationId {@code location_id}: Location.id of the Location (belonging to the CPO this request is sent to)
 *     of which it is requested to unlock the connector.
 * @param evseUid {@code evse_uid}: EVSE.uid of the EVSE of this Location of which it is requested to unlock the
 *     connector.
 * @param connectorId {@code connector_id}: Connector.id of the Connector of this Location of which it is requested to
 *     unlock.
 */
@GenerateBuilder
public record UnlockConnector(
        @JsonProperty("response_url") @NotNull @Size(max = 255) @Url
        String responseUrl,

        @JsonProperty("location_id") @NotNull @Size(max = 36)
        CiString locationId,

        @JsonProperty("evse_uid") @NotNull @Size(max = 36) CiString evseUid,

        @JsonProperty("connector_id") @NotNull @Size(max = 36)
        CiString connectorId) {
    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link UnlockConnector} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends UnlockConnectorBuilderBase {
        private Builder() {}
    }
}
