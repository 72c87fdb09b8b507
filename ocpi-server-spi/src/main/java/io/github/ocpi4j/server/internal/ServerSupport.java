package io.github.ocpi4j.server.internal;

import io.github.ocpi4j.client.OcpiClient;
import io.github.ocpi4j.client.PartyEndpoint;
import io.github.ocpi4j.client.PartyStore;
import io.github.ocpi4j.model.v221.credentials.CredentialsRole;
import java.time.Clock;
import java.util.List;
import okhttp3.HttpUrl;

/**
 * What the routes of a version need from the server: its public URLs, the party store, the client for the
 * credentials handshake and its rules, this side's roles, the endpoints it requires of partners, and the paging
 * limit. The base URL is parsed once, here, not on every URL built from it. Immutable.
 */
public final class ServerSupport {
    private final HttpUrl base;
    private final String origin;
    private final PartyStore partyStore;
    private final OcpiClient client;
    private final List<CredentialsRole> roles;
    private final List<PartyEndpoint> requiredEndpoints;
    private final int maxPageSize;
    private final Clock clock;
    private final Registrations registrations;

    /**
     * Creates the support.
     *
     * @param base the public URL below which the server answers, such as {@code https://cpo.example.com/ocpi}
     * @param partyStore the parties
     * @param client the client for calls back to registering parties
     * @param roles this side's roles, for its credentials
     * @param requiredEndpoints the endpoints a registering party must offer ({@code module}, {@code role}, any url)
     * @param maxPageSize the most objects on one page
     * @param clock the server's clock, for rules that depend on the time of a request
     */
    public ServerSupport(
            HttpUrl base,
            PartyStore partyStore,
            OcpiClient client,
            List<CredentialsRole> roles,
            List<PartyEndpoint> requiredEndpoints,
            int maxPageSize,
            Clock clock) {
        this.base = base;
        this.origin = base.newBuilder()
                .encodedPath("/")
                .query(null)
                .build()
                .toString()
                .replaceAll("/$", "");
        this.partyStore = partyStore;
        this.client = client;
        this.roles = List.copyOf(roles);
        this.requiredEndpoints = List.copyOf(requiredEndpoints);
        this.maxPageSize = maxPageSize;
        this.clock = clock;
        this.registrations = new Registrations(partyStore, roles);
    }

    /**
     * Returns the scheme, host and port of the base URL, to which request paths are appended: {@code
     * https://cpo.example.com} of {@code https://cpo.example.com/ocpi}.
     */
    public String origin() {
        return origin;
    }

    /** Returns the party store. */
    public PartyStore partyStore() {
        return partyStore;
    }

    /** Returns the client for calls back to registering parties. */
    public OcpiClient client() {
        return client;
    }

    /** Returns this side's roles, for its credentials. */
    public List<CredentialsRole> roles() {
        return roles;
    }

    /** Returns the endpoints a registering party must offer. */
    public List<PartyEndpoint> requiredEndpoints() {
        return requiredEndpoints;
    }

    /** Returns the rules of registration, shared by every version's credentials module. */
    public Registrations registrations() {
        return registrations;
    }

    /** Returns the most objects on one page. */
    public int maxPageSize() {
        return maxPageSize;
    }

    /** Returns the server's clock. */
    public Clock clock() {
        return clock;
    }

    /** Returns the public URL of a path below the base, its segments encoded. */
    public String url(String... segments) {
        HttpUrl.Builder b = base.newBuilder();
        for (String segment : segments) {
            b.addPathSegment(segment);
        }
        return b.build().toString();
    }

    /** Returns the public URL of the versions endpoint. */
    public String versionsUrl() {
        return url("versions");
    }
}
