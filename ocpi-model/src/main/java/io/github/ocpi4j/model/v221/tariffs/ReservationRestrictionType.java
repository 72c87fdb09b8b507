package io.github.ocpi4j.model.v221.tariffs;

/**
 * Marks a Tariff Element as the costs of a reservation ({@link TariffRestrictions#reservation()}).
 *
 * <p>When a Tariff has both {@code RESERVATION} and {@code RESERVATION_EXPIRES} Tariff Elements, both with a {@code
 * TIME} Price Component, the time based cost of an expired reservation is calculated with the {@code
 * RESERVATION_EXPIRES} Tariff Element.
 *
 * <p>Specification: {@code [[mod_tariffs_reservation_restriction_type]]}.
 */
public enum ReservationRestrictionType {
    /** Used in Tariff Elements to describe costs for a reservation. */
    RESERVATION,
    /**
     * Used in Tariff Elements to describe costs for a reservation that expires (i.e. driver does not start a
     * charging session before {@code expiry_date} of the reservation).
     */
    RESERVATION_EXPIRES
}
