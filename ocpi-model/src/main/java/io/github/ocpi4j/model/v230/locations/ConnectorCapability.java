package io.github.ocpi4j.model.v230.locations;

import io.github.ocpi4j.model.OpenEnum;
import java.util.List;

/**
 * A feature of one {@link Connector}, new in 2.3.0. A CPO lists it only when drivers can really use the feature at
 * this connector; hardware that merely implements the underlying standard does not qualify.
 *
 * <p>An open enumeration: values other than the constants are kept as they are (see {@link OpenEnum}).
 * Specification: {@code [[mod_locations_connectorcapability_enum]]}.
 */
public final class ConnectorCapability extends OpenEnum {
    private static final Values<ConnectorCapability> VALUES = new Values<>(ConnectorCapability::new);

    /** Plug and Charge under ISO 15118-2: the car proves the driver's contract with a certificate it holds. */
    public static final ConnectorCapability ISO_15118_2_PLUG_AND_CHARGE = VALUES.known("ISO_15118_2_PLUG_AND_CHARGE");

    /** Plug and Charge under ISO 15118-20: the car proves the driver's contract with a certificate it holds. */
    public static final ConnectorCapability ISO_15118_20_PLUG_AND_CHARGE = VALUES.known("ISO_15118_20_PLUG_AND_CHARGE");

    private ConnectorCapability(String value, boolean known) {
        super(value, known);
    }

    /** Returns the constant for a known value, or an instance that keeps an unknown one. */
    public static ConnectorCapability of(String value) {
        return VALUES.of(value);
    }

    /** Returns the values this version of the specification defines, in its order. */
    public static List<ConnectorCapability> knownValues() {
        return VALUES.knownValues();
    }
}
