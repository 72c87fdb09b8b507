package io.github.ocpi4j.model.v230.locations;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.constraints.Url;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A picture of an EVSE or a location, given by URL. OCPI does not carry the image data; the parties agree where it is
 * hosted, and a public web server that the operator keeps up to date is the recommended choice.
 *
 * <p>Any number of images per category is allowed; at least a logo and a photo of the station are recommended, and
 * images of one category should all be shown, not just one. Recommended sizes: photos at least 800 by 600 pixels
 * with a 200 by 200 thumbnail; logos 512 by 512 pixels with a 128 by 128 thumbnail. A thumbnail that is not square
 * keeps the orientation of its image.
 *
 * <p>Specification: {@code [[mod_locations_image_class]]}.
 *
 * @param url {@code url}: where a web browser can fetch the image; at most 255 characters.
 * @param thumbnail {@code thumbnail}: optional URL where a browser can fetch a small version of the image.
 * @param category {@code category}: what the image shows, and so where an app should use it.
 * @param type {@code type}: the file type, such as {@code gif}, {@code jpeg}, {@code png} or {@code svg}; at most 4
 *     characters.
 * @param width {@code width}: optional width of the full-size image in pixels, at most 5 digits.
 * @param height {@code height}: optional height of the full-size image in pixels, at most 5 digits.
 */
@GenerateBuilder
public record Image(
        @JsonProperty("url") @NotNull @Size(max = 255) @Url String url,

        @JsonProperty("thumbnail") @Size(max = 255) @Url @Nullable
        String thumbnail,

        @JsonProperty("category") @NotNull ImageCategory category,
        @JsonProperty("type") @NotNull @Size(max = 4) CiString type,
        @JsonProperty("width") @Min(0) @Max(99999) @Nullable Integer width,

        @JsonProperty("height") @Min(0) @Max(99999) @Nullable
        Integer height) {
    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link Image} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends ImageBuilderBase {
        private Builder() {}
    }
}
