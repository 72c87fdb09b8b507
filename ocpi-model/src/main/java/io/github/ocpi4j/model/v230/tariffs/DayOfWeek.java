package io.github.ocpi4j.model.v230.tariffs;

/**
 * A day of the week, as used in {@link TariffRestrictions#dayOfWeek()}.
 *
 * <p>Specification: {@code [[mod_tariffs_dayofweek_enum]]}.
 */
public enum DayOfWeek {
    /** Monday. */
    MONDAY,
    /** Tuesday. */
    TUESDAY,
    /** Wednesday. */
    WEDNESDAY,
    /** Thursday. */
    THURSDAY,
    /** Friday. */
    FRIDAY,
    /** Saturday. */
    SATURDAY,
    /** Sunday. */
    SUNDAY
}
