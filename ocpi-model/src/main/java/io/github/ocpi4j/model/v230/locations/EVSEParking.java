package io.github.ocpi4j.model.v230.locations;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.GenerateBuilder;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Says that a vehicle charging at an {@link EVSE} may use one of its {@link Location}'s {@link Parking} places. New in
 * 2.3.0.
 *
 * <pre>{@code
 * EVSEParking bay = EVSEParking.builder().parkingId("B1").evsePosition(EVSEPosition.LEFT).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe. Specification: {@code [[mod_locations_evseparking_class]]}.
 *
 * @param parkingId {@code parking_id}: the {@link Parking#id() id} of a place in the {@code parking_places} of the
 *     Location this EVSE belongs to; at most 36 characters. {@link Location} validation checks that such a place
 *     exists.
 * @param evsePosition {@code evse_position}: optional side of the place on which the EVSE stands.
 */
@GenerateBuilder
public record EVSEParking(
        @JsonProperty("parking_id") @NotNull @Size(max = 36) CiString parkingId,

        @JsonProperty("evse_position") @Nullable EVSEPosition evsePosition) {
    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link EVSEParking} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends EVSEParkingBuilderBase {
        private Builder() {}
    }
}
