package io.github.ocpi4j.server.internal;

import io.github.ocpi4j.client.PartyEndpoint;
import io.github.ocpi4j.client.PartyStore;
import io.github.ocpi4j.model.v221.credentials.CredentialsRole;
import io.github.ocpi4j.server.ServerListener;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
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
     * @param roles this side's roles, for its credentials
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
            List<PartyEndpoint> requiredEndpoints,
            int maxPageSize,
            Clock clock,
            ServerListener listener) {
        this.base = base;
        this.partyStore = partyStore;
        this.callBack = callBack;
        this.roles = List.copyOf(roles);
        this.requiredEndpoints = List.copyOf(requiredEndpoints);
        this.maxPageSize = maxPageSize;
        this.clock = clock;
        this.registrations = new Registrations(partyStore, roles);
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
