package io.github.ocpi4j.model.v230.locations;

import io.github.ocpi4j.model.OpenEnum;
import java.util.List;

/**
 * A kind of facility that a charging location is part of.
 *
 * <p>An open enumeration: values other than the constants are kept as they are (see {@link OpenEnum}).
 * Specification: {@code [[mod_locations_facility_enum]]}.
 */
public final class Facility extends OpenEnum {
    private static final Values<Facility> VALUES = new Values<>(Facility::new);

    /** A hotel. */
    public static final Facility HOTEL = VALUES.known("HOTEL");

    /** A restaurant. */
    public static final Facility RESTAURANT = VALUES.known("RESTAURANT");

    /** A cafe. */
    public static final Facility CAFE = VALUES.known("CAFE");

    /** A mall or shopping center. */
    public static final Facility MALL = VALUES.known("MALL");

    /** A supermarket. */
    public static final Facility SUPERMARKET = VALUES.known("SUPERMARKET");

    /** Sports facilities, such as a gym or a playing field. */
    public static final Facility SPORT = VALUES.known("SPORT");

    /** A recreation area. */
    public static final Facility RECREATION_AREA = VALUES.known("RECREATION_AREA");

    /** In or near a park, a nature reserve or the like. */
    public static final Facility NATURE = VALUES.known("NATURE");

    /** A museum. */
    public static final Facility MUSEUM = VALUES.known("MUSEUM");

    /** A place to share bikes, e-bikes or e-scooters. */
    public static final Facility BIKE_SHARING = VALUES.known("BIKE_SHARING");

    /** A bus stop. */
    public static final Facility BUS_STOP = VALUES.known("BUS_STOP");

    /** A taxi stand. */
    public static final Facility TAXI_STAND = VALUES.known("TAXI_STAND");

    /** A tram stop or station. */
    public static final Facility TRAM_STOP = VALUES.known("TRAM_STOP");

    /** A metro station. */
    public static final Facility METRO_STATION = VALUES.known("METRO_STATION");

    /** A train station. */
    public static final Facility TRAIN_STATION = VALUES.known("TRAIN_STATION");

    /** An airport. */
    public static final Facility AIRPORT = VALUES.known("AIRPORT");

    /** A parking lot. */
    public static final Facility PARKING_LOT = VALUES.known("PARKING_LOT");

    /** A carpool parking. */
    public static final Facility CARPOOL_PARKING = VALUES.known("CARPOOL_PARKING");

    /** A fuel station. */
    public static final Facility FUEL_STATION = VALUES.known("FUEL_STATION");

    /** Wi-Fi or another kind of internet access. */
    public static final Facility WIFI = VALUES.known("WIFI");

    private Facility(String value, boolean known) {
        super(value, known);
    }

    /** Returns the constant for a known value, or an instance that keeps an unknown one. */
    public static Facility of(String value) {
        return VALUES.of(value);
    }

    /** Returns the values this version of the specification defines, in its order. */
    public static List<Facility> knownValues() {
        return VALUES.knownValues();
    }
}
