package io.github.ocpi4j.server.internal;

import io.github.ocpi4j.client.PartyEndpoint;
import io.github.ocpi4j.client.PartyRole;
import io.github.ocpi4j.client.PartyStore;
import io.github.ocpi4j.model.v221.credentials.CredentialsRole;
import io.github.ocpi4j.server.ServerListener;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the routes of a version need from the server: its public URLs, the party store, the call back to registering
 * parties and the rules of registration, this side's roles, the endpoints it requires of partners, the paging limit
 * and the host's listener. The base URL is parsed once, here, not on every URL built from it. Immutable.
 */
public final class ServerSupport {
    private static final Logger LOG = LoggerFactory.getLogger("io.github.ocpi4j.server");

    private final Urls.Base base;
    private final PartyStore partyStore;
    private final CallBack callBack;
    private final List<CredentialsRole> roles;
    private final @Nullable List<io.github.ocpi4j.model.v230.credentials.CredentialsRole> v230Roles;
    private final List<PartyEndpoint> requiredEndpoints;
    private final int maxPageSize;
    private final Clock clock;
    private final Registrations registrations;
    private final ServerListener listener;

    /**
     * Creates the support.
     *
     * @param base the public URL below which the server answers, such as {@code https://cpo.example.com/ocpi}
     * @param partyStore the parties
     * @param callBack the calls back to registering parties
     * @param roles this side's roles that OCPI 2.2.1 can express, for its 2.2.1 credentials
     * @param v230Roles this side's roles as its 2.3.0 credentials give them, or null to derive them from {@code roles}
     * @param requiredEndpoints the endpoints a registering party must offer ({@code module}, {@code role}, any url)
     * @param maxPageSize the most objects on one page
     * @param clock the server's clock, for rules that depend on the time of a request
     * @param listener the host's listener
     */
    public ServerSupport(
            Urls.Base base,
            PartyStore partyStore,
            CallBack callBack,
            List<CredentialsRole> roles,
            @Nullable List<io.github.ocpi4j.model.v230.credentials.CredentialsRole> v230Roles,
            List<PartyEndpoint> requiredEndpoints,
            int maxPageSize,
            Clock clock,
            ServerListener listener) {
        this.base = base;
        this.partyStore = partyStore;
        this.callBack = callBack;
        this.roles = List.copyOf(roles);
        this.v230Roles = v230Roles == null ? null : List.copyOf(v230Roles);
        this.requiredEndpoints = List.copyOf(requiredEndpoints);
        this.maxPageSize = maxPageSize;
        this.clock = clock;
        this.registrations = new Registrations(
                partyStore,
                v230Roles == null
                        ? roles.stream().map(Registrations::role).toList()
                        : v230Roles.stream()
                                .map(r -> new PartyRole(r.role().name(), r.countryCode(), r.partyId()))
                                .toList());
        this.listener = listener;
    }

    /**
     * Returns the scheme, host and port of the base URL, to which request paths are appended: {@code
     * https://cpo.example.com} of {@code https://cpo.example.com/ocpi}.
     */
    public String origin() {
        return base.origin();
    }

    /** Returns the party store. */
    public PartyStore partyStore() {
        return partyStore;
    }

    /** Returns the calls back to registering parties. */
    public CallBack callBack() {
        return callBack;
    }

    /** Returns this side's roles that OCPI 2.2.1 can express, for its 2.2.1 credentials. */
    public List<CredentialsRole> roles() {
        return roles;
    }

    /**
     * Returns this side's roles as its 2.3.0 credentials give them, when the host stated them in 2.3.0 terms; empty
     * when they come from the 2.2.1 roles.
     */
    public java.util.Optional<List<io.github.ocpi4j.model.v230.credentials.CredentialsRole>> v230Roles() {
        return java.util.Optional.ofNullable(v230Roles);
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

    /**
     * Tells the host's listener something; what the listener throws is logged and goes no further, so that it never
     * changes an answer.
     */
    public void tell(Consumer<ServerListener> event) {
        try {
            event.accept(listener);
        } catch (RuntimeException e) {
            LOG.warn("the server's listener failed", e);
        }
    }

    /** Returns the public URL of a path below the base, its segments encoded. */
    public String url(String... segments) {
        return base.url(segments);
    }

    /** Returns the public URL of the versions endpoint. */
    public String versionsUrl() {
        return url("versions");
    }
}
