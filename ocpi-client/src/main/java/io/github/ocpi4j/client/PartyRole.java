package io.github.ocpi4j.client;

import io.github.ocpi4j.model.CiString;
import java.util.Objects;

/**
 * One role a party declared in its credentials ({@code CredentialsRole}): the role and the country code and party
 * id it uses for it, which identify the objects it owns.
 *
 * @param role the role, such as {@code CPO} or {@code EMSP}
 * @param countryCode ISO 3166-1 alpha-2 country code
 * @param partyId ISO 15118 party id
 */
public record PartyRole(String role, CiString countryCode, CiString partyId) {

    /** Checks the values. */
    public PartyRole {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(countryCode, "countryCode");
        Objects.requireNonNull(partyId, "partyId");
    }

    /** Returns the role. */
    public static PartyRole of(String role, String countryCode, String partyId) {
        return new PartyRole(role, CiString.of(countryCode), CiString.of(partyId));
    }
}
