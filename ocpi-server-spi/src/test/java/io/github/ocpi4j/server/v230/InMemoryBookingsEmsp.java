package io.github.ocpi4j.server.v230;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.v230.bookings.Booking;
import io.github.ocpi4j.model.v230.bookings.BookingLocation;
import io.github.ocpi4j.server.RequestContext;
import io.github.ocpi4j.server.Stored;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The Bookings Receiver of an eMSP in memory: what CPOs pushed, by {@code country/party/id}. */
final class InMemoryBookingsEmsp implements BookingsReceiverService {
    final Map<String, BookingLocation> locations = new ConcurrentHashMap<>();
    final Map<String, Booking> bookings = new ConcurrentHashMap<>();

    private static String key(CiString countryCode, CiString partyId, CiString id) {
        return countryCode.value() + "/" + partyId.value() + "/" + id.value();
    }

    @Override
    public Optional<BookingLocation> bookingLocation(
            RequestContext ctx, CiString countryCode, CiString partyId, CiString bookingLocationId) {
        return Optional.ofNullable(locations.get(key(countryCode, partyId, bookingLocationId)));
    }

    @Override
    public Stored putBookingLocation(RequestContext ctx, BookingLocation location) {
        BookingLocation old = locations.put(key(location.countryCode(), location.partyId(), location.id()), location);
        return old == null ? Stored.CREATED : Stored.UPDATED;
    }

    /** Keeps a booking as if its CPO had pushed it. */
    void keep(Booking booking) {
        bookings.put(key(booking.countryCode(), booking.partyId(), booking.id()), booking);
    }

    @Override
    public Optional<Booking> booking(RequestContext ctx, CiString countryCode, CiString partyId, CiString bookingId) {
        return Optional.ofNullable(bookings.get(key(countryCode, partyId, bookingId)));
    }

    @Override
    public Stored putBooking(RequestContext ctx, Booking booking) {
        Booking old = bookings.put(key(booking.countryCode(), booking.partyId(), booking.id()), booking);
        return old == null ? Stored.CREATED : Stored.UPDATED;
    }
}
