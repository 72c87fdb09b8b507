package io.github.ocpi4j.model.v230.locations;

import io.github.ocpi4j.model.OpenEnum;
import java.util.List;

/**
 * The category of an {@link Image}, which tells an app where to use it; it must reflect the image's content.
 *
 * <p>An open enumeration: values other than the constants are kept as they are (see {@link OpenEnum}).
 * Specification: {@code [[mod_locations_imagecategory_enum]]}.
 */
public final class ImageCategory extends OpenEnum {
    private static final Values<ImageCategory> VALUES = new Values<>(ImageCategory::new);

    /** Photo of the device that houses one or more EVSEs. */
    public static final ImageCategory CHARGER = VALUES.known("CHARGER");

    /** Photo of the location's entrance; it should show where cars enter, seen from the street. */
    public static final ImageCategory ENTRANCE = VALUES.known("ENTRANCE");

    /** Photo giving an overview of the location. */
    public static final ImageCategory LOCATION = VALUES.known("LOCATION");

    /** Logo of a roaming network the EVSE is part of, for lists, maps and detail views. */
    public static final ImageCategory NETWORK = VALUES.known("NETWORK");

    /**
     * Logo of the operator (a city, say), for the EVSE's detail view, and for lists and maps when there is no network
     * logo.
     */
    public static final ImageCategory OPERATOR = VALUES.known("OPERATOR");

    /** Anything else. */
    public static final ImageCategory OTHER = VALUES.known("OTHER");

    /** Logo of the owner (a local shop, say), for the EVSE's detail view. */
    public static final ImageCategory OWNER = VALUES.known("OWNER");

    private ImageCategory(String value, boolean known) {
        super(value, known);
    }

    /** Returns the constant for a known value, or an instance that keeps an unknown one. */
    public static ImageCategory of(String value) {
        return VALUES.of(value);
    }

    /** Returns the values this version of the specification defines, in its order. */
    public static List<ImageCategory> knownValues() {
        return VALUES.knownValues();
    }
}
