package io.github.ocpi4j.model.v230.bookings;

import io.github.ocpi4j.model.Violation;
import io.github.ocpi4j.model.internal.Formats;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The lifecycle of a {@link Booking}, enforced: which moves of its {@code reservation_status} are legal, that a final
 * booking never changes, and that the CPO answers each request exactly once ({@code
 * [[mod_bookings_flow_and_lifecycle]]}). Plain functions of the model: the caller passes the time, nothing is stored.
 * Thread-safe.
 *
 * <pre>{@code
 * // the CPO: a request came in for an existing booking, then it decided
 * booking = BookingLifecycle.receive(booking, request, now);
 * booking = BookingLifecycle.answer(booking, booking.bookingRequests().size() - 1, ACCEPTED, now);
 * booking = BookingLifecycle.move(booking, ReservationStatus.FULFILLED, sessionStart);
 *
 * // the eMSP: is the CPO's PUT or PATCH a legal next state of what we hold?
 * List<Violation> problems = BookingLifecycle.checkUpdate(stored, patch.applyTo(stored));
 * }</pre>
 *
 * <p>The moves: a booking begins in one of {@link #firstStatuses()}; {@code PENDING} becomes {@code RESERVED},
 * {@code REJECTED} or {@code FAILED}; {@code RESERVED} becomes {@code FULFILLED}, {@code CANCELED} or {@code
 * NO_SHOW}; the last five are final. {@link ReservationStatus#UNKNOWN} is outside the lifecycle: nothing moves to or
 * from it. The functions that change a booking set its {@code last_updated} to the time given and throw {@link
 * IllegalStateException}, naming each broken rule, instead of making an illegal change.
 */
public final class BookingLifecycle {
    private static final Map<ReservationStatus, Set<ReservationStatus>> MOVES = Map.of(
            ReservationStatus.PENDING,
            EnumSet.of(ReservationStatus.RESERVED, ReservationStatus.REJECTED, ReservationStatus.FAILED),
            ReservationStatus.RESERVED,
            EnumSet.of(ReservationStatus.FULFILLED, ReservationStatus.CANCELED, ReservationStatus.NO_SHOW));

    private BookingLifecycle() {}

    /**
     * Returns the statuses in which a booking may begin: the CPO's answer to the POST of a request is {@code PENDING},
     * or at once {@code RESERVED}, {@code REJECTED} or {@code FAILED} ({@code [[mod_bookings_response_data]]}).
     */
    public static Set<ReservationStatus> firstStatuses() {
        return Set.copyOf(EnumSet.of(
                ReservationStatus.PENDING,
                ReservationStatus.RESERVED,
                ReservationStatus.REJECTED,
                ReservationStatus.FAILED));
    }

    /** Returns the statuses a booking in {@code from} may move to; empty for a final status and for UNKNOWN. */
    public static Set<ReservationStatus> nextStatuses(ReservationStatus from) {
        return Set.copyOf(MOVES.getOrDefault(from, EnumSet.noneOf(ReservationStatus.class)));
    }

    /** Returns whether a booking may move from one status to another. */
    public static boolean canMove(ReservationStatus from, ReservationStatus to) {
        return MOVES.getOrDefault(from, Set.of()).contains(to);
    }

    /**
     * Returns the booking moved to {@code status}.
     *
     * @throws IllegalStateException when the move is not legal, for example from a final status
     */
    public static Booking move(Booking booking, ReservationStatus status, Instant now) {
        Booking next =
                booking.toBuilder().reservationStatus(status).lastUpdated(now).build();
        List<Violation> problems = new ArrayList<>(checkUpdate(booking, next));
        if (problems.isEmpty() && !canMove(booking.reservationStatus(), status)) {
            problems.add(new Violation("reservation_status", "is " + status + " already"));
        }
        return orThrow(next, problems);
    }

    /**
     * Returns the booking cancelled: {@code CANCELED} with the reason and the side that cancelled it. Whether the
     * terms' deadline still allows it is {@link BookingRules#canCancel}'s question; a CPO may have to cancel later,
     * when its charger breaks.
     *
     * @throws IllegalStateException when the booking is not {@code RESERVED}
     */
    public static Booking cancel(Booking booking, Cancellation cancellation, Instant now) {
        Booking next = booking.toBuilder()
                .reservationStatus(ReservationStatus.CANCELED)
                .canceled(cancellation)
                .lastUpdated(now)
                .build();
        return orThrow(next, checkUpdate(booking, next));
    }

    /**
     * Returns the booking with a new request of the eMSP added to its {@code booking_requests}, {@code PENDING} and
     * received at {@code now}.
     *
     * @throws IllegalStateException when the booking is final, or the request has another {@code request_id}
     */
    public static Booking receive(Booking booking, BookingRequest request, Instant now) {
        List<BookingRequestStatus> requests = new ArrayList<>(booking.bookingRequests());
        requests.add(BookingRequestStatus.builder()
                .requestStatus(ReservationRequestStatus.PENDING)
                .bookingRequest(request)
                .requestReceived(now)
                .build());
        Booking next =
                booking.toBuilder().bookingRequests(requests).lastUpdated(now).build();
        List<Violation> problems = new ArrayList<>(checkUpdate(booking, next));
        if (!booking.requestId().equals(request.requestId())) {
            problems.add(new Violation(
                    "booking_requests[" + (requests.size() - 1) + "].booking_request.request_id",
                    "must be the booking's request_id " + Formats.quote(booking.requestId())));
        }
        return orThrow(next, problems);
    }

    /**
     * Returns the booking with the CPO's answer to one of its requests.
     *
     * @param index the request's position in {@code booking_requests}
     * @param answer {@code ACCEPTED}, {@code DECLINED} or {@code FAILED}
     * @throws IllegalStateException when the request was answered before, the answer is {@code PENDING}, or the
     *     booking is final
     * @throws IndexOutOfBoundsException when there is no request at {@code index}
     */
    public static Booking answer(Booking booking, int index, ReservationRequestStatus answer, Instant now) {
        List<BookingRequestStatus> requests = new ArrayList<>(booking.bookingRequests());
        ReservationRequestStatus was = requests.get(index).requestStatus();
        requests.set(
                index, requests.get(index).toBuilder().requestStatus(answer).build());
        Booking next =
                booking.toBuilder().bookingRequests(requests).lastUpdated(now).build();
        List<Violation> problems = new ArrayList<>(checkUpdate(booking, next));
        String at = "booking_requests[" + index + "].request_status";
        if (!answer.isAnswered()) {
            problems.add(new Violation(at, "an answer is ACCEPTED, DECLINED or FAILED"));
        } else if (was == answer) { // a different answer is already among checkUpdate's problems
            problems.add(answeredOnce(at, was));
        }
        return orThrow(next, problems);
    }

    /**
     * Checks that {@code next} is a legal next state of {@code current}, as when a receiver holds a booking and gets
     * a PUT or (applied) a PATCH of it, and returns each broken rule with its path in wire names; empty when legal:
     *
     * <ul>
     *   <li>{@code id}, {@code country_code}, {@code party_id} and {@code request_id} stay the same;
     *   <li>a final booking never changes: nothing but {@code last_updated} may differ;
     *   <li>the status stays or makes a legal move ({@link #canMove});
     *   <li>{@code booking_requests} keeps every request received, in order and unchanged, and may add new ones;
     *   <li>a request's {@code request_status} changes only from {@code PENDING} to an answer: a request is answered
     *       once.
     * </ul>
     */
    public static List<Violation> checkUpdate(Booking current, Booking next) {
        List<Violation> problems = new ArrayList<>();
        same("id", current.id(), next.id(), problems);
        same("country_code", current.countryCode(), next.countryCode(), problems);
        same("party_id", current.partyId(), next.partyId(), problems);
        same("request_id", current.requestId(), next.requestId(), problems);
        ReservationStatus from = current.reservationStatus();
        ReservationStatus to = next.reservationStatus();
        if (from.isFinal()) {
            if (!current.toBuilder().lastUpdated(next.lastUpdated()).build().equals(next)) {
                problems.add(new Violation("$", "the booking is " + from + ", a final status: it never changes"));
            }
            return problems;
        }
        if (from != to && !canMove(from, to)) {
            problems.add(
                    new Violation("reservation_status", "cannot move from " + from + " to " + to + movesFrom(from)));
        }
        checkRequests(current.bookingRequests(), next.bookingRequests(), problems);
        return problems;
    }

    private static void checkRequests(
            List<BookingRequestStatus> before, List<BookingRequestStatus> after, List<Violation> problems) {
        if (after.size() < before.size()) {
            problems.add(new Violation(
                    "booking_requests",
                    "must keep every request received: " + before.size() + " before, " + after.size() + " now"));
            return;
        }
        for (int i = 0; i < before.size(); i++) {
            BookingRequestStatus was = before.get(i);
            BookingRequestStatus is = after.get(i);
            String at = "booking_requests[" + i + "]";
            if (!was.bookingRequest().equals(is.bookingRequest())
                    || !was.requestReceived().equals(is.requestReceived())) {
                problems.add(new Violation(at, "a request received never changes"));
            } else if (was.requestStatus().isAnswered() && was.requestStatus() != is.requestStatus()) {
                problems.add(answeredOnce(at + ".request_status", was.requestStatus()));
            }
        }
    }

    private static Violation answeredOnce(String path, ReservationRequestStatus answer) {
        return new Violation(path, "the request was answered " + answer + " already; a request is answered once");
    }

    private static void same(String field, Object before, Object after, List<Violation> problems) {
        if (!before.equals(after)) {
            problems.add(
                    new Violation(field, "must stay " + Formats.quote(before.toString()) + ": it names the booking"));
        }
    }

    private static String movesFrom(ReservationStatus from) {
        Set<ReservationStatus> next = MOVES.get(from);
        if (next == null) {
            return " (" + from + " is outside the lifecycle)";
        }
        return next.stream().map(Enum::name).sorted().collect(Collectors.joining(", ", " (allowed: ", ")"));
    }

    private static Booking orThrow(Booking next, List<Violation> problems) {
        if (!problems.isEmpty()) {
            throw new IllegalStateException("illegal change of booking " + Formats.quote(next.id()) + ": "
                    + problems.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        }
        return next;
    }
}
