package io.github.ocpi4j.model.v221.locations;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.GenerateBuilder;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * This class defines the geo location of the Charge Point. The geodetic system to be used is WGS 84.
 *
 * <p>Specification: {@code [[mod_locations_geolocation_class]]}.
 *
 * @param latitude {@code latitude}: Latitude of the point in decimal degree. Example: 50.770774. Decimal separator:
 *     "." Regex: {@code -?[0-9]{1,2}\.[0-9]{5,7}}.
 * @param longitude {@code longitude}: Longitude of the point in decimal degree. Example: -126.104965. Decimal
 *     separator: "." Regex: {@code -?[0-9]{1,3}\.[0-9]{5,7}}.
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
