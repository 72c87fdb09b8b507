package io.github.ocpi4j.model.v221.locations;

import io.github.ocpi4j.model.OpenEnum;
import java.util.List;

/**
 * Reflects the general type of the charge point's location. May be used for user information.
 *
 * <p>An open enumeration: values other than the constants are kept as they are (see {@link OpenEnum}).
 * Specification: {@code [[mod_locations_parkingtype_enum]]}.
 */
public final class ParkingType extends OpenEnum {
    private static final Values<ParkingType> VALUES = new Values<>(ParkingType::new);

    /** Location on a parking facility/rest area along a motorway, freeway, interstate, highway etc. */
    public static final ParkingType ALONG_MOTORWAY = VALUES.known("ALONG_MOTORWAY");

    /** Multistorey car park. */
    public static final ParkingType PARKING_GARAGE = VALUES.known("PARKING_GARAGE");

    /** A cleared area that is intended for parking vehicles, i.e. at super markets, bars, etc. */
    public static final ParkingType PARKING_LOT = VALUES.known("PARKING_LOT");

    /** Location is on the driveway of a house/building. */
    public static final ParkingType ON_DRIVEWAY = VALUES.known("ON_DRIVEWAY");

    /** Parking in public space along a street. */
    public static final ParkingType ON_STREET = VALUES.known("ON_STREET");

    /** Multistorey car park, mainly underground. */
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
