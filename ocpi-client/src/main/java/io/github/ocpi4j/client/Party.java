package io.github.ocpi4j.client;

import io.github.ocpi4j.model.CiString;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A partner platform as this side knows it after the credentials exchange ({@code [[credentials_registration]]}):
 * the two credentials tokens, the negotiated version, the partner's roles and endpoints. Version-neutral, so that a
 * store serves every OCPI version.
 *
 * <p>The tokens go in opposite directions: the partner presents {@link #incomingToken()} (issued by this side) when
 * it calls this side, and this side presents {@link #outgoingToken()} (issued by the partner) when it calls the
 * partner.
 *
 * <pre>{@code
 * Party pending = Party.pending("emsp-acme", tokenA);   // token A, for the partner to register with
 * partyStore.save(pending);
 * partyStore.save(Party.preRegistered("hub", token, PartyRole.of("HUB", "DE", "HUB")));   // no handshake
 * }</pre>
 *
 * @param id this side's key of the partner, stable across token changes
 * @param status whether registration has finished
 * @param incomingToken the token the partner uses to call this side; for a {@link Status#PENDING} party the
 *     token A (or B) that opens only versions and credentials
 * @param outgoingToken the token this side uses to call the partner, once known
 * @param versionsUrl the partner's versions endpoint, once known
 * @param version the negotiated OCPI version, such as {@code 2.2.1}
 * @param roles the roles the partner declared in its credentials
 * @param endpoints the partner's endpoints of the negotiated version
 * @param plainTokenAllowed whether the partner sends and expects the credentials token without Base64, as many OCPI
 *     2.1.1 and 2.2 platforms do ({@code [[transport_and_format_authorization_header]]})
 */
public record Party(
        String id,
        Status status,
        @Nullable String incomingToken,
        @Nullable String outgoingToken,
        @Nullable String versionsUrl,
        @Nullable String version,
        List<PartyRole> roles,
        List<PartyEndpoint> endpoints,
        boolean plainTokenAllowed) {

    /** Whether a party has finished registration. */
    public enum Status {
        /** Registration has not finished: the incoming token opens only the versions and credentials modules. */
        PENDING,
        /** Registered: the incoming token opens every module the party may use. */
        REGISTERED
    }

    /** Checks the required values and copies the lists. */
    public Party {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        roles = List.copyOf(roles);
        endpoints = List.copyOf(endpoints);
    }

    /** Returns a partner that may register with {@code tokenA}, which this side gave it out of band. */
    public static Party pending(String id, String tokenA) {
        return new Party(id, Status.PENDING, tokenA, null, null, null, List.of(), List.of(), false);
    }

    /**
     * Returns a partner admitted without the credentials handshake, with a token agreed out of band: {@code token}
     * opens this side's modules to it at once, in the role given. This side cannot call it (no token, no endpoints)
     * until it registers properly with a token A.
     */
    public static Party preRegistered(String id, String token, PartyRole role) {
        return new Party(
                id,
                Status.REGISTERED,
                Objects.requireNonNull(token, "token"),
                null,
                null,
                null,
                List.of(role),
                List.of(),
                false);
    }

    /** Returns whether this party has one of the given roles with that country code and party id. */
    public boolean hasRole(CiString countryCode, CiString partyId) {
        return roles.stream()
                .anyMatch(
                        r -> r.countryCode().equals(countryCode) && r.partyId().equals(partyId));
    }

    /** Returns the URL of the partner's endpoint for a module and interface role, if it has one. */
    public @Nullable String endpointUrl(String module, String role) {
        for (PartyEndpoint endpoint : endpoints) {
            if (endpoint.module().equals(module) && endpoint.role().equalsIgnoreCase(role)) {
                return endpoint.url();
            }
        }
        return null;
    }

    /** Returns this party with another status. */
    public Party withStatus(Status status) {
        return new Party(
                id, status, incomingToken, outgoingToken, versionsUrl, version, roles, endpoints, plainTokenAllowed);
    }

    /** Returns this party with another incoming token. */
    public Party withIncomingToken(@Nullable String token) {
        return new Party(id, status, token, outgoingToken, versionsUrl, version, roles, endpoints, plainTokenAllowed);
    }

    /** Returns this party with another outgoing token. */
    public Party withOutgoingToken(@Nullable String token) {
        return new Party(id, status, incomingToken, token, versionsUrl, version, roles, endpoints, plainTokenAllowed);
    }

    /** Returns this party with what the credentials exchange learnt of it. */
    public Party withConnection(
            String versionsUrl, String version, List<PartyRole> roles, List<PartyEndpoint> endpoints) {
        return new Party(
                id, status, incomingToken, outgoingToken, versionsUrl, version, roles, endpoints, plainTokenAllowed);
    }

    /** Returns this party with the plain-token form allowed or not. */
    public Party withPlainTokenAllowed(boolean allowed) {
        return new Party(id, status, incomingToken, outgoingToken, versionsUrl, version, roles, endpoints, allowed);
    }

    /** Hides the tokens. */
    @Override
    public String toString() {
        return "Party[id=" + id + ", status=" + status + ", version=" + version + ", versionsUrl=" + versionsUrl
                + ", roles=" + roles + ", endpoints=" + endpoints.size() + ", plainTokenAllowed=" + plainTokenAllowed
                + "]";
    }
}
