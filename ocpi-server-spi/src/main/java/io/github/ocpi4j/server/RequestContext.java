package io.github.ocpi4j.server;

import io.github.ocpi4j.client.Party;
import io.github.ocpi4j.model.CiString;
import org.jspecify.annotations.Nullable;

/**
 * Who is asking, and the ids of the exchange: the first argument of every service method.
 *
 * <pre>{@code
 * public PageResult<Session> sessions(RequestContext ctx, PageRequest page) {
 *     return repository.sessionsOfParty(ctx.party().roles(), page);   // only the requesting party's own
 * }
 * }</pre>
 *
 * @param party the authenticated party that made the request
 * @param requestId the request's X-Request-ID (generated when it had none)
 * @param correlationId the request's X-Correlation-ID (generated when it had none)
 * @param fromCountryCode OCPI-from-country-code: the party the message is from, when routed
 * @param fromPartyId OCPI-from-party-id
 * @param toCountryCode OCPI-to-country-code: the party the message is for, when routed
 * @param toPartyId OCPI-to-party-id
 */
public record RequestContext(
        Party party,
        String requestId,
        String correlationId,
        @Nullable CiString fromCountryCode,
        @Nullable CiString fromPartyId,
        @Nullable CiString toCountryCode,
        @Nullable CiString toPartyId) {

    /** Returns whether the requesting party declared a role with this country code and party id. */
    public boolean owns(@Nullable CiString countryCode, @Nullable CiString partyId) {
        return countryCode != null && partyId != null && party.hasRole(countryCode, partyId);
    }

    /**
     * Returns whether the requesting party is a Hub, which forwards messages of other parties and pushes their
     * connection status ({@code [[mod_hub_client_info_module]]}): it declared the role {@code HUB} in OCPI 2.2.1
     * credentials, or named its own party in the {@code hub_party_id} of OCPI 2.3.0 ones, which ocpi4j keeps as that
     * role. A 2.3.0 Hub's other roles are the parties it connects, whose objects it may read and write ({@link
     * #owns}).
     */
    public boolean isHub() {
        return party.roles().stream().anyMatch(r -> r.role().equals("HUB"));
    }
}
