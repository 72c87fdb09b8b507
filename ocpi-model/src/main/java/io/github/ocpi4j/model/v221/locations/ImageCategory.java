package io.github.ocpi4j.model.v221.locations;

import io.github.ocpi4j.model.OpenEnum;
import java.util.List;

/**
 * The category of an image to obtain the correct usage in a user presentation. The category has to be set accordingly
 * to the image content in order to guarantee the right usage.
 *
 * <p>An open enumeration: values other than the constants are kept as they are (see {@link OpenEnum}).
 * Specification: {@code [[mod_locations_imagecategory_enum]]}.
 */
public final class ImageCategory extends OpenEnum {
    private static final Values<ImageCategory> VALUES = new Values<>(ImageCategory::new);

    /** Photo of the physical device that contains one or more EVSEs. */
    public static final ImageCategory CHARGER = VALUES.known("CHARGER");

    /** Location entrance photo. Should show the car entrance to the location from street side. */
    public static final ImageCategory ENTRANCE = VALUES.known("ENTRANCE");

    /** Location overview photo. */
    public static final ImageCategory LOCATION = VALUES.known("LOCATION");

    /**
     * Logo of an associated roaming network to be displayed with the EVSE for example in lists, maps and detailed
     * information views.
     */
    public static final ImageCategory NETWORK = VALUES.known("NETWORK");

    /**
     * Logo of the charge point operator, for example a municipality, to be displayed in the EVSEs detailed
     * information view or in lists and maps, if no network logo is present.
     */
    public static final ImageCategory OPERATOR = VALUES.known("OPERATOR");

    /** Other. */
    public static final ImageCategory OTHER = VALUES.known("OTHER");

    /**
     * Logo of the charge point owner, for example a local store, to be displayed in the EVSEs detailed information
     * view.
     */
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
