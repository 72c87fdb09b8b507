package io.github.ocpi4j.model.v221.cdrs;

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
 * This class contains all the information of the signed data. Which encoding method is used, if needed, the public
 * key and a list of signed values.
 *
 * <p>Specification: {@code [[mod_cdrs_signed_data_class]]}.
 *
 * @param encodingMethod {@code encoding_method}: The name of the encoding used in the SignedData field. This is the
 *     name given to the encoding by a company or group of companies. See note below.
 * @param encodingMethodVersion {@code encoding_method_version}: Version of the EncodingMethod (when applicable).
 * @param publicKey {@code public_key}: Public key used to sign the data, base64 encoded (RFC 4648, padded).
 * @param signedValues {@code signed_values}: One or more signed values.
 * @param url {@code url}: URL that can be shown to an EV driver. This URL gives the EV driver the possibility to
 *     check the signed data from a charging session. Checked to be an absolute URL.
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
