package io.github.ocpi4j.model.v230.tariffs;

/**
 * Marks a Tariff Element as the costs of a reservation ({@link TariffRestrictions#reservation()}).
 *
 * <p>If a Tariff has elements of both kinds, each with a {@code TIME} Price Component, the time of a reservation that
 * expired is priced by the {@code RESERVATION_EXPIRES} element.
 *
 * <p>Specification: {@code [[mod_tariffs_reservation_restriction_type]]}.
 */
public enum ReservationRestrictionType {
    /** The element prices a reservation. */
    RESERVATION,
    /**
     * The element prices a reservation that expired: the driver did not start charging before the reservation's
     * {@code expiry_date}.
     */
    RESERVATION_EXPIRES
}
