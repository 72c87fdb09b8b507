package io.github.ocpi4j.model.v230.cdrs;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.constraints.Url;
import io.github.ocpi4j.model.internal.Lists;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Signed metering data of a session (for example for the German Eichrecht), so that a receiver can check it: the
 * encoding, optionally the public key, and the signed values.
 *
 * <p>Specification: {@code [[mod_cdrs_signed_data_class]]}.
 *
 * @param encodingMethod {@code encoding_method}: the name of the signing format, as its authors call it (for example
 *     {@code OCMF}); the specification lists the known ones.
 * @param encodingMethodVersion {@code encoding_method_version}: the version of that format, if it has versions.
 * @param publicKey {@code public_key}: the key that signed the data, in base64 (RFC 4648, padded); optional.
 * @param signedValues {@code signed_values}: the signed values, at least one.
 * @param url {@code url}: an optional page where the driver can verify the session's signed data. Checked to be an
 *     absolute URL.
 */
@GenerateBuilder
public record SignedData(
        @JsonProperty("encoding_method") @NotNull @Size(max = 36)
        CiString encodingMethod,

        @JsonProperty("encoding_method_version") @Nullable Integer encodingMethodVersion,

        @JsonProperty("public_key") @Size(max = 512) @Pattern(regexp = SignedData.BASE64) @Nullable
        String publicKey,

        @JsonProperty("signed_values") @NotEmpty List<@Valid SignedValue> signedValues,
        @JsonProperty("url") @Size(max = 512) @Url @Nullable String url) {

    /**
     * The base64 encoding of {@code public_key} and {@code SignedValue.signed_data} ({@code
     * [[mod_cdrs_signed_data_class]]}, {@code [[mod_cdrs_signed_value_class]]}): the alphabet of RFC 4648
     * section 4, padded with {@code =} to a multiple of 4 characters.
     */
    static final String BASE64 = "(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?";

    /** Copies the lists; {@code null} becomes empty. */
    public SignedData {
        signedValues = Lists.copyOf(signedValues);
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link SignedData} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends SignedDataBuilderBase {
        private Builder() {}
    }
}
