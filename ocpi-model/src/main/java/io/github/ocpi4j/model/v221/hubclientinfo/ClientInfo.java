package io.github.ocpi4j.model.v221.hubclientinfo;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.constraints.CountryCode;
import io.github.ocpi4j.model.constraints.PartyId;
import io.github.ocpi4j.model.v221.types.Role;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

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
 * @param partyId {@code party_id}: CPO or eMSP ID of this party (following the 15118 ISO standard), as used in the
 *     credentials exchange.
 * @param countryCode {@code country_code}: Country code of the country this party is operating in, as used in the
 *     credentials exchange.
 * @param role {@code role}: The role of the connected party.
 * @param status {@code status}: Status of the connection to the party.
 * @param lastUpdated {@code last_updated}: Timestamp when this ClientInfo object was last updated.
 */
@GenerateBuilder
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
        return new Builder().from(this);
    }

    /** Builds {@link ClientInfo} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends ClientInfoBuilderBase {
        private Builder() {}
    }
}
