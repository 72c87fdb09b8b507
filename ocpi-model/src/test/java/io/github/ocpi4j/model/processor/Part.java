package io.github.ocpi4j.model.processor;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.GenerateBuilder;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A part of a {@link Gadget}.
 *
 * @param serial {@code serial}: a required string of at most 4 characters.
 */
@GenerateBuilder
public record Part(
        @JsonProperty("serial") @NotNull @Size(max = 4) String serial) {

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link Part} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends PartBuilderBase {
        private Builder() {}
    }

    static Part of(String serial) {
        return new Part(serial);
    }
}
