package io.github.ocpi4j.model.v221.locations;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.v221.types.DisplayText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * This class defines an additional geo location that is relevant for the Charge Point. The geodetic system to be used
 * is WGS 84.
 *
 * <p>Specification: {@code [[mod_locations_additionalgeolocation_class]]}.
 *
 * @param latitude {@code latitude}: Latitude of the point in decimal degree. Example: 50.770774. Decimal separator:
 *     "." Regex: {@code -?[0-9]{1,2}\.[0-9]{5,7}}.
 * @param longitude {@code longitude}: Longitude of the point in decimal degree. Example: -126.104965. Decimal
 *     separator: "." Regex: {@code -?[0-9]{1,3}\.[0-9]{5,7}}.
 * @param name {@code name}: Name of the point in local language or as written at the location. For example the street
 *     name of a parking lot entrance or it's number.
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
