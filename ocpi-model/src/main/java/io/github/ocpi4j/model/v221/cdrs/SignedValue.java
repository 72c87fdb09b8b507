package io.github.ocpi4j.model.v221.cdrs;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.GenerateBuilder;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * This class contains the signed and the plain/unsigned data. By decoding the data, the receiver can check if the
 * content has not been altered.
 *
 * <p>Specification: {@code [[mod_cdrs_signed_value_class]]}.
 *
 * @param nature {@code nature}: Nature of the value, in other words, the event this value belongs to. Possible values
 *     at moment of writing: - Start (value at the start of the Session) - End (signed value at the end of the
 *     Session) - Intermediate (signed values take during the Session, after Start, before End) Others might be added
 *     later.
 * @param plainData {@code plain_data}: The un-encoded string of data. The format of the content depends on the
 *     EncodingMethod field.
 * @param signedData {@code signed_data}: Blob of signed data, base64 encoded (RFC 4648, padded). The format of the
 *     content depends on the EncodingMethod field.
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
