package io.github.ocpi4j.model.v230.versions;

import io.github.ocpi4j.model.OpenEnum;
import java.util.List;

/**
 * An OCPI version number, as listed by a versions endpoint.
 *
 * <p>An open enumeration: values other than the constants are kept as they are (see {@link OpenEnum}).
 * Specification: {@code [[version_information_endpoint_versionnumber_enum]]}.
 */
public final class VersionNumber extends OpenEnum {
    private static final Values<VersionNumber> VALUES = new Values<>(VersionNumber::new);

    /** OCPI version 2.0. */
    public static final VersionNumber V2_0 = VALUES.known("2.0");

    /** OCPI 2.1: deprecated; 2.1.1 replaces it. */
    public static final VersionNumber V2_1 = VALUES.known("2.1");

    /** OCPI version 2.1.1. */
    public static final VersionNumber V2_1_1 = VALUES.known("2.1.1");

    /** OCPI 2.2: deprecated; 2.2.1 replaces it. */
    public static final VersionNumber V2_2 = VALUES.known("2.2");

    /** OCPI version 2.2.1. */
    public static final VersionNumber V2_2_1 = VALUES.known("2.2.1");

    /** OCPI version 2.3.0, the version of this package. */
    public static final VersionNumber V2_3_0 = VALUES.known("2.3.0");

    private VersionNumber(String value, boolean known) {
        super(value, known);
    }

    /** Returns the constant for a known value, or an instance that keeps an unknown one. */
    public static VersionNumber of(String value) {
        return VALUES.of(value);
    }

    /** Returns the values this version of the specification defines, in its order. */
    public static List<VersionNumber> knownValues() {
        return VALUES.knownValues();
    }
}
