package io.github.ocpi4j.client.v221;

import io.github.ocpi4j.client.OcpiNegotiationException;
import io.github.ocpi4j.client.internal.Access;
import io.github.ocpi4j.client.internal.Pager;
import io.github.ocpi4j.client.internal.Transport;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The OCPI 2.2.1 modules of a partner, one client per module and interface role. Get it from {@link
 * io.github.ocpi4j.client.Partner#v221()}; a client for an endpoint the partner does not offer fails with {@link
 * OcpiNegotiationException} naming it.
 *
 * <pre>{@code
 * V221 cpo = client.connect(versionsUrl, token).v221();
 * cpo.locationsSender().stream(ListQuery.all()).forEach(...);
 * cpo.commandsReceiver().startSession(startSession);
 * }</pre>
 *
 * <p>Immutable and thread-safe, as are the clients it returns.
 */
public final class V221 {
    private final Transport transport;
    private final Pager pager;
    private final Access access;
    private final BiFunction<String, String, Optional<String>> endpoints;

    /**
     * Creates the view; ocpi4j's {@code Partner} does.
     *
     * @param transport the client's transport
     * @param pager the client's pager
     * @param access how to call the partner
     * @param endpoints the partner's endpoint URL by module and interface role
     */
    public V221(
            Transport transport, Pager pager, Access access, BiFunction<String, String, Optional<String>> endpoints) {
        this.transport = transport;
        this.pager = pager;
        this.access = access;
        this.endpoints = endpoints;
    }

    /** The partner's Locations Sender interface (pull locations). */
    public LocationsSenderClient locationsSender() {
        return new LocationsSenderClient(transport, pager, access, endpoint("locations", "SENDER"));
    }

    /** The partner's Locations Receiver interface (push locations). */
    public LocationsReceiverClient locationsReceiver() {
        return new LocationsReceiverClient(transport, pager, access, endpoint("locations", "RECEIVER"));
    }

    /** The partner's Sessions Sender interface (pull sessions, set charging preferences). */
    public SessionsSenderClient sessionsSender() {
        return new SessionsSenderClient(transport, pager, access, endpoint("sessions", "SENDER"));
    }

    /** The partner's Sessions Receiver interface (push sessions). */
    public SessionsReceiverClient sessionsReceiver() {
        return new SessionsReceiverClient(transport, pager, access, endpoint("sessions", "RECEIVER"));
    }

    /** The partner's CDRs Sender interface (pull CDRs). */
    public CdrsSenderClient cdrsSender() {
        return new CdrsSenderClient(transport, pager, access, endpoint("cdrs", "SENDER"));
    }

    /** The partner's CDRs Receiver interface (post CDRs). */
    public CdrsReceiverClient cdrsReceiver() {
        return new CdrsReceiverClient(transport, pager, access, endpoint("cdrs", "RECEIVER"));
    }

    /** The partner's Tariffs Sender interface (pull tariffs). */
    public TariffsSenderClient tariffsSender() {
        return new TariffsSenderClient(transport, pager, access, endpoint("tariffs", "SENDER"));
    }

    /** The partner's Tariffs Receiver interface (push tariffs). */
    public TariffsReceiverClient tariffsReceiver() {
        return new TariffsReceiverClient(transport, pager, access, endpoint("tariffs", "RECEIVER"));
    }

    /** The partner's Tokens Sender interface (pull tokens, real-time authorization). */
    public TokensSenderClient tokensSender() {
        return new TokensSenderClient(transport, pager, access, endpoint("tokens", "SENDER"));
    }

    /** The partner's Tokens Receiver interface (push tokens). */
    public TokensReceiverClient tokensReceiver() {
        return new TokensReceiverClient(transport, pager, access, endpoint("tokens", "RECEIVER"));
    }

    /** The partner's Commands Receiver interface (send commands). */
    public CommandsReceiverClient commandsReceiver() {
        return new CommandsReceiverClient(transport, pager, access, endpoint("commands", "RECEIVER"));
    }

    /** The partner's Commands Sender interface: the results of its commands, posted to their response URLs. */
    public CommandsSenderClient commandResults() {
        return new CommandsSenderClient(transport, pager, access);
    }

    /** The partner's ChargingProfiles Receiver interface (read, set, clear profiles). */
    public ChargingProfilesReceiverClient chargingProfilesReceiver() {
        return new ChargingProfilesReceiverClient(transport, pager, access, endpoint("chargingprofiles", "RECEIVER"));
    }

    /**
     * The partner's ChargingProfiles Sender interface: results posted to response URLs, and active profiles pushed
     * to its endpoint, if it has one.
     */
    public ChargingProfilesSenderClient chargingProfilesSender() {
        return new ChargingProfilesSenderClient(
                transport,
                pager,
                access,
                endpoints.apply("chargingprofiles", "SENDER").orElse(null));
    }

    /** The partner's HubClientInfo Receiver interface (push connection statuses). */
    public HubClientInfoReceiverClient hubClientInfoReceiver() {
        return new HubClientInfoReceiverClient(transport, pager, access, endpoint("hubclientinfo", "RECEIVER"));
    }

    /** The partner's HubClientInfo Sender interface (pull connection statuses). */
    public HubClientInfoSenderClient hubClientInfoSender() {
        return new HubClientInfoSenderClient(transport, pager, access, endpoint("hubclientinfo", "SENDER"));
    }

    private String endpoint(String module, String role) {
        return endpoints
                .apply(module, role)
                .orElseThrow(() -> new OcpiNegotiationException(
                        "the partner has no " + module + " " + role + " endpoint in OCPI 2.2.1"));
    }
}
