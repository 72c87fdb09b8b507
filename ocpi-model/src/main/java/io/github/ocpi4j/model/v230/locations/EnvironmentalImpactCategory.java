package io.github.ocpi4j.model.v230.locations;

import io.github.ocpi4j.model.OpenEnum;
import java.util.List;

/**
 * What an {@link EnvironmentalImpact} measures.
 *
 * <p>An open enumeration: values other than the constants are kept as they are (see {@link OpenEnum}).
 * Specification: {@code [[mod_locations_environmentalimpactcategory_enum]]}.
 */
public final class EnvironmentalImpactCategory extends OpenEnum {
    private static final Values<EnvironmentalImpactCategory> VALUES = new Values<>(EnvironmentalImpactCategory::new);

    /** Nuclear waste produced, in grams per kWh. */
    public static final EnvironmentalImpactCategory NUCLEAR_WASTE = VALUES.known("NUCLEAR_WASTE");

    /** Carbon dioxide emitted, in grams per kWh. */
    public static final EnvironmentalImpactCategory CARBON_DIOXIDE = VALUES.known("CARBON_DIOXIDE");

    private EnvironmentalImpactCategory(String value, boolean known) {
        super(value, known);
    }

    /** Returns the constant for a known value, or an instance that keeps an unknown one. */
    public static EnvironmentalImpactCategory of(String value) {
        return VALUES.of(value);
    }

    /** Returns the values this version of the specification defines, in its order. */
    public static List<EnvironmentalImpactCategory> knownValues() {
        return VALUES.knownValues();
    }
}
