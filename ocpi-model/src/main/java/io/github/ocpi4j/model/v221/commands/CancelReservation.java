package io.github.ocpi4j.model.v221.commands;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.constraints.Url;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of a {@code CANCEL_RESERVATION} command: cancels an existing reservation.
 *
 * <p>It names the {@code reservation_id} that the Sender gave in its {@link ReserveNow}. As a reservation may cost
 * money, cancelling one might still result in a CDR.
 *
 * <pre>{@code
 * CancelReservation cancel = CancelReservation.builder()
 *         .responseUrl("https://emsp.example.com/ocpi/2.2.1/commands/CANCEL_RESERVATION/1234")
 *         .reservationId("RES-42")
 *         .build();
 * }</pre>
 *
 * <p>Specification: {@code [[mod_commands_cancelreservation_object]]}.
 *
 * @param responseUrl {@code response_url}: URL that the CommandResult POST should be sent to. This URL might contain
 *     a unique ID to be able to distinguish between CancelReservation requests.
 * @param reservationId {@code reservation_id}: Reservation id, unique for this reservation. If the Charge Point
 *     already has a reservation that matches this reservationId the Charge Point will replace the reservation.
 */
@GenerateBuilder
public record CancelReservation(
        @JsonProperty("response_url") @NotNull @Size(max = 255) @Url
        String responseUrl,

        @JsonProperty("reservation_id") @NotNull @Size(max = 36)
        CiString reservationId) {
    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link CancelReservation} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends CancelReservationBuilderBase {
        private Builder() {}
    }
}
