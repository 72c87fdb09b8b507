package io.github.ocpi4j.model.v230.bookings;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.v230.cdrs.CdrToken;
import io.github.ocpi4j.model.v230.sessions.Session;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.BiPredicate;
import org.jspecify.annotations.Nullable;

/**
 * Finds the booking that a charging session fulfils, so that a CPO can move it to {@link
 * ReservationStatus#FULFILLED} ({@code [[mod_bookings_reservation_status_enum]]}). Plain functions of the model;
 * thread-safe.
 *
 * <pre>{@code
 * Optional<Booking> booked = BookingMatcher.fulfilledBy(session, reservedBookingsAt(session.locationId()));
 * booked.ifPresent(b -> store(BookingLifecycle.move(b, ReservationStatus.FULFILLED, session.startDateTime())));
 * }</pre>
 *
 * <p>A session fulfils a booking when all of these hold:
 *
 * <ul>
 *   <li>the booking is {@link ReservationStatus#RESERVED};
 *   <li>both belong to the same CPO ({@code country_code}, {@code party_id}) and Location ({@code location_id});
 *   <li>the session is at the booked EVSE, and connector if one is booked; a booking whose {@code booking_option} has
 *       no {@code evse_uid}, or {@code #NA}, takes any EVSE of the Location;
 *   <li>the session carries the booking's {@code authorization_reference}, or its token is one of the booking's
 *       tokens (same {@code country_code}, {@code party_id}, {@code uid} and {@code type}), or, where the booking's
 *       terms allow token groups, is in the same group as one of them by the caller's test;
 *   <li>the session starts within the booking's {@link BookingRules#inStartWindow start window}: from its earliest
 *       start until the moment it becomes a no-show.
 * </ul>
 *
 * <p>When several bookings qualify, one matched by {@code authorization_reference} wins over one matched by token,
 * then the booking whose period starts nearest to the session's start, then the smallest id.
 */
public final class BookingMatcher {
    private static final String NOT_AVAILABLE = "#NA";

    private BookingMatcher() {}

    /** Returns the booking among {@code bookings} that the session fulfils, matching tokens exactly. */
    public static Optional<Booking> fulfilledBy(Session session, Collection<Booking> bookings) {
        return fulfilledBy(session, bookings, (used, booked) -> false);
    }

    /**
     * Returns the booking among {@code bookings} that the session fulfils.
     *
     * @param sameTokenGroup tells whether the session's token is in the same token group as a booked token; asked only
     *     for bookings whose terms set {@code token_groups_supported}. A session carries no group, so the caller
     *     answers from its own records of Tokens ({@code group_id}).
     */
    public static Optional<Booking> fulfilledBy(
            Session session, Collection<Booking> bookings, BiPredicate<CdrToken, BookingToken> sameTokenGroup) {
        Comparator<Booking> best = Comparator.<Booking>comparingInt(b -> byReference(session, b) ? 0 : 1)
                .thenComparing(b -> Duration.between(b.period().startDateTime(), session.startDateTime())
                        .abs())
                .thenComparing(Booking::id);
        return bookings.stream()
                .filter(b -> fulfils(session, b, sameTokenGroup))
                .min(best);
    }

    /** Returns whether the session fulfils the booking, matching tokens exactly. */
    public static boolean fulfils(Session session, Booking booking) {
        return fulfils(session, booking, (used, booked) -> false);
    }

    /**
     * Returns whether the session fulfils the booking.
     *
     * @param sameTokenGroup as in {@link #fulfilledBy(Session, Collection, BiPredicate)}
     */
    public static boolean fulfils(
            Session session, Booking booking, BiPredicate<CdrToken, BookingToken> sameTokenGroup) {
        return booking.reservationStatus() == ReservationStatus.RESERVED
                && booking.countryCode().equals(session.countryCode())
                && booking.partyId().equals(session.partyId())
                && booking.locationId().equals(session.locationId())
                && atBookedPlace(session, booking.bookingOption())
                && (byReference(session, booking) || byToken(session, booking, sameTokenGroup))
                && BookingRules.inStartWindow(booking, session.startDateTime());
    }

    private static boolean atBookedPlace(Session session, @Nullable BookingOption option) {
        if (option == null) {
            return true;
        }
        CiString evse = option.evseUid();
        if (evse != null && !evse.equalsIgnoreCase(NOT_AVAILABLE) && !evse.equals(session.evseUid())) {
            return false;
        }
        return option.connectorId() == null || option.connectorId().equals(session.connectorId());
    }

    private static boolean byReference(Session session, Booking booking) {
        return booking.authorizationReference().equals(session.authorizationReference());
    }

    private static boolean byToken(
            Session session, Booking booking, BiPredicate<CdrToken, BookingToken> sameTokenGroup) {
        CdrToken used = session.cdrToken();
        boolean groups = Boolean.TRUE.equals(booking.bookingTerms().tokenGroupsSupported());
        return booking.bookingTokens().stream()
                .anyMatch(booked ->
                        BookingRules.sameToken(booked, used.countryCode(), used.partyId(), used.uid(), used.type())
                                || (groups && sameTokenGroup.test(used, booked)));
    }
}
