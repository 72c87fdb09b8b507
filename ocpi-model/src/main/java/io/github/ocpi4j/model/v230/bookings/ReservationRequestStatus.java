package io.github.ocpi4j.model.v230.bookings;

/**
 * Where one {@link BookingRequest} of an eMSP stands: waiting for the CPO, or answered. A request is answered once;
 * {@link BookingLifecycle} refuses to answer it again.
 *
 * <p>Specification: {@code [[mod_bookings_request_status_enum]]}.
 */
public enum ReservationRequestStatus {
    /** Received; the CPO has not decided yet. */
    PENDING,
    /** The CPO grants the request. */
    ACCEPTED,
    /** The CPO refuses the request. */
    DECLINED,
    /** The CPO could not handle the request because of an error. */
    FAILED;

    /** Returns whether the CPO has answered: any status but {@link #PENDING}. */
    public boolean isAnswered() {
        return this != PENDING;
    }
}
