package io.github.ocpi4j.model.v230.bookings;

/**
 * Why a booking was cancelled, as {@link Cancellation} reports it. Some reasons belong to the CPO's side, some to the
 * eMSP's (the driver's).
 *
 * <p>Specification: {@code [[mod_bookings_canceled_reason_enum]]}.
 */
public enum CanceledReason {
    /** The CPO's site has no power. */
    POWER_OUTAGE,
    /** The CPO's charger does not work. */
    BROKEN_CHARGER,
    /** The CPO's chargers are all taken, for example by a vehicle that did not leave. */
    FULL,
    /** The booked charger cannot be reached, for example because the way to it is blocked. */
    BLOCKED,
    /** The eMSP's driver is held up in traffic and cannot arrive in time. */
    TRAFFIC,
    /** The eMSP's driver has a vehicle that broke down. */
    BROKEN_VEHICLE,
    /** The eMSP cancels for its driver, who gave no reason. */
    NO_CANCELED,
    /** Any other reason, or none known. */
    UNKNOWN
}
