package io.github.ocpi4j.model.v221.hubclientinfo;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.constraints.CountryCode;
import io.github.ocpi4j.model.constraints.PartyId;
import io.github.ocpi4j.model.v221.types.Role;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The connection status of a party connected to a Hub, as the Hub (its owner) tells the other connected parties.
 *
 * <p>ClientInfo objects are never deleted: a Hub invalidates one by setting its {@code status} to {@code
 * SUSPENDED}.
 *
 * <pre>{@code
 * ClientInfo info = ClientInfo.builder()
 *         .countryCode("NL")
 *         .partyId("ALL")
 *         .role(Role.CPO)
 *         .status(ConnectionStatus.PLANNED)
 *         .lastUpdated(Instant.parse("2024-05-01T12:00:00Z"))
 *         .build();
 * }</pre>
 *
 * <p>Specification: {@code [[mod_hub_client_info_hub_client_info_object]]}.
 *
 * @param partyId {@code party_id}: the party's three-character id (ISO 15118 style), the same as in its credentials;
 *     required.
 * @param countryCode {@code country_code}: the party's ISO 3166-1 alpha-2 country, the same as in its credentials;
 *     required.
 * @param role {@code role}: the role the party plays behind the Hub; required.
 * @param status {@code status}: whether the Hub can reach the party now; required.
 * @param lastUpdated {@code last_updated}: when the Hub last changed this object; required.
 */
public record ClientInfo(
        @JsonProperty("party_id") @NotNull @Size(max = 3) @PartyId
        CiString partyId,

        @JsonProperty("country_code") @NotNull @Size(max = 2) @CountryCode
        CiString countryCode,

        @JsonProperty("role") @NotNull Role role,
        @JsonProperty("status") @NotNull ConnectionStatus status,
        @JsonProperty("last_updated") @NotNull Instant lastUpdated) {
    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds {@link ClientInfo} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder {
        private @Nullable CiString partyId;
        private @Nullable CiString countryCode;
        private @Nullable Role role;
        private @Nullable ConnectionStatus status;
        private @Nullable Instant lastUpdated;

        private Builder() {}

        private Builder(ClientInfo from) {
            partyId = from.partyId;
            countryCode = from.countryCode;
            role = from.role;
            status = from.status;
            lastUpdated = from.lastUpdated;
        }

        /** Sets {@link ClientInfo#partyId()}. */
        public Builder partyId(@Nullable CiString partyId) {
            this.partyId = partyId;
            return this;
        }

        /** Sets {@link ClientInfo#partyId()} from its spelling. */
        public Builder partyId(@Nullable String partyId) {
            return partyId(CiString.ofNullable(partyId));
        }

        /** Sets {@link ClientInfo#countryCode()}. */
        public Builder countryCode(@Nullable CiString countryCode) {
            this.countryCode = countryCode;
            return this;
        }

        /** Sets {@link ClientInfo#countryCode()} from its spelling. */
        public Builder countryCode(@Nullable String countryCode) {
            return countryCode(CiString.ofNullable(countryCode));
        }

        /** Sets {@link ClientInfo#role()}. */
        public Builder role(@Nullable Role role) {
            this.role = role;
            return this;
        }

        /** Sets {@link ClientInfo#status()}. */
        public Builder status(@Nullable ConnectionStatus status) {
            this.status = status;
            return this;
        }

        /** Sets {@link ClientInfo#lastUpdated()}. */
        public Builder lastUpdated(@Nullable Instant lastUpdated) {
            this.lastUpdated = lastUpdated;
            return this;
        }

        /** Returns the {@link ClientInfo}. */
        public ClientInfo build() {
            return new ClientInfo(partyId, countryCode, role, status, lastUpdated);
        }
    }
}
