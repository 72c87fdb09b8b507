package io.github.ocpi4j.client.v230;

import io.github.ocpi4j.client.internal.ModuleCalls;
import io.github.ocpi4j.model.v230.bookings.Booking;
import io.github.ocpi4j.model.v230.bookings.BookingLocation;
import io.github.ocpi4j.model.v230.bookings.BookingLocationPatch;
import io.github.ocpi4j.model.v230.bookings.BookingPatch;
import io.github.ocpi4j.model.v230.bookings.Calendar;
import io.github.ocpi4j.model.v230.bookings.CalendarPatch;
import java.util.Optional;

/**
 * The partner's Bookings 1.1 Receiver interface, typically an eMSP's ({@code [[mod_bookings_emsp_interface]]}): this
 * side, a CPO, pushes its BookingLocations, their calendars and the bookings of the partner's drivers, whole (PUT) or
 * in part (PATCH), under its own country code and party id; for a whole object they are taken from it.
 *
 * <pre>{@code
 * BookingsReceiverClient emsp = partner.v230().bookingsReceiver();
 * emsp.putBookingLocation(bookingLocation);
 * emsp.patchCalendar("NL", "CPO", "BL1", "C1", CalendarPatch.builder().availableTimeslots(free).lastUpdated(now).build());
 * emsp.patchBooking("NL", "CPO", "B1", BookingPatch.builder().reservationStatus(RESERVED).lastUpdated(now).build());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class BookingsReceiverClient {
    private static final String LOCATIONS = "booking_locations";

    private final ModuleCalls calls;

    BookingsReceiverClient(ModuleCalls calls) {
        this.calls = calls;
    }

    /** Returns a BookingLocation as the partner stored it. */
    public Optional<BookingLocation> bookingLocation(String countryCode, String partyId, String bookingLocationId) {
        return calls.find(calls.url(countryCode, partyId, LOCATIONS, bookingLocationId), BookingLocation.class);
    }

    /** Pushes a new or replaced BookingLocation, to the URL of its country code, party id and id. */
    public void putBookingLocation(BookingLocation location) {
        BookingLocation checked = calls.valid(location);
        calls.send("PUT", calls.url(checked.countryCode(), checked.partyId(), LOCATIONS, checked.id()), checked, true);
    }

    /** Pushes changes of a BookingLocation, such as its terms. */
    public void patchBookingLocation(
            String countryCode, String partyId, String bookingLocationId, BookingLocationPatch patch) {
        calls.send("PATCH", calls.url(countryCode, partyId, LOCATIONS, bookingLocationId), calls.valid(patch), false);
    }

    /** Returns a calendar of a BookingLocation as the partner stored it. */
    public Optional<Calendar> calendar(
            String countryCode, String partyId, String bookingLocationId, String calendarId) {
        return calls.find(calls.url(countryCode, partyId, LOCATIONS, bookingLocationId, calendarId), Calendar.class);
    }

    /** Pushes a new or replaced calendar of a BookingLocation. */
    public void putCalendar(String countryCode, String partyId, String bookingLocationId, Calendar calendar) {
        calls.send(
                "PUT",
                calls.url(
                        countryCode,
                        partyId,
                        LOCATIONS,
                        bookingLocationId,
                        calls.valid(calendar).id()),
                calendar,
                true);
    }

    /** Pushes changes of a calendar, such as its free timeslots. */
    public void patchCalendar(
            String countryCode, String partyId, String bookingLocationId, String calendarId, CalendarPatch patch) {
        calls.send(
                "PATCH",
                calls.url(countryCode, partyId, LOCATIONS, bookingLocationId, calendarId),
                calls.valid(patch),
                false);
    }

    /** Returns a booking as the partner stored it, by this side's {@code id} of it. */
    public Optional<Booking> booking(String countryCode, String partyId, String bookingId) {
        return calls.find(calls.url(countryCode, partyId, bookingId), Booking.class);
    }

    /** Pushes a new or replaced booking, to the URL of its country code, party id and id. */
    public void putBooking(Booking booking) {
        Booking checked = calls.valid(booking);
        calls.send("PUT", calls.url(checked.countryCode(), checked.partyId(), checked.id()), checked, true);
    }

    /** Pushes changes of a booking, such as its status or the answer to a request. */
    public void patchBooking(String countryCode, String partyId, String bookingId, BookingPatch patch) {
        calls.send("PATCH", calls.url(countryCode, partyId, bookingId), calls.valid(patch), false);
    }
}
