package io.github.ocpi4j.model.v230.tariffs;

/**
 * The type of a Tariff, which tells for which sessions it is valid, such as ad-hoc payment or a Charging
 * Preference.
 *
 * <p>Specification: {@code [[mod_tariffs_tariff_type]]}.
 */
public enum TariffType {
    /** For drivers who pay on the spot at the charge point, for example by card at a payment terminal. */
    AD_HOC_PAYMENT,
    /** For sessions whose charging preferences chose the profile {@code CHEAP}. */
    PROFILE_CHEAP,
    /** For sessions whose charging preferences chose the profile {@code FAST}. */
    PROFILE_FAST,
    /** For sessions whose charging preferences chose the profile {@code GREEN}. */
    PROFILE_GREEN,
    /** For sessions started with an RFID card and no charging preferences, or with the profile {@code REGULAR}. */
    REGULAR
}
