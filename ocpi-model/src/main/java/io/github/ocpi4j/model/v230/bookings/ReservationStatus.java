package io.github.ocpi4j.model.v230.bookings;

/**
 * Where a {@link Booking} stands in its lifecycle. It begins {@link #PENDING} (or, when the CPO decides at once,
 * {@link #RESERVED}, {@link #REJECTED} or {@link #FAILED}); a pending booking becomes reserved, rejected or failed; a
 * reserved one becomes fulfilled, cancelled or a no-show. {@link BookingLifecycle} knows these moves and refuses the
 * others.
 *
 * <p>Specification: {@code [[mod_bookings_reservation_status_enum]]}, {@code [[mod_bookings_flow_and_lifecycle]]}.
 */
public enum ReservationStatus {
    /** Requested; the CPO has not decided yet. */
    PENDING,
    /** The CPO holds the charger for the booking's period. */
    RESERVED,
    /** Cancelled by the eMSP or the CPO; final. */
    CANCELED,
    /** The CPO could not handle the request because of an error; final. */
    FAILED,
    /** Nobody came in time (the booking terms' {@code noshow_timeout} tells how long the CPO waits); final. */
    NO_SHOW,
    /** Used: a session started with one of the booking's tokens before the booking expired; final. */
    FULFILLED,
    /** The CPO refused the request, for example because the period is no longer free; final. */
    REJECTED,
    /** None of the others, or not known; not part of the lifecycle, so no move leads to or from it. */
    UNKNOWN;

    /** Returns whether a booking in this status may never change again. */
    public boolean isFinal() {
        return switch (this) {
            case CANCELED, FAILED, NO_SHOW, FULFILLED, REJECTED -> true;
            case PENDING, RESERVED, UNKNOWN -> false;
        };
    }
}
