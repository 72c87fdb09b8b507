package io.github.ocpi4j.model.v221.commands;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.constraints.Url;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The body of an {@code UNLOCK_CONNECTOR} command: unlocks a connector that stayed locked.
 *
 * <p>For the rare case where a connector stays locked after charging. An operator or the eMSP may send it; a driver
 * must never be able to send it directly ({@code [[mod_commands_commandtype_enum]]}).
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
 * @param responseUrl {@code response_url}: where the CPO POSTs the {@link CommandResult} later, at most 255
 *     characters; required. The eMSP may put its own id for this unlock request in it.
 * @param locationId {@code location_id}: the Receiver's {@code Location.id} of the connector, at most 36 characters;
 *     required.
 * @param evseUid {@code evse_uid}: the {@code EVSE.uid} of the connector at that Location, at most 36 characters;
 *     required.
 * @param connectorId {@code connector_id}: the {@code Connector.id} to unlock on that EVSE, at most 36 characters;
 *     required.
 */
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
        return new Builder(this);
    }

    /** Builds {@link UnlockConnector} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder {
        private @Nullable String responseUrl;
        private @Nullable CiString locationId;
        private @Nullable CiString evseUid;
        private @Nullable CiString connectorId;

        private Builder() {}

        private Builder(UnlockConnector from) {
            responseUrl = from.responseUrl;
            locationId = from.locationId;
            evseUid = from.evseUid;
            connectorId = from.connectorId;
        }

        /** Sets {@link UnlockConnector#responseUrl()}. */
        public Builder responseUrl(@Nullable String responseUrl) {
            this.responseUrl = responseUrl;
            return this;
        }

        /** Sets {@link UnlockConnector#locationId()}. */
        public Builder locationId(@Nullable CiString locationId) {
            this.locationId = locationId;
            return this;
        }

        /** Sets {@link UnlockConnector#locationId()} from its spelling. */
        public Builder locationId(@Nullable String locationId) {
            return locationId(CiString.ofNullable(locationId));
        }

        /** Sets {@link UnlockConnector#evseUid()}. */
        public Builder evseUid(@Nullable CiString evseUid) {
            this.evseUid = evseUid;
            return this;
        }

        /** Sets {@link UnlockConnector#evseUid()} from its spelling. */
        public Builder evseUid(@Nullable String evseUid) {
            return evseUid(CiString.ofNullable(evseUid));
        }

        /** Sets {@link UnlockConnector#connectorId()}. */
        public Builder connectorId(@Nullable CiString connectorId) {
            this.connectorId = connectorId;
            return this;
        }

        /** Sets {@link UnlockConnector#connectorId()} from its spelling. */
        public Builder connectorId(@Nullable String connectorId) {
            return connectorId(CiString.ofNullable(connectorId));
        }

        /** Returns the {@link UnlockConnector}. */
        public UnlockConnector build() {
            return new UnlockConnector(responseUrl, locationId, evseUid, connectorId);
        }
    }
}
