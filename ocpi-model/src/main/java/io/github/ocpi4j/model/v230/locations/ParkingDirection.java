package io.github.ocpi4j.model.v230.locations;

/**
 * How a {@link Parking} place lies against the road that vehicles use to reach the EVSE. New in 2.3.0.
 *
 * <p>Specification: {@code [[mod_locations_parkingdirection_enum]]}.
 */
public enum ParkingDirection {
    /** Along the road. */
    PARALLEL,
    /** At a right angle to the road. */
    PERPENDICULAR,
    /** At a slant to the road, as in echelon parking. */
    ANGLE
}
