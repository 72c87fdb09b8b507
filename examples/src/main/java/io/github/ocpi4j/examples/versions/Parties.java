package io.github.ocpi4j.examples.versions;

import io.github.ocpi4j.client.CredentialsTokens;
import io.github.ocpi4j.client.Party;
import io.github.ocpi4j.client.PartyRole;
import io.github.ocpi4j.client.PartyStore;
import java.util.regex.Pattern;

/**
 * How the example sides that keep their partners in memory (the eMSP, the PTP) admit them: a token A for the
 * handshake, a partner admitted with its token and no handshake, and the partner registered under an id. One set of
 * rules for every side. Stateless and thread-safe.
 */
public final class Parties {
    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");
    private static final Pattern PARTY_ID = Pattern.compile("[A-Z0-9]{3}");

    private Parties() {}

    /**
     * Checks a country code and party id as the examples take them: two upper-case letters, and three upper-case
     * letters or digits.
     *
     * @throws IllegalArgumentException naming the one that is not
     */
    public static void requireCodes(String countryCode, String partyId) {
        if (!COUNTRY_CODE.matcher(countryCode).matches()) {
            throw new IllegalArgumentException("countryCode: two upper-case letters, not '" + countryCode + "'");
        }
        if (!PARTY_ID.matcher(partyId).matches()) {
            throw new IllegalArgumentException("partyId: three upper-case letters or digits, not '" + partyId + "'");
        }
    }

    /**
     * Returns a new token A for a partner to register with, kept in the store as a pending party.
     *
     * @param partyId the side's id for the partner in its store
     * @throws IllegalArgumentException if a registered party has this id
     */
    public static String newTokenA(PartyStore store, String partyId) {
        if (store.findById(partyId)
                .filter(p -> p.status() == Party.Status.REGISTERED)
                .isPresent()) {
            throw new IllegalArgumentException("partyId: " + partyId + " is registered already");
        }
        String token = CredentialsTokens.generate();
        store.save(Party.pending(partyId, token));
        return token;
    }

    /**
     * Admits a partner without the handshake, kept as {@code CC-PID} in one role: its {@code token} then opens the
     * side's modules to it at once.
     *
     * @throws IllegalArgumentException if the codes or the token (1 to 64 printable ASCII characters, no spaces)
     *     are not valid
     */
    public static void preRegister(PartyStore store, String role, String countryCode, String partyId, String token) {
        requireCodes(countryCode, partyId);
        if (token.isEmpty() || token.length() > 64 || !token.chars().allMatch(ch -> ch > ' ' && ch < 127)) {
            throw new IllegalArgumentException("token: must be 1 to 64 printable ASCII characters without spaces");
        }
        String id = countryCode + "-" + partyId;
        store.save(Party.preRegistered(id, token, PartyRole.of(role, countryCode, partyId)));
    }

    /**
     * Returns the partner registered under an id.
     *
     * @throws IllegalStateException with {@code notYet} when none has registered under it
     */
    public static Party registered(PartyStore store, String id, String notYet) {
        return store.findById(id)
                .filter(p -> p.status() == Party.Status.REGISTERED)
                .orElseThrow(() -> new IllegalStateException(notYet));
    }
}
