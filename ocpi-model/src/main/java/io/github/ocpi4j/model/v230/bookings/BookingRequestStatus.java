package io.github.ocpi4j.model.v230.bookings;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.GenerateBuilder;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;

/**
 * One request an eMSP made about a {@link Booking}, as the CPO received it, with the CPO's answer so far. A booking
 * lists all of them; {@link BookingLifecycle#receive} adds one and {@link BookingLifecycle#answer} answers it.
 *
 * <p>Immutable and thread-safe. Specification: {@code [[mod_bookings_request_status_class]]}.
 *
 * @param requestStatus {@code request_status}: whether the CPO has answered the request, and how.
 * @param bookingRequest {@code booking_request}: the request as received.
 * @param requestReceived {@code request_received}: when the CPO received it.
 */
@GenerateBuilder
public record BookingRequestStatus(
        @JsonProperty("request_status") @NotNull ReservationRequestStatus requestStatus,
        @JsonProperty("booking_request") @NotNull @Valid BookingRequest bookingRequest,
        @JsonProperty("request_received") @NotNull Instant requestReceived) {

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link BookingRequestStatus} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends BookingRequestStatusBuilderBase {
        private Builder() {}
    }
}
