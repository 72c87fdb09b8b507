package io.github.ocpi4j.server.internal;

import io.github.ocpi4j.client.OcpiExchangeException;
import io.github.ocpi4j.client.OcpiHttpException;
import io.github.ocpi4j.client.OcpiResponseValidationException;
import io.github.ocpi4j.client.OcpiTransportException;
import io.github.ocpi4j.client.OcpiUnreadableResponseException;
import io.github.ocpi4j.client.Party;
import io.github.ocpi4j.client.PartyRole;
import io.github.ocpi4j.client.PartyStore;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.OcpiException;
import io.github.ocpi4j.model.OcpiStatusCode;
import io.github.ocpi4j.model.OcpiStatusException;
import io.github.ocpi4j.model.Violation;
import io.github.ocpi4j.model.v221.credentials.CredentialsRole;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * The rules of the credentials handshake that hold for every OCPI version ({@code [[credentials_registration]]}):
 * a party registers only under roles no one else holds, its versions URL is an http(s) URL, and a failure to call
 * it back is described without naming Java classes. Registrations of one server are saved one at a time. Thread-safe.
 */
public final class Registrations {
    private final PartyStore parties;
    private final List<PartyRole> ours;
    private final Object lock = new Object();

    /**
     * Creates the rules of a server.
     *
     * @param parties the server's parties
     * @param ours this side's own roles, which no partner may claim
     */
    public Registrations(PartyStore parties, List<PartyRole> ours) {
        this.parties = parties;
        this.ours = List.copyOf(ours);
    }

    /**
     * A role a party claims in its credentials, with the JSON path of the credentials object it was read from, which
     * a refusal names.
     *
     * @param role the role as the party store keeps it
     * @param path where the credentials give it, such as {@code roles[0]}
     */
    public record Claim(PartyRole role, String path) {}

    /** Returns a role of a credentials object as the party store keeps it. */
    public static PartyRole role(CredentialsRole role) {
        return new PartyRole(role.role().name(), role.countryCode(), role.partyId());
    }

    /** Returns roles given in the credentials' {@code roles}, in their order, as claims. */
    public static List<Claim> claims(List<PartyRole> roles) {
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            claims.add(new Claim(roles.get(i), "roles[" + i + "]"));
        }
        return claims;
    }

    /**
     * Checks the versions URL a party gave: the server calls it, so it must be an http or https URL.
     *
     * @throws HttpError 2001 naming the field {@code url}
     */
    public static void checkVersionsUrl(String url) {
        if (!Urls.isHttp(url)) {
            Violation violation = new Violation("url", "URL: must be an http or https URL to call back");
            throw new HttpError(
                    200, OcpiStatusCode.INVALID_OR_MISSING_PARAMETERS, violation.toString(), List.of(violation));
        }
    }

    /**
     * Checks that none of the roles a party claims is held by another party or by this side: a country code and
     * party id identify one party, and whoever holds them reads and writes that party's objects. Registered parties
     * and parties admitted without the handshake hold the roles they declared; pending parties hold none.
     *
     * @throws HttpError 2001 naming each role taken ({@code [[credentials_credentials_role_class]]}), without
     *     saying who holds it
     */
    public void checkRolesFree(Party party, List<Claim> claimed) {
        List<Party> others = parties.findAll().stream()
                .filter(p -> !p.id().equals(party.id()))
                .toList();
        List<Violation> taken = new ArrayList<>();
        for (Claim claim : claimed) {
            CiString countryCode = claim.role().countryCode();
            CiString partyId = claim.role().partyId();
            if (ours.stream()
                    .anyMatch(r ->
                            r.countryCode().equals(countryCode) && r.partyId().equals(partyId))) {
                taken.add(new Violation(
                        claim.path(),
                        countryCode + " " + partyId + " is a role of this platform itself; register only roles of"
                                + " your own"));
            } else if (others.stream().anyMatch(p -> p.hasRole(countryCode, partyId))) {
                taken.add(new Violation(
                        claim.path(),
                        countryCode + " " + partyId + " is registered by another party: a country code and party id"
                                + " belong to one party only; register only roles of your own"));
            }
        }
        if (!taken.isEmpty()) {
            String message = taken.stream()
                    .map(Violation::toString)
                    .reduce((a, b) -> a + "; " + b)
                    .orElseThrow();
            throw new HttpError(200, OcpiStatusCode.INVALID_OR_MISSING_PARAMETERS, message, taken);
        }
    }

    /**
     * Saves a party's new registration, checking again under a lock what may have changed while its versions were
     * fetched: that its registration is still the one the request started from (a second POST with the same token A
     * gets 405, a request with a token replaced meanwhile 401), and that its roles are still free. Of two
     * registrations claiming the same role at the same time, one succeeds.
     *
     * <p>The lock holds within one server. Servers on several nodes that share a store need the store to refuse a
     * second party with the same country code and party id (a unique key); that {@code save} then fails, and the
     * later registration is answered 3000.
     *
     * @param before the party as the request found it
     * @param after the party to save
     * @param claimed the roles of {@code after}, as its credentials claimed them
     */
    public void save(Party before, Party after, List<Claim> claimed) {
        synchronized (lock) {
            Optional<Party> current = parties.findById(before.id());
            if (current.isPresent()
                    && current.get().status() == Party.Status.REGISTERED
                    && before.status() == Party.Status.PENDING) {
                throw new HttpError(405, OcpiStatusCode.CLIENT_ERROR, "already registered: use PUT to update");
            }
            if (current.isEmpty()
                    || current.get().status() != before.status()
                    || !Objects.equals(current.get().incomingToken(), before.incomingToken())) {
                throw new HttpError(
                        401,
                        OcpiStatusCode.CLIENT_ERROR,
                        "your credentials token was replaced while this request ran: use the newest one");
            }
            checkRolesFree(after, claimed);
            parties.save(after);
        }
    }

    /**
     * Describes to the registering party why its versions or endpoints could not be fetched, without the client's
     * exception messages, which name Java classes.
     *
     * @param e what the client threw: an {@link OcpiException}, or an {@link IllegalArgumentException} for a URL in
     *     the party's answers that cannot be called
     */
    public static String whyNotFetched(RuntimeException e) {
        if (e instanceof IllegalArgumentException) {
            return "your versions or endpoints name a URL that is not http(s)";
        }
        if (e instanceof OcpiStatusException s) {
            return "your server answered OCPI status " + s.statusCode().code();
        }
        if (!(e instanceof OcpiExchangeException x)) {
            return e instanceof OcpiResponseValidationException
                    ? "your answer breaks OCPI's rules: " + e.getMessage()
                    : "your versions or endpoints could not be used";
        }
        String call = x.method() + " " + x.url();
        if (x instanceof OcpiHttpException h) {
            return call + " answered HTTP " + h.httpStatus();
        }
        if (x instanceof OcpiUnreadableResponseException u) {
            return call + " answered HTTP " + u.httpStatus() + " without a readable OCPI response";
        }
        if (x instanceof OcpiTransportException) {
            Throwable cause = x.getCause();
            String what = cause instanceof UnknownHostException
                    ? "unknown host"
                    : cause instanceof ConnectException || cause instanceof NoRouteToHostException
                            ? "connection refused"
                            : cause instanceof InterruptedIOException
                                    ? "timed out"
                                    : cause instanceof SSLException ? "TLS failed" : "the connection failed";
            return call + ": " + what;
        }
        return call + " failed";
    }
}
