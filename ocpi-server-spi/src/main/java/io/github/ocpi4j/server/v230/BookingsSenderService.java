package io.github.ocpi4j.server.v230;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.v230.bookings.Booking;
import io.github.ocpi4j.model.v230.bookings.BookingLocation;
import io.github.ocpi4j.model.v230.bookings.BookingRequest;
import io.github.ocpi4j.model.v230.bookings.Calendar;
import io.github.ocpi4j.server.PageRequest;
import io.github.ocpi4j.server.PageResult;
import io.github.ocpi4j.server.RequestContext;
import java.util.Optional;

/**
 * The Bookings 1.1 Sender interface, typically a CPO's ({@code [[mod_bookings_cpo_interface]]}): an eMSP searches the
 * BookingLocations and their calendars, requests a booking, changes or cancels it with a later request of the same
 * {@code request_id}, and lists its bookings. The CPO writes its scheduling; ocpi4j runs the protocol around it.
 *
 * <pre>{@code
 * public Booking requestBooking(RequestContext ctx, BookingLocation location, BookingRequest request) {
 *     List<Violation> problems = BookingRules.checkRequest(location, request, bookingsOfTheTokens(request), now());
 *     Booking booking = newBooking(location, request, problems.isEmpty() ? RESERVED : REJECTED);
 *     return store(booking);
 * }
 *
 * public Booking changeBooking(RequestContext ctx, Booking booking, BookingRequest request) {
 *     Booking received = BookingLifecycle.receive(booking, request, now());   // PENDING until the schedule decides
 *     return store(received);
 * }
 * }</pre>
 *
 * <p>What ocpi4j checks before the host sees a request: the body is a valid BookingRequest; its {@code country_code}
 * and {@code party_id} are the requesting eMSP's, and so are its tokens (2001 otherwise); a new request names a
 * BookingLocation the host knows (2003 otherwise) and its {@code location_id}; a change or cancellation of an existing
 * booking is allowed by {@link io.github.ocpi4j.model.v230.bookings.BookingRules#checkChange} at the server's clock: a
 * booking that ended never changes, only a {@code RESERVED} one is cancelled, and the terms' deadlines hold (2000 with
 * each broken rule otherwise). A booking is the eMSP's that made its first request; the list holds only the
 * requesting eMSP's, and ocpi4j withholds, and logs as the host's error, any other.
 *
 * <p>The server calls it from the threads that serve requests, for concurrent requests concurrently: an
 * implementation must be thread-safe.
 */
public interface BookingsSenderService {

    /**
     * Returns one page of the BookingLocations in the search window ({@link TimeslotWindow#includes(BookingLocation)}),
     * oldest {@code last_updated} first ({@code [[mod_bookings_get_booking_locations]]}).
     */
    PageResult<BookingLocation> bookingLocations(RequestContext ctx, PageRequest page, TimeslotWindow window);

    /** Returns a BookingLocation, or empty (HTTP 404) ({@code [[mod_bookings_get_booking_location_calendar]]}). */
    Optional<BookingLocation> bookingLocation(RequestContext ctx, CiString bookingLocationId);

    /** Returns a calendar of a BookingLocation, or empty (HTTP 404); by default the one of that id in it. */
    default Optional<Calendar> calendar(RequestContext ctx, CiString bookingLocationId, CiString calendarId) {
        return bookingLocation(ctx, bookingLocationId)
                .flatMap(location -> location.calendars().stream()
                        .filter(calendar -> calendar.id().equals(calendarId))
                        .findFirst());
    }

    /**
     * Returns one page of the requesting eMSP's bookings, oldest {@code last_updated} first ({@code
     * [[mod_bookings_get_bookings]]}).
     */
    PageResult<Booking> bookings(RequestContext ctx, PageRequest page);

    /**
     * Returns the booking that the eMSP {@code countryCode}-{@code partyId} requested with this {@code request_id}, or
     * empty when it has none: a request id is the eMSP's own, so another eMSP's booking with the same one is not it.
     */
    Optional<Booking> booking(RequestContext ctx, CiString countryCode, CiString partyId, CiString requestId);

    /**
     * Takes a new request ({@code [[mod_bookings_cpo_post_booking_method]]}) and returns the booking made of it: {@code
     * PENDING} while the CPO decides (it then pushes the answer to the eMSP), or at once {@code RESERVED}, {@code
     * REJECTED} or {@code FAILED}.
     *
     * @param location the BookingLocation the request names
     */
    Booking requestBooking(RequestContext ctx, BookingLocation location, BookingRequest request);

    /**
     * Takes a later request about an existing booking, which changes it or, with {@code canceled} set, cancels it, and
     * returns the booking with the request added ({@link io.github.ocpi4j.model.v230.bookings.BookingLifecycle#receive})
     * and, when decided at once, answered.
     *
     * @param booking the booking as it is, which {@link #booking} found
     */
    Booking changeBooking(RequestContext ctx, Booking booking, BookingRequest request);
}
