package io.github.ocpi4j.client;

import io.github.ocpi4j.client.internal.Access;
import io.github.ocpi4j.client.internal.Connection;
import io.github.ocpi4j.client.internal.Pager;
import io.github.ocpi4j.client.internal.Transport;
import io.github.ocpi4j.client.v221.V221;
import io.github.ocpi4j.client.v230.V230;
import java.util.List;
import java.util.Optional;

/**
 * A connection to one partner: the version both sides agreed on, the partner's endpoints of it and the token to
 * call it with. Get one from {@link OcpiClient#connect(String, String)} or {@link OcpiClient#partner(Party)}; the
 * modules are in the view of the agreed version, {@link #v230()} or {@link #v221()}, which {@link #version()} names.
 *
 * <pre>{@code
 * Partner cpo = client.connect(versionsUrl, token);
 * if (cpo.version().equals("2.3.0")) {
 *     cpo.v230().tariffsSender().stream(ListQuery.all()).forEach(this::store);
 * } else {
 *     cpo.v221().tariffsSender().stream(ListQuery.all()).forEach(this::storeV221);
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Partner {
    static {
        Connection.bind(partner ->
                new Connection(partner.transport, partner.pager, partner.access, partner.version, partner::endpoint));
    }

    private final Transport transport;
    private final Pager pager;
    private final String versionsUrl;
    private final String version;
    private final List<PartyEndpoint> endpoints;
    private final Access access;

    Partner(
            Transport transport,
            Pager pager,
            String versionsUrl,
            String version,
            List<PartyEndpoint> endpoints,
            Access access) {
        this.transport = transport;
        this.pager = pager;
        this.versionsUrl = versionsUrl;
        this.version = version;
        this.endpoints = List.copyOf(endpoints);
        this.access = access;
    }

    /** Returns the partner's versions endpoint. */
    public String versionsUrl() {
        return versionsUrl;
    }

    /**
     * Returns the OCPI version agreed with the partner, {@code 2.3.0} or {@code 2.2.1}: the highest both sides speak
     * (up to the client's {@link OcpiClient.Builder#maxVersion maxVersion}), or the version of a stored {@link
     * Party}.
     */
    public String version() {
        return version;
    }

    /** Returns the partner's endpoints for that version. */
    public List<PartyEndpoint> endpoints() {
        return endpoints;
    }

    /** Returns the URL of the partner's endpoint for a module and interface role ({@code SENDER}/{@code RECEIVER}). */
    public Optional<String> endpoint(String module, String role) {
        return endpoints.stream()
                .filter(e -> e.module().equals(module) && e.role().equalsIgnoreCase(role))
                .map(PartyEndpoint::url)
                .findFirst();
    }

    /** Returns whether the partner has an endpoint for a module and interface role. */
    public boolean hasEndpoint(String module, String role) {
        return endpoint(module, role).isPresent();
    }

    /**
     * Returns this partner with options every call falls back on, such as the routing headers of a partner behind
     * a hub. Options left unset here keep the value this partner had, from {@link OcpiClient#connect(String, String,
     * boolean, CallOptions) connect} or an earlier call of this method.
     */
    public Partner withDefaults(CallOptions defaults) {
        return new Partner(
                transport,
                pager,
                versionsUrl,
                version,
                endpoints,
                new Access(access.token(), access.plainToken(), defaults.orElse(access.defaults())));
    }

    /**
     * Returns the OCPI 2.3.0 modules of this partner.
     *
     * @throws IllegalStateException naming the agreed version, if it is not 2.3.0
     */
    public V230 v230() {
        return new V230(this);
    }

    /**
     * Returns the OCPI 2.2.1 modules of this partner.
     *
     * @throws IllegalStateException naming the agreed version, if it is not 2.2.1
     */
    public V221 v221() {
        return new V221(this);
    }

    @Override
    public String toString() {
        return "Partner[" + versionsUrl + ", " + version + ", " + endpoints.size() + " endpoints]";
    }
}
