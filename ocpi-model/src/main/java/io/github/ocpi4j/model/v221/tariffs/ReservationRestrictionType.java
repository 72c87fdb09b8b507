package io.github.ocpi4j.model.v221.tariffs;

/**
 * ReservationRestrictionType.
 *
 * <p>Specification: {@code [[mod_tariffs_reservation_restriction_type]]}.
 */
public enum ReservationRestrictionType {
    /** Used in Tariff Elements to describe costs for a reservation. */
    RESERVATION,
    /**
     * Used in Tariff Elements to describe costs for a reservation that expires (i.e. driver does not start a
     * charging session before expiry_date of the reservation).
     */
    RESERVATION_EXPIRES
}
