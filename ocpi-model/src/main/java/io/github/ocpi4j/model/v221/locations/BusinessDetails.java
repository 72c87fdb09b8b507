package io.github.ocpi4j.model.v221.locations;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.constraints.Url;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * BusinessDetails.
 *
 * <p>Specification: {@code [[mod_locations_businessdetails_class]]}.
 *
 * @param name {@code name}: Name of the operator.
 * @param website {@code website}: Link to the operator's website.
 * @param logo {@code logo}: Image link to the operator's logo.
 */
@GenerateBuilder
public record BusinessDetails(
        @JsonProperty("name") @NotNull @Size(max = 100) String name,

        @JsonProperty("website") @Size(max = 255) @Url @Nullable
        String website,

        @JsonProperty("logo") @Valid @Nullable Image logo) {
    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link BusinessDetails} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends BusinessDetailsBuilderBase {
        private Builder() {}
    }
}
