package io.github.ocpi4j.model.v230.tariffs;

/**
 * The dimension that a Price Component prices, and the unit of its {@code step_size}.
 *
 * <p>Specification: {@code [[mod_tariffs_tariffdimensiontype_enum]]}.
 */
public enum TariffDimensionType {
    /** Energy, priced per kWh; {@code step_size} counts Wh. */
    ENERGY,
    /** A fixed fee; its {@code step_size} has no unit. */
    FLAT,
    /** Time connected but not charging, priced per hour; {@code step_size} counts seconds. */
    PARKING_TIME,
    /**
     * Charging time, priced per hour; {@code step_size} counts seconds. In an element with a {@code reservation}
     * restriction it prices the reservation's duration instead.
     */
    TIME
}
