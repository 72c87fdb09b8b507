package io.github.ocpi4j.model.v230.credentials;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.constraints.CountryCode;
import io.github.ocpi4j.model.constraints.PartyId;
import io.github.ocpi4j.model.v230.locations.BusinessDetails;
import io.github.ocpi4j.model.v230.types.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One role a platform provides, with the party ({@code country_code} and {@code party_id}) that has it.
 *
 * <p>The {@code party_id} and {@code country_code} are those the platform uses in the URLs of the Client Owned
 * Objects it pushes in that role; they need not match the operator or provider part of EVSE IDs and Contract IDs
 * (eMI3/IDACS format). On a Hub's platform each role is one of the parties reached through the Hub.
 *
 * <p>Specification: {@code [[credentials_credentials_role_class]]}.
 *
 * @param role {@code role}: which role this is (CPO, eMSP, NSP, ...); required.
 * @param businessDetails {@code business_details}: name, website and logo of the party; required.
 * @param partyId {@code party_id}: the party's three-character id in this role (ISO 15118 style); required.
 * @param countryCode {@code country_code}: the party's country, as an ISO 3166-1 alpha-2 code; required.
 */
@GenerateBuilder
public record CredentialsRole(
        @JsonProperty("role") @NotNull Role role,
        @JsonProperty("business_details") @NotNull @Valid BusinessDetails businessDetails,

        @JsonProperty("party_id") @NotNull @Size(max = 3) @PartyId
        CiString partyId,

        @JsonProperty("country_code") @NotNull @Size(max = 2) @CountryCode
        CiString countryCode) {
    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link CredentialsRole} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends CredentialsRoleBuilderBase {
        private Builder() {}
    }
}
