package io.github.ocpi4j.server.v230;

import io.github.ocpi4j.model.v230.bookings.BookingLocation;
import io.github.ocpi4j.model.v230.bookings.Timeslot;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The search of an eMSP for free time: the {@code timeslot_from} and {@code timeslot_to} query parameters of a list of
 * BookingLocations ({@code [[mod_bookings_get_booking_locations_request_parameters]]}), each optional. ocpi4j reads
 * a BookingLocation as matching when one of its calendars has a free timeslot that overlaps the window: it ends after
 * {@code from} and starts before {@code to}, so a slot from 08:00 to 22:00 matches a search for 18:00 to 19:00. The
 * eMSP then reads the calendar to see whether its whole period fits.
 *
 * <pre>{@code
 * public PageResult<BookingLocation> bookingLocations(RequestContext ctx, PageRequest page, TimeslotWindow window) {
 *     return PageResult.of(all.stream().filter(window::includes).toList(), page, BookingLocation::lastUpdated);
 * }
 * }</pre>
 *
 * @param from free time ending after this instant, or {@code null} for any
 * @param to free time starting before this instant, or {@code null} for any
 */
public record TimeslotWindow(
        @Nullable Instant from, @Nullable Instant to) {

    /** The window of a search without {@code timeslot_from} and {@code timeslot_to}: every BookingLocation matches. */
    public static final TimeslotWindow ANY = new TimeslotWindow(null, null);

    /** Returns whether the window is open on both sides, so that it filters nothing. */
    public boolean isAny() {
        return from == null && to == null;
    }

    /** Returns whether a free timeslot has time inside the window. */
    public boolean includes(Timeslot slot) {
        return (from == null || slot.endDateTime().isAfter(from))
                && (to == null || slot.startDateTime().isBefore(to));
    }

    /**
     * Returns whether a BookingLocation matches: the window is {@linkplain #isAny() open}, or a free timeslot of one of
     * its calendars has time inside it.
     */
    public boolean includes(BookingLocation location) {
        return isAny()
                || location.calendars().stream()
                        .flatMap(calendar -> calendar.availableTimeslots().stream())
                        .anyMatch(this::includes);
    }
}
