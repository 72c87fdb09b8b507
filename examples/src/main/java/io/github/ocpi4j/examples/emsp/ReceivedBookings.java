package io.github.ocpi4j.examples.emsp;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.v230.bookings.Booking;
import io.github.ocpi4j.model.v230.bookings.BookingLocation;
import io.github.ocpi4j.server.RequestContext;
import io.github.ocpi4j.server.Stored;
import io.github.ocpi4j.server.v230.BookingsReceiverService;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The eMSP's Bookings 1.1 Receiver interface ({@code [[mod_bookings_emsp_interface]]}), OCPI 2.3.0 only: it keeps in
 * memory what CPOs push, BookingLocations (with their calendars) and the bookings of its drivers, as they are now.
 * ocpi4j has checked each push (the CPO's own, and a booking a legal next state of the one kept). Thread-safe.
 */
final class ReceivedBookings implements BookingsReceiverService {
    private final Map<String, BookingLocation> locations = new ConcurrentHashMap<>();
    private final Map<String, Booking> bookings = new ConcurrentHashMap<>();

    @Override
    public Optional<BookingLocation> bookingLocation(
            RequestContext ctx, CiString countryCode, CiString partyId, CiString bookingLocationId) {
        return Optional.ofNullable(locations.get(key(countryCode, partyId, bookingLocationId)));
    }

    @Override
    public Stored putBookingLocation(RequestContext ctx, BookingLocation location) {
        return locations.put(key(location.countryCode(), location.partyId(), location.id()), location) == null
                ? Stored.CREATED
                : Stored.UPDATED;
    }

    @Override
    public Optional<Booking> booking(RequestContext ctx, CiString countryCode, CiString partyId, CiString bookingId) {
        return Optional.ofNullable(bookings.get(key(countryCode, partyId, bookingId)));
    }

    @Override
    public Stored putBooking(RequestContext ctx, Booking booking) {
        return bookings.put(key(booking.countryCode(), booking.partyId(), booking.id()), booking) == null
                ? Stored.CREATED
                : Stored.UPDATED;
    }

    /** The bookings CPOs pushed, as they are now, in no particular order. */
    List<Booking> bookings() {
        return List.copyOf(bookings.values());
    }

    private static String key(CiString countryCode, CiString partyId, CiString id) {
        return (countryCode + "/" + partyId + "/" + id).toUpperCase(Locale.ROOT);
    }
}
