package io.github.ocpi4j.model.v230.bookings;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.v230.types.Role;
import jakarta.validation.constraints.NotNull;

/**
 * Why a booking is cancelled and which side cancelled it. An eMSP puts one in a {@link BookingRequest} to ask for a
 * cancellation; a cancelled {@link Booking} keeps it.
 *
 * <p>The module's table names the type of {@code who_canceled} {@code Role} but links it to the interface roles
 * ({@code SENDER}, {@code RECEIVER}). ocpi4j takes the name: a party's {@link Role}, as {@code CPO} or {@code EMSP},
 * which is also who the reasons of {@link CanceledReason} say sets them.
 *
 * <pre>{@code
 * Cancellation stuck = Cancellation.builder()
 *         .cancellationReason(CanceledReason.TRAFFIC).whoCanceled(Role.EMSP).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe. Specification: {@code [[mod_bookings_cancellation_class]]}.
 *
 * @param cancellationReason {@code cancellation_reason}: why the booking is cancelled.
 * @param whoCanceled {@code who_canceled}: the role of the party that cancelled it.
 */
@GenerateBuilder
public record Cancellation(
        @JsonProperty("cancellation_reason") @NotNull CanceledReason cancellationReason,
        @JsonProperty("who_canceled") @NotNull Role whoCanceled) {

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link Cancellation} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends CancellationBuilderBase {
        private Builder() {}
    }
}
