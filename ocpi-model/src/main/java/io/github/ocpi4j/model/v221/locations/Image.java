package io.github.ocpi4j.model.v221.locations;

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
 * This class references an image related to an EVSE in terms of a file name or url. According to the roaming
 * connection between one EVSE Operator and one or more Navigation Service Providers, the hosting or file exchange of
 * image payload data has to be defined. The exchange of this content data is out of scope of OCPI. However, the
 * recommended setup is a public available web server hosted and updated by the EVSE Operator. Per charge point an
 * unlimited number of images of each type is allowed. Recommended are at least two images where one is a network or
 * provider logo and the second is a station photo. If two images of the same type are defined, not only one should be
 * selected but both should be displayed together.
 *
 * <p>Specification: {@code [[mod_locations_image_class]]}.
 *
 * @param url {@code url}: URL from where the image data can be fetched through a web browser.
 * @param thumbnail {@code thumbnail}: URL from where a thumbnail of the image can be fetched through a webbrowser.
 * @param category {@code category}: Describes what the image is used for.
 * @param type {@code type}: Image type like: gif, jpeg, png, svg.
 * @param width {@code width}: Width of the full scale image.
 * @param height {@code height}: Height of the full scale image.
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
