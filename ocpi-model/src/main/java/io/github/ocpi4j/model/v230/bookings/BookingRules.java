package io.github.ocpi4j.model.v230.bookings;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.DateTimes;
import io.github.ocpi4j.model.Violation;
import io.github.ocpi4j.model.internal.Formats;
import io.github.ocpi4j.model.v230.tokens.TokenType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The arithmetic of calendars and booking terms: whether a period can be booked in a calendar, how long a booking may
 * last, until when it can be changed or cancelled, and in which window a session may use it. Plain functions of the
 * model: they read no clock (the caller passes {@code now}) and keep no state. Thread-safe.
 *
 * <pre>{@code
 * List<Violation> problems = BookingRules.checkRequest(bookingLocation, request, activeBookings, now);
 * if (problems.isEmpty()) { ... reserve ... }
 *
 * if (BookingRules.isNoShow(booking, now)) {
 *     booking = BookingLifecycle.move(booking, ReservationStatus.NO_SHOW, now);
 * }
 * }</pre>
 *
 * <p>How the terms become instants, for a booking from {@code start} to {@code end} ({@code
 * [[mod_bookings_booking_terms_class]]}); every duration of the terms is in minutes and may have decimals:
 *
 * <ul>
 *   <li>changes are possible until {@code start - change_until_minutes}, that instant included, unless {@code
 *       change_not_allowed} is {@code true};
 *   <li>cancelling is possible until {@code start - cancel_until_minutes}, included;
 *   <li>a session may start from {@code start - early_start_time} when {@code early_start_allowed} is {@code true},
 *       else from {@code start};
 *   <li>charging may go on until {@code end + late_stop_time} when {@code late_stop_allowed} is {@code true}, else
 *       until {@code end};
 *   <li>the driver is a no-show from {@code start + noshow_timeout}, or from {@code end} when there is no timeout or
 *       it reaches past the end.
 * </ul>
 *
 * <p>A flag without its number of minutes ({@code early_start_allowed} without {@code early_start_time}) grants no
 * extra time: ocpi4j never invents a bound the terms do not state.
 *
 * <p>The functions expect objects that passed validation (their required fields set); they do not validate again.
 */
public final class BookingRules {
    private static final BigDecimal SIXTY = BigDecimal.valueOf(60);
    private static final BigDecimal MOST_MINUTES = BigDecimal.valueOf(1_000_000_000);
    private static final BigDecimal WATTS_PER_KILOWATT = BigDecimal.valueOf(1000);

    private BookingRules() {}

    /**
     * Returns the free span of the calendar in which the period can be booked: one that holds the whole period, with
     * its start and end a whole number of {@code timeslot_increment}s after the span's start when the calendar has an
     * increment ({@code [[mod_bookings_calendar_object]]}). Empty when there is none.
     */
    public static Optional<Timeslot> slotFor(Calendar calendar, Period period) {
        return calendar.availableTimeslots().stream()
                .filter(slot -> holds(slot, period.startDateTime(), period.endDateTime()))
                .filter(slot -> onIncrement(calendar.timeslotIncrement(), slot, period))
                .findFirst();
    }

    /** Returns the free span of any of the BookingLocation's calendars in which the period can be booked. */
    public static Optional<Timeslot> slotFor(BookingLocation location, Period period) {
        return location.calendars().stream()
                .map(calendar -> slotFor(calendar, period))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** Returns how long a period lasts. */
    public static Duration duration(Period period) {
        return Duration.between(period.startDateTime(), period.endDateTime());
    }

    /**
     * Returns why the period is too short or too long for the terms' {@code min_booking_duration} and {@code
     * max_booking_duration}, or empty when it is neither.
     */
    public static Optional<String> durationProblem(BookingTerms terms, Period period) {
        Duration length = duration(period);
        if (terms.minBookingDuration() != null && length.compareTo(minutes(terms.minBookingDuration())) < 0) {
            return Optional.of("lasts " + show(length) + ", shorter than min_booking_duration ("
                    + terms.minBookingDuration().toPlainString() + " minutes)");
        }
        if (terms.maxBookingDuration() != null && length.compareTo(minutes(terms.maxBookingDuration())) > 0) {
            return Optional.of("lasts " + show(length) + ", longer than max_booking_duration ("
                    + terms.maxBookingDuration().toPlainString() + " minutes)");
        }
        return Optional.empty();
    }

    /**
     * Returns the last instant at which the booking can still be changed, or empty when its terms forbid changes
     * ({@code change_not_allowed}).
     */
    public static Optional<Instant> changeDeadline(Booking booking) {
        BookingTerms terms = booking.bookingTerms();
        if (Boolean.TRUE.equals(terms.changeNotAllowed())) {
            return Optional.empty();
        }
        return Optional.of(booking.period().startDateTime().minus(minutes(terms.changeUntilMinutes())));
    }

    /** Returns whether the booking's terms still allow a change at {@code now}. */
    public static boolean canChange(Booking booking, Instant now) {
        return changeDeadline(booking)
                .filter(deadline -> !now.isAfter(deadline))
                .isPresent();
    }

    /** Returns the last instant at which the booking can still be cancelled. */
    public static Instant cancelDeadline(Booking booking) {
        return booking.period()
                .startDateTime()
                .minus(minutes(booking.bookingTerms().cancelUntilMinutes()));
    }

    /** Returns whether the booking's terms still allow cancelling it at {@code now}. */
    public static boolean canCancel(Booking booking, Instant now) {
        return !now.isAfter(cancelDeadline(booking));
    }

    /** Returns the earliest instant at which a session may start on the booking. */
    public static Instant earliestStart(Booking booking) {
        BookingTerms terms = booking.bookingTerms();
        Instant start = booking.period().startDateTime();
        return Boolean.TRUE.equals(terms.earlyStartAllowed()) ? start.minus(minutes(terms.earlyStartTime())) : start;
    }

    /** Returns the instant until which a session on the booking may go on charging. */
    public static Instant latestStop(Booking booking) {
        BookingTerms terms = booking.bookingTerms();
        Instant end = booking.period().endDateTime();
        return Boolean.TRUE.equals(terms.lateStopAllowed()) ? end.plus(minutes(terms.lateStopTime())) : end;
    }

    /**
     * Returns the instant from which a driver who has not started charging is a no-show: {@code noshow_timeout}
     * minutes after the booked start, or the booked end when that comes first or there is no timeout.
     */
    public static Instant noShowAt(Booking booking) {
        Instant end = booking.period().endDateTime();
        BigDecimal timeout = booking.bookingTerms().noshowTimeout();
        if (timeout == null) {
            return end;
        }
        Instant released = booking.period().startDateTime().plus(minutes(timeout));
        return released.isBefore(end) ? released : end;
    }

    /**
     * Returns whether a session starting at {@code sessionStart} may use the booking: from its {@link
     * #earliestStart(Booking) earliest start} (included) until it becomes a {@link #noShowAt(Booking) no-show}
     * (excluded).
     */
    public static boolean inStartWindow(Booking booking, Instant sessionStart) {
        return !sessionStart.isBefore(earliestStart(booking)) && sessionStart.isBefore(noShowAt(booking));
    }

    /**
     * Returns whether the booking is {@link ReservationStatus#RESERVED} and nobody used it in time: at {@code now}
     * the moment of its {@link #noShowAt(Booking) no-show} has come. The caller, who knows whether a session started,
     * asks only about bookings not fulfilled.
     */
    public static boolean isNoShow(Booking booking, Instant now) {
        return booking.reservationStatus() == ReservationStatus.RESERVED && !now.isBefore(noShowAt(booking));
    }

    /**
     * Checks an eMSP's request for a new booking against a BookingLocation at {@code now}, and returns each problem
     * with its path in the request's wire names; empty when the CPO may grant it, as far as these rules go:
     *
     * <ul>
     *   <li>{@code booking_location_id} and {@code location_id} name this BookingLocation and its Location;
     *   <li>the period has not begun at {@code now};
     *   <li>the period can be booked in a free span of one of the calendars ({@link #slotFor(BookingLocation,
     *       Period)});
     *   <li>its length respects the terms' shortest and longest booking ({@link #durationProblem});
     *   <li>{@code power_required}, in kW, is not more than the span's {@code max_power}, in W;
     *   <li>when the terms say {@code overlapping_bookings_allowed: false}, none of its tokens is in another booking,
     *       pending or reserved, whose period overlaps (bookings with the request's {@code request_id} are that same
     *       booking and do not count).
     * </ul>
     *
     * <p>The same checks suit a change of a booking ({@link #checkChange} checks its deadlines), if the calendar
     * passed counts the booking's own time as free.
     *
     * @param location the BookingLocation booked
     * @param request the eMSP's request
     * @param otherBookings bookings that may hold the request's tokens; only needed when overlaps are forbidden
     * @param now the time of the check
     * @return the problems, empty when there are none
     */
    public static List<Violation> checkRequest(
            BookingLocation location, BookingRequest request, Collection<Booking> otherBookings, Instant now) {
        List<Violation> problems = new ArrayList<>();
        sameId(location.id(), request.bookingLocationId(), "booking_location_id", "the BookingLocation's id", problems);
        sameId(
                location.locationId(),
                request.locationId(),
                "location_id",
                "the BookingLocation's location_id",
                problems);
        Period period = request.period();
        if (period.startDateTime().isBefore(now)) {
            problems.add(new Violation(
                    "period.start_date_time", "must not be in the past: it is " + DateTimes.format(now) + " now"));
        }
        Optional<Timeslot> slot = slotFor(location, period);
        if (slot.isEmpty()) {
            problems.add(new Violation(
                    "period", "does not fit a free timeslot of the BookingLocation's calendars, on their increment"));
        }
        if (location.bookingTerms() != null) {
            durationProblem(location.bookingTerms(), period)
                    .ifPresent(problem -> problems.add(new Violation("period", problem)));
        }
        BigDecimal maxPower = slot.map(Timeslot::maxPower).orElse(null);
        if (request.powerRequired() != null
                && maxPower != null
                && BigDecimal.valueOf(request.powerRequired())
                                .multiply(WATTS_PER_KILOWATT)
                                .compareTo(maxPower)
                        > 0) {
            problems.add(new Violation(
                    "power_required",
                    "asks " + request.powerRequired() + " kW, more than the timeslot's max_power ("
                            + maxPower.toPlainString() + " W)"));
        }
        if (location.bookingTerms() != null
                && Boolean.FALSE.equals(location.bookingTerms().overlappingBookingsAllowed())) {
            overlappingTokens(request, otherBookings, problems);
        }
        return problems;
    }

    /**
     * Checks whether an eMSP's later request about an existing booking (a change, or with {@code canceled} set a
     * cancellation) may be granted at {@code now}, and returns each problem: the request must carry the booking's
     * {@code request_id}; a final booking never changes; only a {@link ReservationStatus#RESERVED} booking can be
     * cancelled, until its {@link #cancelDeadline(Booking) deadline}; a change needs terms that allow changes and
     * comes before the {@link #changeDeadline(Booking) deadline}. Whether the new period is free is the CPO's
     * schedule; see {@link #checkRequest}.
     *
     * @param booking the booking as it is
     * @param request the eMSP's new request about it
     * @param now the time of the check
     * @return the problems, empty when there are none
     */
    public static List<Violation> checkChange(Booking booking, BookingRequest request, Instant now) {
        List<Violation> problems = new ArrayList<>();
        sameId(booking.requestId(), request.requestId(), "request_id", "the booking's request_id", problems);
        ReservationStatus status = booking.reservationStatus();
        if (status.isFinal()) {
            problems.add(new Violation("$", "the booking is " + status + ", a final status: it never changes"));
        } else if (request.canceled() != null) {
            if (status != ReservationStatus.RESERVED) {
                problems.add(
                        new Violation("canceled", "only a RESERVED booking can be canceled, this one is " + status));
            } else if (!canCancel(booking, now)) {
                problems.add(new Violation(
                        "canceled", "too late: cancelling was possible until " + show(cancelDeadline(booking))));
            }
        } else {
            Optional<Instant> deadline = changeDeadline(booking);
            if (deadline.isEmpty()) {
                problems.add(new Violation("$", "the booking's terms do not allow changes (change_not_allowed)"));
            } else if (now.isAfter(deadline.get())) {
                problems.add(new Violation("$", "too late: changes were possible until " + show(deadline.get())));
            }
        }
        return problems;
    }

    private static void overlappingTokens(
            BookingRequest request, Collection<Booking> otherBookings, List<Violation> problems) {
        Period period = request.period();
        for (int t = 0; t < request.tokens().size(); t++) {
            BookingToken token = request.tokens().get(t);
            for (Booking other : otherBookings) {
                if (isActive(other)
                        && !other.requestId().equals(request.requestId())
                        && overlaps(other.period(), period)
                        && other.bookingTokens().stream()
                                .anyMatch(held -> sameToken(
                                        held, token.countryCode(), token.partyId(), token.uid(), token.type()))) {
                    problems.add(new Violation(
                            "tokens[" + t + "]",
                            "already in booking " + Formats.quote(other.id())
                                    + " at an overlapping time, and the terms forbid overlapping bookings"));
                    break;
                }
            }
        }
    }

    private static boolean isActive(Booking booking) {
        return booking.reservationStatus() == ReservationStatus.PENDING
                || booking.reservationStatus() == ReservationStatus.RESERVED;
    }

    private static boolean overlaps(Timeslot booked, Period asked) {
        return booked.startDateTime().isBefore(asked.endDateTime())
                && asked.startDateTime().isBefore(booked.endDateTime());
    }

    /**
     * Whether a booked token is the Token with these keys, the ones that identify a Token of an eMSP: country, party,
     * uid and type; CiStrings ignore case.
     */
    static boolean sameToken(
            BookingToken booked, CiString countryCode, CiString partyId, CiString uid, TokenType type) {
        return booked.countryCode().equals(countryCode)
                && booked.partyId().equals(partyId)
                && booked.uid().equals(uid)
                && booked.type().equals(type);
    }

    private static void sameId(CiString expected, CiString actual, String field, String what, List<Violation> out) {
        if (!expected.equals(actual)) {
            out.add(new Violation(field, "must be " + what + " " + Formats.quote(expected)));
        }
    }

    private static boolean holds(Timeslot slot, Instant start, Instant end) {
        return !start.isBefore(slot.startDateTime()) && !end.isAfter(slot.endDateTime());
    }

    private static boolean onIncrement(@Nullable Integer increment, Timeslot slot, Period period) {
        if (increment == null || increment < 1) { // below 1 breaks the calendar's rules; no grid then
            return true;
        }
        long step = increment * 60L;
        return onStep(slot.startDateTime(), period.startDateTime(), step)
                && onStep(slot.startDateTime(), period.endDateTime(), step);
    }

    private static boolean onStep(Instant origin, Instant instant, long stepSeconds) {
        Duration offset = Duration.between(origin, instant);
        return offset.getNano() == 0 && offset.getSeconds() % stepSeconds == 0;
    }

    /**
     * A number of minutes of the terms as a duration, to the nanosecond; {@code null} is none. Beyond a billion
     * minutes (some 1,900 years) it stays at a billion, so that no partner's number can push an instant out of range.
     */
    private static Duration minutes(@Nullable BigDecimal minutes) {
        if (minutes == null) {
            return Duration.ZERO;
        }
        BigDecimal seconds =
                minutes.max(MOST_MINUTES.negate()).min(MOST_MINUTES).multiply(SIXTY);
        BigDecimal whole = seconds.setScale(0, RoundingMode.FLOOR);
        long nanos = seconds.subtract(whole).movePointRight(9).longValue();
        return Duration.ofSeconds(whole.longValueExact(), nanos);
    }

    private static String show(Duration duration) {
        long seconds = duration.getSeconds();
        return seconds % 60 == 0 && duration.getNano() == 0 ? seconds / 60 + " minutes" : duration.toString();
    }

    private static String show(Instant instant) {
        return DateTimes.format(instant);
    }
}
