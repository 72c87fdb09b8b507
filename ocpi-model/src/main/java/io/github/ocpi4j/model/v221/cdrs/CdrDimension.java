package io.github.ocpi4j.model.v221.cdrs;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * CdrDimension.
 *
 * <p>Specification: {@code [[mod_cdrs_cdrdimension_class]]}.
 *
 * @param type {@code type}: Type of CDR dimension.
 * @param volume {@code volume}: Volume of the dimension consumed, measured according to the dimension type.
 */
public record CdrDimension(
        @JsonProperty("type") @NotNull CdrDimensionType type,
        @JsonProperty("volume") @NotNull BigDecimal volume) {
    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds {@link CdrDimension} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder {
        private @Nullable CdrDimensionType type;
        private @Nullable BigDecimal volume;

        private Builder() {}

        private Builder(CdrDimension from) {
            type = from.type;
            volume = from.volume;
        }

        /** Sets {@link CdrDimension#type()}. */
        public Builder type(@Nullable CdrDimensionType type) {
            this.type = type;
            return this;
        }

        /** Sets {@link CdrDimension#volume()}. */
        public Builder volume(@Nullable BigDecimal volume) {
            this.volume = volume;
            return this;
        }

        /** Returns the {@link CdrDimension}. */
        public CdrDimension build() {
            return new CdrDimension(type, volume);
        }
    }
}
