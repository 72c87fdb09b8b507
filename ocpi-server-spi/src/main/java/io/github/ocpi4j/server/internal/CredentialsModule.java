package io.github.ocpi4j.server.internal;

import io.github.ocpi4j.client.CredentialsTokens;
import io.github.ocpi4j.client.OcpiNegotiationException;
import io.github.ocpi4j.client.Partner;
import io.github.ocpi4j.client.Party;
import io.github.ocpi4j.client.PartyEndpoint;
import io.github.ocpi4j.model.OcpiException;
import io.github.ocpi4j.model.OcpiStatusCode;
import io.github.ocpi4j.model.OcpiStatusException;
import io.github.ocpi4j.model.OcpiType;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The credentials module of one version, run by ocpi4j as the receiving party of the handshake ({@code
 * [[credentials_credentials_endpoint]]}): GET answers this side's credentials, POST registers, PUT updates, DELETE
 * unregisters. Only the Credentials object differs between versions ({@link CredentialsFormat}).
 */
final class CredentialsModule<C> {
    private static final Logger LOG = LoggerFactory.getLogger("io.github.ocpi4j.server");

    private final RouteTable table;
    private final CredentialsFormat<C> format;
    private final ServerSupport support;

    CredentialsModule(RouteTable table, CredentialsFormat<C> format) {
        this.table = table;
        this.format = format;
        this.support = table.support();
    }

    void add() {
        String path = "credentials";
        OcpiType<C> body = OcpiType.of(format.type());
        table.add(
                "GET",
                path,
                "credentials",
                "SENDER",
                null,
                c -> Reply.ok(ours(c.context().party().incomingToken())));
        table.add("POST", path, "credentials", "SENDER", body, c -> {
            Party party = c.context().party();
            if (party.status() != Party.Status.PENDING) {
                throw new HttpError(405, OcpiStatusCode.CLIENT_ERROR, "already registered: use PUT to update");
            }
            return Reply.ok(ours(connect(party, c.body(format.type()))));
        });
        table.add("PUT", path, "credentials", "SENDER", body, c -> {
            Party party = c.context().party();
            if (party.status() != Party.Status.REGISTERED) {
                throw new HttpError(405, OcpiStatusCode.CLIENT_ERROR, "not registered: use POST to register");
            }
            return Reply.ok(ours(connect(party, c.body(format.type()))));
        });
        table.add("DELETE", path, "credentials", "SENDER", null, c -> {
            Party party = c.context().party();
            if (party.status() != Party.Status.REGISTERED) {
                throw new HttpError(405, OcpiStatusCode.CLIENT_ERROR, "not registered: there is nothing to unregister");
            }
            support.partyStore().delete(party.id());
            LOG.info("{} unregistered", party.id());
            return Reply.ok();
        });
    }

    private C ours(@Nullable String token) {
        return format.ours(token, support.versionsUrl());
    }

    /**
     * Registers or updates a party from its credentials: checks its versions URL (2001 when it is no http(s) URL)
     * and that its roles are no one else's (2001), fetches its versions and its endpoints of this module's version
     * with its token ({@code [[credentials_post_method]]}, {@code [[credentials_put_method]]}: 3001 when that fails,
     * 3002 when it does not offer this version, 3003 without the endpoints this side needs), issues a new token for
     * it and keeps both, with this version as the party's; the token it used until now stops working. A PUT at the
     * credentials endpoint of another version than the party's moves it to that version ({@code
     * [[credentials_updating_to_a_newer_version]]}).
     *
     * @return the new token the party is to use
     */
    private String connect(Party party, C theirs) {
        Registrations registrations = support.registrations();
        String url = format.url(theirs);
        String theirToken = format.token(theirs);
        Registrations.checkVersionsUrl(url);
        List<Registrations.Claim> claims = format.roles(theirs);
        registrations.checkRolesFree(party, claims); // before calling anyone back
        Partner partner;
        try {
            partner = support.callBack().connect(url, theirToken, party.plainTokenAllowed(), table.version());
        } catch (OcpiNegotiationException e) {
            throw new OcpiStatusException(OcpiStatusCode.UNSUPPORTED_VERSION, e.getMessage());
        } catch (OcpiException | IllegalArgumentException e) { // the latter: a URL in its answers cannot be called
            LOG.info("{} could not be called back at {}: {}", party.id(), url, e.toString());
            throw new OcpiStatusException(
                    OcpiStatusCode.UNABLE_TO_USE_CLIENT_API,
                    "could not fetch your versions and endpoints: " + Registrations.whyNotFetched(e));
        }
        List<String> missing = new ArrayList<>();
        for (PartyEndpoint need : support.requiredEndpoints()) {
            if (!partner.hasEndpoint(need.module(), need.role())) {
                missing.add(need.module() + " " + need.role());
            }
        }
        if (!missing.isEmpty()) {
            throw new OcpiStatusException(
                    OcpiStatusCode.NO_MATCHING_ENDPOINTS, "expected endpoints missing: " + missing);
        }
        String token = CredentialsTokens.generate();
        Party registered = new Party(
                party.id(),
                Party.Status.REGISTERED,
                token,
                theirToken,
                url,
                partner.version(),
                claims.stream().map(Registrations.Claim::role).toList(),
                partner.endpoints(),
                party.plainTokenAllowed());
        registrations.save(party, registered, claims);
        LOG.info(
                "{} {} with OCPI {} as {}",
                party.id(),
                party.status() == Party.Status.PENDING ? "registered" : "updated its registration",
                partner.version(),
                registered.roles());
        return token;
    }
}
