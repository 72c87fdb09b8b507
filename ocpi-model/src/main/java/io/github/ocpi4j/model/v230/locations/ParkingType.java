package io.github.ocpi4j.model.v230.locations;

import io.github.ocpi4j.model.OpenEnum;
import java.util.List;

/**
 * The kind of place where a charge point is, for the driver's information.
 *
 * <p>An open enumeration: values other than the constants are kept as they are (see {@link OpenEnum}).
 * Specification: {@code [[mod_locations_parkingtype_enum]]}.
 */
public final class ParkingType extends OpenEnum {
    private static final Values<ParkingType> VALUES = new Values<>(ParkingType::new);

    /** A car park or rest area by a motorway or other highway. */
    public static final ParkingType ALONG_MOTORWAY = VALUES.known("ALONG_MOTORWAY");

    /** A multi-storey car park. */
    public static final ParkingType PARKING_GARAGE = VALUES.known("PARKING_GARAGE");

    /** An open area set aside for parking, as at a supermarket or bar. */
    public static final ParkingType PARKING_LOT = VALUES.known("PARKING_LOT");

    /** The driveway of a house or other building. */
    public static final ParkingType ON_DRIVEWAY = VALUES.known("ON_DRIVEWAY");

    /** Public parking at the side of a street. */
    public static final ParkingType ON_STREET = VALUES.known("ON_STREET");

    /** A multi-storey car park, mostly below ground. */
    public static final ParkingType UNDERGROUND_GARAGE = VALUES.known("UNDERGROUND_GARAGE");

    private ParkingType(String value, boolean known) {
        super(value, known);
    }

    /** Returns the constant for a known value, or an instance that keeps an unknown one. */
    public static ParkingType of(String value) {
        return VALUES.of(value);
    }

    /** Returns the values this version of the specification defines, in its order. */
    public static List<ParkingType> knownValues() {
        return VALUES.knownValues();
    }
}
