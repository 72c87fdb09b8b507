package io.github.ocpi4j.model.v230.bookings;

/**
 * How a driver gets onto a site that is not open to all, to reach the charger booked there; {@link
 * AccessInformation} pairs it with the value the driver needs.
 *
 * <p>Specification: {@code [[mod_bookings_access_method_enum]]}.
 */
public enum AccessMethod {
    /** Nothing needed: anyone can drive in. */
    OPEN,
    /** One of the booking's tokens opens the way. */
    TOKEN,
    /** A camera or a guard lets in the vehicle with a known plate. */
    LICENSE_PLATE,
    /** The driver types in a code. */
    ACCESS_CODE,
    /** The driver rings at the intercom to be let in. */
    INTERCOM,
    /** The driver needs a ticket of the car park. */
    PARKING_TICKET
}
