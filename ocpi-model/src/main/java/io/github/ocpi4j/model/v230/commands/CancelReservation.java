package io.github.ocpi4j.model.v230.commands;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.constraints.Url;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of a {@code CANCEL_RESERVATION} command: cancels an existing reservation.
 *
 * <p>It carries the {@code reservation_id} the Sender chose in its earlier {@link ReserveNow}. A reservation can
 * have a price, so a CDR may follow even after a cancel.
 *
 * <pre>{@code
 * CancelReservation cancel = CancelReservation.builder()
 *         .responseUrl("https://emsp.example.com/ocpi/2.3.0/commands/CANCEL_RESERVATION/1234")
 *         .reservationId("RES-42")
 *         .build();
 * }</pre>
 *
 * <p>Specification: {@code [[mod_commands_cancelreservation_object]]}.
 *
 * @param responseUrl {@code response_url}: where the CPO POSTs the {@link CommandResult} later, at most 255
 *     characters; required. The eMSP may put its own id for this cancel request in it.
 * @param reservationId {@code reservation_id}: the Sender's id of the reservation to cancel, at most 36 characters;
 *     required.
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
