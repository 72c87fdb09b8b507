package io.github.ocpi4j.model.v230.locations;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.GenerateBuilder;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The position of a charge point in WGS 84 coordinates. Five decimals (about 1 m) is the least that is useful; seven
 * (about 1 cm) is better.
 *
 * <p>Specification: {@code [[mod_locations_geolocation_class]]}.
 *
 * @param latitude {@code latitude}: decimal degrees as text: an optional minus sign, one or two digits, a dot and 5 to
 *     7 decimals, such as {@code 50.770774}; at most 10 characters.
 * @param longitude {@code longitude}: decimal degrees as text: an optional minus sign, one to three digits, a dot and
 *     5 to 7 decimals, such as {@code -126.104965}; at most 11 characters.
 */
@GenerateBuilder
public record GeoLocation(
        @JsonProperty("latitude") @NotNull @Size(max = 10) @Pattern(regexp = GeoLocation.LATITUDE)
        String latitude,

        @JsonProperty("longitude") @NotNull @Size(max = 11) @Pattern(regexp = GeoLocation.LONGITUDE)
        String longitude) {
    /** The latitude format of {@code [[mod_locations_geolocation_class]]}: decimal degrees, 5 to 7 decimals. */
    static final String LATITUDE = "-?[0-9]{1,2}\\.[0-9]{5,7}";

    /** The longitude format of {@code [[mod_locations_geolocation_class]]}: decimal degrees, 5 to 7 decimals. */
    static final String LONGITUDE = "-?[0-9]{1,3}\\.[0-9]{5,7}";

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link GeoLocation} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends GeoLocationBuilderBase {
        private Builder() {}
    }
}
