package io.github.ocpi4j.model.v230.hubclientinfo;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.constraints.CountryCode;
import io.github.ocpi4j.model.constraints.PartyId;
import io.github.ocpi4j.model.v230.types.Role;
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
 * @param partyId {@code party_id}: the party's three-character id (ISO 15118 style), the same as in its credentials;
 *     required.
 * @param countryCode {@code country_code}: the party's ISO 3166-1 alpha-2 country, the same as in its credentials;
 *     required.
 * @param role {@code role}: the role the party plays behind the Hub; required.
 * @param status {@code status}: whether the Hub can reach the party now; required.
 * @param lastUpdated {@code last_updated}: when the Hub last changed this object; required.
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
