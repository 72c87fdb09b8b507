package io.github.ocpi4j.model.v230.bookings;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.GenerateBuilder;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Whether a driver must book to charge at a {@link BookingLocation}, and how many chargers there stay free for those
 * who come without a booking.
 *
 * <pre>{@code
 * Policy mixed = Policy.builder().reservationRequired(false).adHoc(new BigDecimal("2")).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe. Specification: {@code [[mod_bookings_policy_object]]}.
 *
 * @param reservationRequired {@code reservation_required}: whether charging here takes a booking.
 * @param adHoc {@code ad_hoc}: optional number of charging options left for drivers without a booking.
 */
@GenerateBuilder
public record Policy(
        @JsonProperty("reservation_required") @NotNull Boolean reservationRequired,
        @JsonProperty("ad_hoc") @DecimalMin("0") @Nullable BigDecimal adHoc) {

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link Policy} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends PolicyBuilderBase {
        private Builder() {}
    }
}
