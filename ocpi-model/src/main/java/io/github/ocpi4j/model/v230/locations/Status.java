package io.github.ocpi4j.model.v230.locations;

/**
 * The status of an EVSE, as {@link EVSE#status()} and {@link StatusSchedule#status()} give it.
 *
 * <p>Specification: {@code [[mod_locations_status_enum]]}.
 */
public enum Status {
    /** Free: a new charging session can start. */
    AVAILABLE,
    /** Can't be reached because something, such as a parked car, is in the way. */
    BLOCKED,
    /** In use. */
    CHARGING,
    /** Not in service yet, or out of service for a while, without being broken. */
    INOPERATIVE,
    /** Out of order; some part may be broken. */
    OUTOFORDER,
    /** Planned; it will start working soon. */
    PLANNED,
    /**
     * Taken out of service for good; a CPO sets this instead of deleting an EVSE ({@code
     * [[evse_delete_with_status_update]]}).
     */
    REMOVED,
    /** Reserved for one driver, so not available to others. */
    RESERVED,
    /** Status not known, for example while offline. */
    UNKNOWN
}
