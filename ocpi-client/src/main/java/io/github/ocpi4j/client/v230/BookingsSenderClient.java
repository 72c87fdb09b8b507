package io.github.ocpi4j.client.v230;

import io.github.ocpi4j.client.ListQuery;
import io.github.ocpi4j.client.Page;
import io.github.ocpi4j.client.internal.ModuleCalls;
import io.github.ocpi4j.model.DateTimes;
import io.github.ocpi4j.model.v230.bookings.Booking;
import io.github.ocpi4j.model.v230.bookings.BookingLocation;
import io.github.ocpi4j.model.v230.bookings.BookingRequest;
import io.github.ocpi4j.model.v230.bookings.Calendar;
import io.github.ocpi4j.model.v230.bookings.Cancellation;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The partner's Bookings 1.1 Sender interface, typically a CPO's ({@code [[mod_bookings_cpo_interface]]}): this side,
 * an eMSP, searches BookingLocations with free time in a window, reads their calendars, requests a booking, changes or
 * cancels it by requesting again with the same {@code request_id}, and lists its bookings.
 *
 * <pre>{@code
 * BookingsSenderClient cpo = partner.v230().bookingsSender();
 * try (Stream<BookingLocation> free = cpo.bookingLocations(ListQuery.all(), sixPm, sevenPm)) {
 *     free.forEach(this::show);
 * }
 * Booking booking = cpo.request(request);                          // PENDING, or at once RESERVED or REJECTED
 * booking = cpo.request(request.toBuilder().period(anHourLater).build());   // a change: the same request_id
 * booking = cpo.cancel(request, new Cancellation(CanceledReason.TRAFFIC, Role.EMSP));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class BookingsSenderClient {

    private final ModuleCalls calls;

    BookingsSenderClient(ModuleCalls calls) {
        this.calls = calls;
    }

    /**
     * Returns the first page of the BookingLocations with free time between {@code timeslotFrom} and {@code
     * timeslotTo} ({@code [[mod_bookings_get_booking_locations_request_parameters]]}); either may be {@code null} to
     * leave that side open.
     */
    public Page<BookingLocation> bookingLocationsPage(
            ListQuery query, @Nullable Instant timeslotFrom, @Nullable Instant timeslotTo) {
        return calls.pageAt(search(timeslotFrom, timeslotTo), query, BookingLocation.class);
    }

    /** Returns the page of BookingLocations at a previous page's {@link Page#nextUrl()}. */
    public Page<BookingLocation> bookingLocationsPage(String url) {
        return calls.pageAt(url, BookingLocation.class);
    }

    /**
     * Returns every BookingLocation with free time in the window, of every page, fetched as the stream is consumed;
     * each page keeps the window.
     */
    public Stream<BookingLocation> bookingLocations(
            ListQuery query, @Nullable Instant timeslotFrom, @Nullable Instant timeslotTo) {
        return calls.streamAt(search(timeslotFrom, timeslotTo), query, BookingLocation.class);
    }

    private String search(@Nullable Instant timeslotFrom, @Nullable Instant timeslotTo) {
        String url = ModuleCalls.withQuery(calls.url("booking_locations"), "timeslot_from", format(timeslotFrom));
        return ModuleCalls.withQuery(url, "timeslot_to", format(timeslotTo));
    }

    private static @Nullable String format(@Nullable Instant instant) {
        return instant == null ? null : DateTimes.format(instant);
    }

    /** Returns a BookingLocation, or empty if the partner does not know it. */
    public Optional<BookingLocation> bookingLocation(String bookingLocationId) {
        return calls.find(calls.url("booking_locations", bookingLocationId), BookingLocation.class);
    }

    /** Returns a calendar of a BookingLocation, or empty if the partner does not know it. */
    public Optional<Calendar> calendar(String bookingLocationId, String calendarId) {
        return calls.find(calls.url("booking_locations", bookingLocationId, calendarId), Calendar.class);
    }

    /** Returns the first page of this side's bookings ({@code [[mod_bookings_get_bookings]]}). */
    public Page<Booking> bookingsPage(ListQuery query) {
        return calls.page(query, Booking.class);
    }

    /** Returns the page of bookings at a previous page's {@link Page#nextUrl()}. */
    public Page<Booking> bookingsPage(String url) {
        return calls.pageAt(url, Booking.class);
    }

    /** Returns every booking of this side, of every page, fetched as the stream is consumed. */
    public Stream<Booking> bookings(ListQuery query) {
        return calls.stream(query, Booking.class);
    }

    /**
     * Sends a request ({@code [[mod_bookings_cpo_post_booking_method]]}) and returns the partner's booking: a new one
     * for a new {@code request_id}, the booking changed (or, with {@code canceled} set, cancelled) for the {@code
     * request_id} of an existing one. Not retried: a request that may have arrived is not sent twice.
     *
     * @throws io.github.ocpi4j.model.OcpiValidationException if the request breaks the module's rules; nothing is sent
     */
    public Booking request(BookingRequest request) {
        return calls.exchange("POST", calls.url(), calls.valid(request), Booking.class, false);
    }

    /** Asks to cancel the booking of a request: the request again, with {@code canceled} set. */
    public Booking cancel(BookingRequest request, Cancellation cancellation) {
        return request(request.toBuilder().canceled(cancellation).build());
    }
}
