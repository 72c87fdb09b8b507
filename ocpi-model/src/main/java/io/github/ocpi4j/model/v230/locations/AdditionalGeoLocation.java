package io.github.ocpi4j.model.v230.locations;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.v230.types.DisplayText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * An extra point near a charge point that matters to a driver, such as the entrance of a car park, in WGS 84
 * coordinates.
 *
 * <p>Specification: {@code [[mod_locations_additionalgeolocation_class]]}.
 *
 * @param latitude {@code latitude}: decimal degrees as text, with a dot and 5 to 7 decimals, such as {@code
 *     50.770774}; the format is that of {@link GeoLocation#latitude()}.
 * @param longitude {@code longitude}: decimal degrees as text, with a dot and 5 to 7 decimals, such as {@code
 *     -126.104965}; the format is that of {@link GeoLocation#longitude()}.
 * @param name {@code name}: optional label of the point, in the local language or as signposted on site, such as the
 *     street or the number of a car park entrance.
 */
@GenerateBuilder
public record AdditionalGeoLocation(
        @JsonProperty("latitude") @NotNull @Size(max = 10) @Pattern(regexp = GeoLocation.LATITUDE)
        String latitude,

        @JsonProperty("longitude") @NotNull @Size(max = 11) @Pattern(regexp = GeoLocation.LONGITUDE)
        String longitude,

        @JsonProperty("name") @Valid @Nullable DisplayText name) {
    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link AdditionalGeoLocation} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends AdditionalGeoLocationBuilderBase {
        private Builder() {}
    }
}
