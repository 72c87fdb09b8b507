package io.github.ocpi4j.server.v230;

import io.github.ocpi4j.server.internal.Route;
import io.github.ocpi4j.server.internal.ServerSupport;
import io.github.ocpi4j.server.internal.VersionUrls;
import io.github.ocpi4j.server.internal.VersionWiring;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The OCPI 2.3.0 services a host offers; each one registered becomes an endpoint of the 2.3.0 version details, below
 * {@code {base}/2.3.0/}. Register them when building the server, beside those of 2.2.1 or alone:
 *
 * <pre>{@code
 * OcpiServer server = OcpiServer.builder()
 *         .baseUrl("https://cpo.example.com/ocpi")
 *         .partyStore(parties)
 *         .roles(List.of(ourCpoRole))
 *         .v221(services -> services.locationsSender(locations221).commandsReceiver(commands221))
 *         .v230(services -> services.locationsSender(locations230).commandsReceiver(commands230))
 *         .build();
 * }</pre>
 *
 * <p>Versions and credentials need no service: ocpi4j runs them for every version offered. Not thread-safe while
 * being configured; the server takes what it holds when built.
 */
public final class V230Services {
    static {
        VersionWiring.bind(V230Services.class, new VersionWiring.Wiring<V230Services, V230Urls>() {
            @Override
            public List<Route> routes(V230Services services, ServerSupport support) {
                return services.routes(support);
            }

            @Override
            public V230Urls urls(ServerSupport support) {
                return new V230Urls(new VersionUrls(support, "2.3.0"));
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

    // ---- Payments

    @Nullable
    PaymentsSenderService paymentsSender;

    @Nullable
    PaymentsReceiverService paymentsReceiver;

    // ---- Bookings 1.1

    @Nullable
    BookingsSenderService bookingsSender;

    @Nullable
    BookingsReceiverService bookingsReceiver;

    /** Offers the Bookings Sender interface: BookingLocations, calendars and booking requests (typically a CPO). */
    public V230Services bookingsSender(BookingsSenderService service) {
        this.bookingsSender = service;
        return this;
    }

    /** Offers the Bookings Receiver interface: what a CPO pushes about bookings (typically an eMSP). */
    public V230Services bookingsReceiver(BookingsReceiverService service) {
        this.bookingsReceiver = service;
        return this;
    }

    // ----

    /** Creates an empty registry; {@code OcpiServer.Builder#v230} hands one to its configurer. */
    public V230Services() {}

    /** Offers the Locations Sender interface (typically a CPO). */
    public V230Services locationsSender(LocationsSenderService service) {
        this.locationsSender = service;
        return this;
    }

    /** Offers the Locations Receiver interface (typically an eMSP). */
    public V230Services locationsReceiver(LocationsReceiverService service) {
        this.locationsReceiver = service;
        return this;
    }

    /** Offers the Sessions Sender interface (typically a CPO). */
    public V230Services sessionsSender(SessionsSenderService service) {
        this.sessionsSender = service;
        return this;
    }

    /** Offers the Sessions Receiver interface (typically an eMSP). */
    public V230Services sessionsReceiver(SessionsReceiverService service) {
        this.sessionsReceiver = service;
        return this;
    }

    /** Offers the CDRs Sender interface (typically a CPO). */
    public V230Services cdrsSender(CdrsSenderService service) {
        this.cdrsSender = service;
        return this;
    }

    /** Offers the CDRs Receiver interface (typically an eMSP). */
    public V230Services cdrsReceiver(CdrsReceiverService service) {
        this.cdrsReceiver = service;
        return this;
    }

    /** Offers the Tariffs Sender interface (typically a CPO). */
    public V230Services tariffsSender(TariffsSenderService service) {
        this.tariffsSender = service;
        return this;
    }

    /** Offers the Tariffs Receiver interface (typically an eMSP). */
    public V230Services tariffsReceiver(TariffsReceiverService service) {
        this.tariffsReceiver = service;
        return this;
    }

    /** Offers the Tokens Sender interface, with real-time authorization (typically an eMSP). */
    public V230Services tokensSender(TokensSenderService service) {
        this.tokensSender = service;
        return this;
    }

    /** Offers the Tokens Receiver interface (typically a CPO). */
    public V230Services tokensReceiver(TokensReceiverService service) {
        this.tokensReceiver = service;
        return this;
    }

    /** Offers the Commands Receiver interface (typically a CPO). */
    public V230Services commandsReceiver(CommandsReceiverService service) {
        this.commandsReceiver = service;
        return this;
    }

    /** Offers the Commands Sender interface: results of this side's commands (typically an eMSP). */
    public V230Services commandsSender(CommandsSenderService service) {
        this.commandsSender = service;
        return this;
    }

    /** Offers the ChargingProfiles Receiver interface (typically a CPO). */
    public V230Services chargingProfilesReceiver(ChargingProfilesReceiverService service) {
        this.chargingProfilesReceiver = service;
        return this;
    }

    /** Offers the ChargingProfiles Sender interface (typically a smart charging provider or eMSP). */
    public V230Services chargingProfilesSender(ChargingProfilesSenderService service) {
        this.chargingProfilesSender = service;
        return this;
    }

    /** Offers the HubClientInfo Receiver interface (parties connected to a hub). */
    public V230Services hubClientInfoReceiver(HubClientInfoReceiverService service) {
        this.hubClientInfoReceiver = service;
        return this;
    }

    /** Offers the HubClientInfo Sender interface (a hub). */
    public V230Services hubClientInfoSender(HubClientInfoSenderService service) {
        this.hubClientInfoSender = service;
        return this;
    }

    // ---- Payments

    /** Offers the Payments Sender interface: terminals and confirmations (a Payment Terminal Provider). */
    public V230Services paymentsSender(PaymentsSenderService service) {
        this.paymentsSender = service;
        return this;
    }

    /** Offers the Payments Receiver interface: terminals and confirmations a PTP posts (typically a CPO). */
    public V230Services paymentsReceiver(PaymentsReceiverService service) {
        this.paymentsReceiver = service;
        return this;
    }

    /**
     * Returns the routes of OCPI 2.3.0 for the registered services, below {@code 2.3.0/} of the server's base. Used
     * by {@code OcpiServer} through {@link VersionWiring}; not for hosts.
     *
     * @param support what the routes need from the server
     * @return the routes
     */
    List<Route> routes(ServerSupport support) {
        return V230Routes.routes(this, support);
    }
}
