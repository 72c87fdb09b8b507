package io.github.ocpi4j.model.v230.locations;

import io.github.ocpi4j.model.OpenEnum;
import java.util.List;

/**
 * A limit on who may park at the spot of an EVSE. In 2.3.0, {@link EVSE#parkingRestrictions()} lists every such limit
 * except those about the kind of vehicle, which {@link Parking#vehicleTypes()} and {@link Parking#restrictedToType()}
 * express.
 *
 * <p>An open enumeration: values other than the constants are kept as they are (see {@link OpenEnum}).
 * Specification: {@code [[mod_locations_parkingrestriction_enum]]}.
 */
public final class ParkingRestriction extends OpenEnum {
    private static final Values<ParkingRestriction> VALUES = new Values<>(ParkingRestriction::new);

    /** Only for customers or guests, of a hotel or shop for example. */
    public static final ParkingRestriction CUSTOMERS = VALUES.known("CUSTOMERS");

    /** Only for disabled drivers who hold a valid permit. */
    public static final ParkingRestriction DISABLED = VALUES.known("DISABLED");

    /** Only for staff of the site, building or complex the location is part of. New in 2.3.0. */
    public static final ParkingRestriction EMPLOYEES = VALUES.known("EMPLOYEES");

    /** Only electric vehicles may park here. */
    public static final ParkingRestriction EV_ONLY = VALUES.known("EV_ONLY");

    /** Only fits (electric) motorcycles or scooters. */
    public static final ParkingRestriction MOTORCYCLES = VALUES.known("MOTORCYCLES");

    /** Parking only while plugged in and charging. */
    public static final ParkingRestriction PLUGGED = VALUES.known("PLUGGED");

    /** Only for taxis. New in 2.3.0. */
    public static final ParkingRestriction TAXIS = VALUES.known("TAXIS");

    /** Only for residents of the complex the location is part of. New in 2.3.0. */
    public static final ParkingRestriction TENANTS = VALUES.known("TENANTS");

    private ParkingRestriction(String value, boolean known) {
        super(value, known);
    }

    /** Returns the constant for a known value, or an instance that keeps an unknown one. */
    public static ParkingRestriction of(String value) {
        return VALUES.of(value);
    }

    /** Returns the values this version of the specification defines, in its order. */
    public static List<ParkingRestriction> knownValues() {
        return VALUES.knownValues();
    }
}
