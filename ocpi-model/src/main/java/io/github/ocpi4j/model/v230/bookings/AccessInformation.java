package io.github.ocpi4j.model.v230.bookings;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.GenerateBuilder;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * What a driver needs to get onto the site of a booking: the way in, and the value that opens it, such as the
 * vehicle's licence plate or a door code.
 *
 * <pre>{@code
 * AccessInformation code = AccessInformation.builder().method(AccessMethod.ACCESS_CODE).value("1224").build();
 * }</pre>
 *
 * <p>Immutable and thread-safe. Specification: {@code [[mod_bookings_access_information_class]]}.
 *
 * @param method {@code method}: how the driver gets in.
 * @param value {@code value}: optional value that goes with the method: the plate for {@link
 *     AccessMethod#LICENSE_PLATE}, the code for {@link AccessMethod#ACCESS_CODE}, and so on.
 */
@GenerateBuilder
public record AccessInformation(
        @JsonProperty("method") @NotNull AccessMethod method,
        @JsonProperty("value") @Nullable String value) {

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link AccessInformation} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends AccessInformationBuilderBase {
        private Builder() {}
    }
}
