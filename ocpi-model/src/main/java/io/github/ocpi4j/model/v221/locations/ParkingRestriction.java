package io.github.ocpi4j.model.v221.locations;

import io.github.ocpi4j.model.OpenEnum;
import java.util.List;

/**
 * This value, if provided, represents the restriction to the parking spot for different purposes.
 *
 * <p>An open enumeration: values other than the constants are kept as they are (see {@link OpenEnum}).
 * Specification: {@code [[mod_locations_parkingrestriction_enum]]}.
 */
public final class ParkingRestriction extends OpenEnum {
    private static final Values<ParkingRestriction> VALUES = new Values<>(ParkingRestriction::new);

    /** Reserved parking spot for electric vehicles. */
    public static final ParkingRestriction EV_ONLY = VALUES.known("EV_ONLY");

    /** Parking is only allowed while plugged in (charging). */
    public static final ParkingRestriction PLUGGED = VALUES.known("PLUGGED");

    /** Reserved parking spot for disabled people with valid ID. */
    public static final ParkingRestriction DISABLED = VALUES.known("DISABLED");

    /** Parking spot for customers/guests only, for example in case of a hotel or shop. */
    public static final ParkingRestriction CUSTOMERS = VALUES.known("CUSTOMERS");

    /** Parking spot only suitable for (electric) motorcycles or scooters. */
    public static final ParkingRestriction MOTORCYCLES = VALUES.known("MOTORCYCLES");

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
