package io.github.ocpi4j.model.v221.locations;

/**
 * The status of an EVSE.
 *
 * <p>Specification: {@code [[mod_locations_status_enum]]}.
 */
public enum Status {
    /** The EVSE/Connector is able to start a new charging session. */
    AVAILABLE,
    /** The EVSE/Connector is not accessible because of a physical barrier, i.e. a car. */
    BLOCKED,
    /** The EVSE/Connector is in use. */
    CHARGING,
    /** The EVSE/Connector is not yet active, or temporarily not available for use, but not broken or defect. */
    INOPERATIVE,
    /** The EVSE/Connector is currently out of order, some part/components may be broken/defect. */
    OUTOFORDER,
    /** The EVSE/Connector is planned, will be operating soon. */
    PLANNED,
    /** The EVSE/Connector was discontinued/removed. */
    REMOVED,
    /** The EVSE/Connector is reserved for a particular EV driver and is unavailable for other drivers. */
    RESERVED,
    /** No status information available (also used when offline). */
    UNKNOWN
}
