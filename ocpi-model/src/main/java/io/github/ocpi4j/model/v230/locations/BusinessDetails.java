package io.github.ocpi4j.model.v230.locations;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.constraints.Url;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Who a business is: the operator, suboperator or owner of a {@code Location}.
 *
 * <p>Specification: {@code [[mod_locations_businessdetails_class]]}.
 *
 * @param name {@code name}: the business's name, at most 100 characters.
 * @param website {@code website}: optional link to its website.
 * @param logo {@code logo}: optional logo.
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
