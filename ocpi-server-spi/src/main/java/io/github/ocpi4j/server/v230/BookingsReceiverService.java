package io.github.ocpi4j.server.v230;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.v230.bookings.Booking;
import io.github.ocpi4j.model.v230.bookings.BookingLocation;
import io.github.ocpi4j.model.v230.bookings.BookingLocationPatch;
import io.github.ocpi4j.model.v230.bookings.Calendar;
import io.github.ocpi4j.model.v230.bookings.CalendarPatch;
import io.github.ocpi4j.server.RequestContext;
import io.github.ocpi4j.server.Stored;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Bookings 1.1 Receiver interface, typically an eMSP's ({@code [[mod_bookings_emsp_interface]]}): a CPO pushes
 * its BookingLocations, their calendars and the bookings of this eMSP's drivers, under {@code
 * {country_code}/{party_id}} of the CPO. A host stores three things (BookingLocations, bookings, and reads them
 * back); calendars are kept inside their BookingLocation by the default methods.
 *
 * <p>What ocpi4j checks before the host sees a push: the URL's country code and party id are the requesting party's
 * (HTTP 404 otherwise, as for an unknown object), the ids a body gives are the URL's (2001 otherwise), and a booking
 * pushed over one this side holds is a legal next state of it ({@link
 * io.github.ocpi4j.model.v230.bookings.BookingLifecycle#checkUpdate}: a booking that ended never changes, the status
 * makes a legal move, a request is answered once; 2000 with each broken rule otherwise). A PATCH of a booking is
 * applied by ocpi4j to the stored one, checked the same way, and handed to {@link #putBooking}.
 *
 * <p>The server calls it from the threads that serve requests, for concurrent requests concurrently: an
 * implementation must be thread-safe.
 */
public interface BookingsReceiverService {

    /** Returns a BookingLocation as this side stored it, or empty (HTTP 404). */
    Optional<BookingLocation> bookingLocation(
            RequestContext ctx, CiString countryCode, CiString partyId, CiString bookingLocationId);

    /** Stores a new or replaced BookingLocation. */
    Stored putBookingLocation(RequestContext ctx, BookingLocation location);

    /**
     * Applies a PATCH to a known BookingLocation ({@code [[mod_bookings_booking_location_patch_method]]}); by default
     * by putting the patched one.
     *
     * @return whether it was known (otherwise HTTP 404)
     */
    default boolean patchBookingLocation(
            RequestContext ctx,
            CiString countryCode,
            CiString partyId,
            CiString bookingLocationId,
            BookingLocationPatch patch) {
        return bookingLocation(ctx, countryCode, partyId, bookingLocationId)
                .map(location -> {
                    putBookingLocation(ctx, patch.applyTo(location));
                    return true;
                })
                .orElse(false);
    }

    /** Returns a calendar of a stored BookingLocation, or empty (HTTP 404); by default the one of that id in it. */
    default Optional<Calendar> calendar(
            RequestContext ctx,
            CiString countryCode,
            CiString partyId,
            CiString bookingLocationId,
            CiString calendarId) {
        return bookingLocation(ctx, countryCode, partyId, bookingLocationId)
                .flatMap(location -> location.calendars().stream()
                        .filter(calendar -> calendar.id().equals(calendarId))
                        .findFirst());
    }

    /**
     * Stores a new or replaced calendar of a known BookingLocation; by default by putting the BookingLocation with the
     * calendar in place of the one of its id (or added), and the calendar's {@code last_updated} as its own.
     *
     * @return what was done, or empty when the BookingLocation is unknown (HTTP 404)
     */
    default Optional<Stored> putCalendar(
            RequestContext ctx, CiString countryCode, CiString partyId, CiString bookingLocationId, Calendar calendar) {
        return bookingLocation(ctx, countryCode, partyId, bookingLocationId).map(location -> {
            List<Calendar> calendars = new ArrayList<>(location.calendars());
            boolean replaced = calendars.removeIf(c -> c.id().equals(calendar.id()));
            calendars.add(calendar);
            putBookingLocation(
                    ctx,
                    location.toBuilder()
                            .calendars(calendars)
                            .lastUpdated(calendar.lastUpdated())
                            .build());
            return replaced ? Stored.UPDATED : Stored.CREATED;
        });
    }

    /**
     * Applies a PATCH to a known calendar; by default by putting its BookingLocation with the patched calendar, and
     * the PATCH's {@code last_updated} as the BookingLocation's too, as the module asks ({@code
     * [[mod_bookings_booking_location_patch_method]]}).
     *
     * @return whether the calendar was known (otherwise HTTP 404)
     */
    default boolean patchCalendar(
            RequestContext ctx,
            CiString countryCode,
            CiString partyId,
            CiString bookingLocationId,
            CiString calendarId,
            CalendarPatch patch) {
        return bookingLocation(ctx, countryCode, partyId, bookingLocationId)
                .filter(location -> location.calendars().stream().anyMatch(c -> c.id().equals(calendarId)))
                .map(location -> {
                    List<Calendar> calendars = location.calendars().stream()
                            .map(c -> c.id().equals(calendarId) ? patch.applyTo(c) : c)
                            .toList();
                    putBookingLocation(
                            ctx,
                            location.toBuilder()
                                    .calendars(calendars)
                                    .lastUpdated(patch.lastUpdated())
                                    .build());
                    return true;
                })
                .orElse(false);
    }

    /** Returns a booking as this side stored it, by the CPO's {@code id} of it, or empty (HTTP 404). */
    Optional<Booking> booking(RequestContext ctx, CiString countryCode, CiString partyId, CiString bookingId);

    /** Stores a new or replaced booking, which ocpi4j checked to be a legal next state of the one stored. */
    Stored putBooking(RequestContext ctx, Booking booking);
}
