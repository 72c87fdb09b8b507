package io.github.ocpi4j.model.v230.commands;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.constraints.Url;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of an {@code UNLOCK_CONNECTOR} command: unlocks a connector that stayed locked.
 *
 * <p>For the rare case where a connector stays locked after charging. An operator or the eMSP may send it; a driver
 * must never be able to send it directly ({@code [[mod_commands_commandtype_enum]]}).
 *
 * <pre>{@code
 * UnlockConnector unlock = UnlockConnector.builder()
 *         .responseUrl("https://emsp.example.com/ocpi/2.3.0/commands/UNLOCK_CONNECTOR/1234")
 *         .locationId("LOC1")
 *         .evseUid("3256")
 *         .connectorId("1")
 *         .build();
 * }</pre>
 *
 * <p>Specification: {@code [[mod_commands_unlockconnector_object]]}.
 *
 * @param responseUrl {@code response_url}: where the CPO POSTs the {@link CommandResult} later, at most 255
 *     characters; required. The eMSP may put its own id for this unlock request in it.
 * @param locationId {@code location_id}: the Receiver's {@code Location.id} of the connector, at most 36 characters;
 *     required.
 * @param evseUid {@code evse_uid}: the {@code EVSE.uid} of the connector at that Location, at most 36 characters;
 *     required.
 * @param connectorId {@code connector_id}: the {@code Connector.id} to unlock on that EVSE, at most 36 characters;
 *     required.
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
