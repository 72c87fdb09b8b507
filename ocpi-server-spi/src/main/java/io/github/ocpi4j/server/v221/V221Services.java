package io.github.ocpi4j.server.v221;

import io.github.ocpi4j.server.internal.Route;
import io.github.ocpi4j.server.internal.ServerSupport;
import io.github.ocpi4j.server.internal.VersionUrls;
import io.github.ocpi4j.server.internal.VersionWiring;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The OCPI 2.2.1 services a host offers; each one registered becomes an endpoint in the version details. Register
 * them when building the server:
 *
 * <pre>{@code
 * OcpiServer server = OcpiServer.builder()
 *         .baseUrl("https://cpo.example.com/ocpi")
 *         .partyStore(parties)
 *         .roles(List.of(ourCpoRole))
 *         .v221(services -> services
 *                 .locationsSender(locations)
 *                 .tariffsSender(tariffs)
 *                 .tokensReceiver(tokens)
 *                 .commandsReceiver(commands))
 *         .build();
 * }</pre>
 *
 * <p>Versions and credentials need no service: ocpi4j runs them. Not thread-safe while being configured; the
 * server takes what it holds when built.
 */
public final class V221Services {
    static {
        VersionWiring.bind(V221Services.class, new VersionWiring.Wiring<V221Services, V221Urls>() {
            @Override
            public List<Route> routes(V221Services services, ServerSupport support) {
                return services.routes(support);
            }

            @Override
            public V221Urls urls(ServerSupport support) {
                return new V221Urls(new VersionUrls(support, "2.2.1"));
            }
        });
    }

    @Nullable
    LocationsSenderService locationsSender;

    @Nullable
    LocationsReceiverService locationsReceiver;

    @Nullable
    SessionsSenderService sessionsSender;

    @Nullable
    SessionsReceiverService sessionsReceiver;

    @Nullable
    CdrsSenderService cdrsSender;

    @Nullable
    CdrsReceiverService cdrsReceiver;

    @Nullable
    TariffsSenderService tariffsSender;

    @Nullable
    TariffsReceiverService tariffsReceiver;

    @Nullable
    TokensSenderService tokensSender;

    @Nullable
    TokensReceiverService tokensReceiver;

    @Nullable
    CommandsReceiverService commandsReceiver;

    @Nullable
    CommandsSenderService commandsSender;

    @Nullable
    ChargingProfilesReceiverService chargingProfilesReceiver;

    @Nullable
    ChargingProfilesSenderService chargingProfilesSender;

    @Nullable
    HubClientInfoReceiverService hubClientInfoReceiver;

    @Nullable
    HubClientInfoSenderService hubClientInfoSender;

    /** Creates an empty registry; {@code OcpiServer.Builder#v221} hands one to its configurer. */
    public V221Services() {}

    /** Offers the Locations Sender interface (typically a CPO). */
    public V221Services locationsSender(LocationsSenderService service) {
        this.locationsSender = service;
        return this;
    }

    /** Offers the Locations Receiver interface (typically an eMSP). */
    public V221Services locationsReceiver(LocationsReceiverService service) {
        this.locationsReceiver = service;
        return this;
    }

    /** Offers the Sessions Sender interface (typically a CPO). */
    public V221Services sessionsSender(SessionsSenderService service) {
        this.sessionsSender = service;
        return this;
    }

    /** Offers the Sessions Receiver interface (typically an eMSP). */
    public V221Services sessionsReceiver(SessionsReceiverService service) {
        this.sessionsReceiver = service;
        return this;
    }

    /** Offers the CDRs Sender interface (typically a CPO). */
    public V221Services cdrsSender(CdrsSenderService service) {
        this.cdrsSender = service;
        return this;
    }

    /** Offers the CDRs Receiver interface (typically an eMSP). */
    public V221Services cdrsReceiver(CdrsReceiverService service) {
        this.cdrsReceiver = service;
        return this;
    }

    /** Offers the Tariffs Sender interface (typically a CPO). */
    public V221Services tariffsSender(TariffsSenderService service) {
        this.tariffsSender = service;
        return this;
    }

    /** Offers the Tariffs Receiver interface (typically an eMSP). */
    public V221Services tariffsReceiver(TariffsReceiverService service) {
        this.tariffsReceiver = service;
        return this;
    }

    /** Offers the Tokens Sender interface, with real-time authorization (typically an eMSP). */
    public V221Services tokensSender(TokensSenderService service) {
        this.tokensSender = service;
        return this;
    }

    /** Offers the Tokens Receiver interface (typically a CPO). */
    public V221Services tokensReceiver(TokensReceiverService service) {
        this.tokensReceiver = service;
        return this;
    }

    /** Offers the Commands Receiver interface (typically a CPO). */
    public V221Services commandsReceiver(CommandsReceiverService service) {
        this.commandsReceiver = service;
        return this;
    }

    /** Offers the Commands Sender interface: results of this side's commands (typically an eMSP). */
    public V221Services commandsSender(CommandsSenderService service) {
        this.commandsSender = service;
        return this;
    }

    /** Offers the ChargingProfiles Receiver interface (typically a CPO). */
    public V221Services chargingProfilesReceiver(ChargingProfilesReceiverService service) {
        this.chargingProfilesReceiver = service;
        return this;
    }

    /** Offers the ChargingProfiles Sender interface (typically a smart charging provider or eMSP). */
    public V221Services chargingProfilesSender(ChargingProfilesSenderService service) {
        this.chargingProfilesSender = service;
        return this;
    }

    /** Offers the HubClientInfo Receiver interface (parties connected to a hub). */
    public V221Services hubClientInfoReceiver(HubClientInfoReceiverService service) {
        this.hubClientInfoReceiver = service;
        return this;
    }

    /** Offers the HubClientInfo Sender interface (a hub). */
    public V221Services hubClientInfoSender(HubClientInfoSenderService service) {
        this.hubClientInfoSender = service;
        return this;
    }

    /**
     * Returns the routes of OCPI 2.2.1 for the registered services, below {@code 2.2.1/} of the server's base. Used
     * by {@code OcpiServer} through {@link VersionWiring}; not for hosts.
     *
     * @param support what the routes need from the server
     * @return the routes
     */
    List<Route> routes(ServerSupport support) {
        return V221Routes.routes(this, support);
    }
}
