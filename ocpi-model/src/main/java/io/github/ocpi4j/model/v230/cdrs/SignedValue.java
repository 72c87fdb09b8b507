package io.github.ocpi4j.model.v230.cdrs;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.GenerateBuilder;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One signed meter value together with its plain text, so that the receiver can decode the signature and see that
 * the content was not tampered with.
 *
 * <p>Specification: {@code [[mod_cdrs_signed_value_class]]}.
 *
 * @param nature {@code nature}: the moment of the session this value belongs to; today {@code Start}, {@code End} or
 *     {@code Intermediate} (between the two), with more possible later.
 * @param plainData {@code plain_data}: the value as plain text, in the format {@code encoding_method} defines.
 * @param signedData {@code signed_data}: the signed value in base64 (RFC 4648, padded), in the format {@code
 *     encoding_method} defines.
 */
@GenerateBuilder
public record SignedValue(
        @JsonProperty("nature") @NotNull @Size(max = 32) CiString nature,

        @JsonProperty("plain_data") @NotNull @Size(max = 5000)
        String plainData,

        @JsonProperty("signed_data") @NotNull @Size(max = 5000) @Pattern(regexp = SignedData.BASE64)
        String signedData) {
    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link SignedValue} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends SignedValueBuilderBase {
        private Builder() {}
    }
}
