package io.github.ocpi4j.model.v221.cdrs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link SignedData} and {@link SignedValue}: base64 of the key and the signed data, the URL, the lengths ({@code
 * [[mod_cdrs_signed_data_class]]}, {@code [[mod_cdrs_signed_value_class]]}).
 */
class SignedDataTest {
    private static final String BASE64 = SignedData.BASE64;

    private final OcpiJson json = OcpiJson.instance();

    private static SignedValue value(String signedData) {
        return SignedValue.builder()
                .nature("Start")
                .plainData("OCMF|{\"FV\":\"1.0\",\"RD\":[{\"RV\":1.5,\"RU\":\"kWh\"}]}")
                .signedData(signedData)
                .build();
    }

    private static SignedData.Builder signedData() {
        return SignedData.builder()
                .encodingMethod("OCMF")
                .encodingMethodVersion(1)
                .publicKey("MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE")
                .signedValues(List.of(value("MEUCIQDx"), value("MEQCIGs=")))
                .url("https://www.example.com/verify");
    }

    @Test
    void signedDataWithBase64AndAbsoluteUrlIsValid() {
        assertThat(json.validate(signedData().build())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "QQ==", "QUI=", "QUJD", "a+/9Zz09"})
    void paddedBase64IsAccepted(String base64) {
        assertThat(json.validate(value(base64))).isEmpty();
    }

    @Test
    void signedDataThatIsNotBase64IsRejected() {
        SignedData data = signedData()
                .signedValues(List.of(value("MEUCIQDx"), value("MEU-CIQ_")))
                .build();

        assertThat(json.validate(data))
                .containsExactly(
                        new Violation("signed_values[1].signed_data", "format: \"MEU-CIQ_\" does not match " + BASE64));
    }

    @Test
    void unpaddedBase64IsRejected() {
        assertThat(json.validate(value("QUJDRA")))
                .containsExactly(new Violation("signed_data", "format: \"QUJDRA\" does not match " + BASE64));
    }

    @Test
    void publicKeyThatIsNotBase64IsRejected() {
        SignedData data = signedData().publicKey("-----BEGIN PUBLIC KEY-----").build();

        assertThat(json.validate(data))
                .containsExactly(
                        new Violation("public_key", "format: \"-----BEGIN PUBLIC KEY-----\" does not match " + BASE64));
    }

    @Test
    void publicKeyLongerThan512IsRejected() {
        SignedData data = signedData().publicKey("QUJD".repeat(129)).build();

        assertThat(json.validate(data))
                .containsExactly(new Violation("public_key", "string(512): 516 characters, at most 512 allowed"));
    }

    @Test
    void signedDataOf5000CharactersIsAccepted() {
        assertThat(json.validate(value("QUJD".repeat(1250)))).isEmpty();
    }

    @Test
    void urlMustBeAbsolute() {
        SignedData data = signedData().url("verify/12345").build();

        assertThat(json.validate(data))
                .containsExactly(new Violation("url", "URL: \"verify/12345\" is not an absolute URL"));
    }

    @Test
    void signedDataWithoutSignedValuesIsRejected() {
        SignedData data = signedData().signedValues(List.of()).build();

        assertThat(json.validate(data))
                .containsExactly(new Violation("signed_values", "cardinality +: at least one element required"));
    }

    @Test
    void plainDataMayHold5000CharactersButNotMore() {
        SignedValue fits = value("QUJD").toBuilder().plainData("x".repeat(5000)).build();
        SignedValue tooLong =
                value("QUJD").toBuilder().plainData("x".repeat(5001)).build();

        assertThat(json.validate(fits)).isEmpty();
        assertThat(json.validate(tooLong))
                .containsExactly(new Violation("plain_data", "string(5000): 5001 characters, at most 5000 allowed"));
    }

    @Test
    void signedDataInCdrIsValidatedAtItsPath() {
        CDR cdr = CdrFixtures.cdr()
                .signedData(signedData().signedValues(List.of(value("*"))).build())
                .build();

        assertThat(json.validate(cdr))
                .containsExactly(new Violation(
                        "signed_data.signed_values[0].signed_data", "format: \"*\" does not match " + BASE64));
    }
}
