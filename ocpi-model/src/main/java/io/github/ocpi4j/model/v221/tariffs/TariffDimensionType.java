package io.github.ocpi4j.model.v221.tariffs;

/**
 * The dimension that a Price Component prices, and the unit of its {@code step_size}.
 *
 * <p>Specification: {@code [[mod_tariffs_tariffdimensiontype_enum]]}.
 */
public enum TariffDimensionType {
    /** Defined in kWh, {@code step_size} multiplier: 1 Wh. */
    ENERGY,
    /** Flat fee without unit for {@code step_size}. */
    FLAT,
    /** Time not charging: defined in hours, {@code step_size} multiplier: 1 second. */
    PARKING_TIME,
    /**
     * Time charging: defined in hours, {@code step_size} multiplier: 1 second. Can also be used in combination with a
     * {@code RESERVATION} restriction to describe the price of the reservation time.
     */
    TIME
}
