package io.github.ocpi4j.model.v230.locations;

/**
 * Where an EVSE stands next to the vehicle parked in one of its {@link Parking} places, as {@link
 * EVSEParking#evsePosition()} gives it. New in 2.3.0.
 *
 * <p>For {@code LEFT} and {@code RIGHT}, assume the car faces the direction of the traffic on its side of the street
 * when parked along it, and nose first, away from the road, when parked in a bay off it. So streetside EVSEs are
 * {@code LEFT} where traffic drives on the left, and {@code RIGHT} where it drives on the right.
 *
 * <p>Specification: {@code [[mod_locations_evseposition_enum]]}.
 */
public enum EVSEPosition {
    /** On the driver's left of the parked vehicle. */
    LEFT,
    /** On the driver's right of the parked vehicle. */
    RIGHT,
    /** In the middle of the closed short end of the place, the end a vehicle cannot drive through. */
    CENTER
}
