package io.github.ocpi4j.model.v230.locations;

import io.github.ocpi4j.model.OpenEnum;
import java.util.List;

/**
 * A broad kind of vehicle, which tells what a {@link Parking} place is built for. New in 2.3.0. The kinds are OCPI's
 * own, kept simple for drivers; each constant names the UNECE vehicle category it roughly matches.
 *
 * <p>An open enumeration: values other than the constants are kept as they are (see {@link OpenEnum}).
 * Specification: {@code [[mod_locations_vehicletype_enum]]}.
 */
public final class VehicleType extends OpenEnum {
    private static final Values<VehicleType> VALUES = new Values<>(VehicleType::new);

    /** A motorcycle (UNECE L). */
    public static final VehicleType MOTORCYCLE = VALUES.known("MOTORCYCLE");

    /** A passenger car (UNECE M1). */
    public static final VehicleType PERSONAL_VEHICLE = VALUES.known("PERSONAL_VEHICLE");

    /** A passenger car towing a trailer (UNECE M1 + O). */
    public static final VehicleType PERSONAL_VEHICLE_WITH_TRAILER = VALUES.known("PERSONAL_VEHICLE_WITH_TRAILER");

    /** A light van, less than 275 cm high (UNECE N1). */
    public static final VehicleType VAN = VALUES.known("VAN");

    /** A heavy tractor unit with no trailer (UNECE T). */
    public static final VehicleType SEMI_TRACTOR = VALUES.known("SEMI_TRACTOR");

    /** A heavy truck in one piece, without articulation (UNECE N2 below 12 t, N3 above). */
    public static final VehicleType RIGID = VALUES.known("RIGID");

    /** A heavy truck, tractor or rigid, towing a trailer (UNECE N2 or N3 + O). */
    public static final VehicleType TRUCK_WITH_TRAILER = VALUES.known("TRUCK_WITH_TRAILER");

    /** A bus or coach (UNECE M2 below 5 t, M3 above). */
    public static final VehicleType BUS = VALUES.known("BUS");

    /**
     * A vehicle, usually a passenger car (UNECE M1), whose driver holds a permit for the places kept for people with
     * disabilities.
     */
    public static final VehicleType DISABLED = VALUES.known("DISABLED");

    private VehicleType(String value, boolean known) {
        super(value, known);
    }

    /** Returns the constant for a known value, or an instance that keeps an unknown one. */
    public static VehicleType of(String value) {
        return VALUES.of(value);
    }

    /** Returns the values this version of the specification defines, in its order. */
    public static List<VehicleType> knownValues() {
        return VALUES.knownValues();
    }
}
