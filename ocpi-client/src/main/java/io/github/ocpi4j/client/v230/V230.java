package io.github.ocpi4j.client.v230;

import io.github.ocpi4j.client.OcpiNegotiationException;
import io.github.ocpi4j.client.Partner;
import io.github.ocpi4j.client.internal.Connection;

/**
 * The OCPI 2.3.0 modules of a partner, one client per module and interface role. Get it from {@link
 * Partner#v230()}; a client for an endpoint the partner does not offer fails with {@link OcpiNegotiationException}
 * naming it.
 *
 * <pre>{@code
 * V230 cpo = client.connect(versionsUrl, token).v230();
 * cpo.locationsSender().stream(ListQuery.all()).forEach(...);
 * cpo.commandsReceiver().startSession(startSession);
 * }</pre>
 *
 * <p>Immutable and thread-safe, as are the clients it returns.
 */
public final class V230 {
    private final Connection connection;

    /**
     * Creates the view of a partner that agreed on OCPI 2.3.0; the same as {@link Partner#v230()}.
     *
     * @throws IllegalStateException naming the agreed version, if it is not 2.3.0
     */
    public V230(Partner partner) {
        this.connection = Connection.of(partner, "2.3.0");
    }

    /** The partner's Locations Sender interface (pull locations). */
    public LocationsSenderClient locationsSender() {
        return new LocationsSenderClient(connection.module("locations", "SENDER"));
    }

    /** The partner's Locations Receiver interface (push locations). */
    public LocationsReceiverClient locationsReceiver() {
        return new LocationsReceiverClient(connection.module("locations", "RECEIVER"));
    }

    /** The partner's Sessions Sender interface (pull sessions, set charging preferences). */
    public SessionsSenderClient sessionsSender() {
        return new SessionsSenderClient(connection.module("sessions", "SENDER"));
    }

    /** The partner's Sessions Receiver interface (push sessions). */
    public SessionsReceiverClient sessionsReceiver() {
        return new SessionsReceiverClient(connection.module("sessions", "RECEIVER"));
    }

    /** The partner's CDRs Sender interface (pull CDRs). */
    public CdrsSenderClient cdrsSender() {
        return new CdrsSenderClient(connection.module("cdrs", "SENDER"));
    }

    /** The partner's CDRs Receiver interface (post CDRs). */
    public CdrsReceiverClient cdrsReceiver() {
        return new CdrsReceiverClient(connection.module("cdrs", "RECEIVER"));
    }

    /** The partner's Tariffs Sender interface (pull tariffs). */
    public TariffsSenderClient tariffsSender() {
        return new TariffsSenderClient(connection.module("tariffs", "SENDER"));
    }

    /** The partner's Tariffs Receiver interface (push tariffs). */
    public TariffsReceiverClient tariffsReceiver() {
        return new TariffsReceiverClient(connection.module("tariffs", "RECEIVER"));
    }

    /** The partner's Tokens Sender interface (pull tokens, real-time authorization). */
    public TokensSenderClient tokensSender() {
        return new TokensSenderClient(connection.module("tokens", "SENDER"));
    }

    /** The partner's Tokens Receiver interface (push tokens). */
    public TokensReceiverClient tokensReceiver() {
        return new TokensReceiverClient(connection.module("tokens", "RECEIVER"));
    }

    /** The partner's Commands Receiver interface (send commands). */
    public CommandsReceiverClient commandsReceiver() {
        return new CommandsReceiverClient(connection.module("commands", "RECEIVER"));
    }

    /** The partner's Commands Sender interface: the results of its commands, posted to their response URLs. */
    public CommandsSenderClient commandResults() {
        return new CommandsSenderClient(connection.optionalModule("commands", "SENDER"));
    }

    /** The partner's ChargingProfiles Receiver interface (read, set, clear profiles). */
    public ChargingProfilesReceiverClient chargingProfilesReceiver() {
        return new ChargingProfilesReceiverClient(connection.module("chargingprofiles", "RECEIVER"));
    }

    /**
     * The partner's ChargingProfiles Sender interface: results posted to response URLs, and active profiles pushed
     * to its endpoint, if it has one.
     */
    public ChargingProfilesSenderClient chargingProfilesSender() {
        return new ChargingProfilesSenderClient(connection.optionalModule("chargingprofiles", "SENDER"));
    }

    /** The partner's HubClientInfo Receiver interface (push connection statuses). */
    public HubClientInfoReceiverClient hubClientInfoReceiver() {
        return new HubClientInfoReceiverClient(connection.module("hubclientinfo", "RECEIVER"));
    }

    /** The partner's HubClientInfo Sender interface (pull connection statuses). */
    public HubClientInfoSenderClient hubClientInfoSender() {
        return new HubClientInfoSenderClient(connection.module("hubclientinfo", "SENDER"));
    }

    // ---- Payments

    /** The partner's Payments Sender interface, a PTP's (its terminals and confirmations; this side a CPO). */
    public PaymentsSenderClient paymentsSender() {
        return new PaymentsSenderClient(connection.module("payments", "SENDER"));
    }

    /** The partner's Payments Receiver interface, a CPO's (post terminals and confirmations; this side a PTP). */
    public PaymentsReceiverClient paymentsReceiver() {
        return new PaymentsReceiverClient(connection.module("payments", "RECEIVER"));
    }

    // ---- Bookings 1.1

    /**
     * The partner's Bookings Sender interface (search BookingLocations, read calendars, request, change and cancel
     * bookings, list them).
     */
    public BookingsSenderClient bookingsSender() {
        return new BookingsSenderClient(connection.module("bookings", "SENDER"));
    }

    /** The partner's Bookings Receiver interface (push BookingLocations, calendars and bookings). */
    public BookingsReceiverClient bookingsReceiver() {
        return new BookingsReceiverClient(connection.module("bookings", "RECEIVER"));
    }
}
