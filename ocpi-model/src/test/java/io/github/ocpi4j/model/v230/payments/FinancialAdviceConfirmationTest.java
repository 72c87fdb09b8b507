package io.github.ocpi4j.model.v230.payments;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.ReadResult;
import io.github.ocpi4j.model.Violation;
import org.junit.jupiter.api.Test;

/**
 * The rules of the OCPI 2.3.0 Financial Advice Confirmation ({@code
 * [[mod_payments_financial_advice_confirmation_object]]}).
 */
class FinancialAdviceConfirmationTest {
    private final OcpiJson json = OcpiJson.instance();

    private static String advice(String fields) {
        return """
                {"id": "452cf8a1", "authorization_reference": "pp-100100-1948213567",
                 "total_costs": {"before_taxes": 4.00}, "currency": "EUR", %s,
                 "last_updated": "2018-12-10T17:16:15Z"}""".formatted(fields);
    }

    @Test
    void aPartialCaptureWithItsEftDataIsValidAndUnknownFieldsAreAccepted() {
        ReadResult<FinancialAdviceConfirmation> read = json.read(
                advice("\"eft_data\": [\"Visa\", \"Amount: EUR 2.00\"], \"capture_status_code\": \"PARTIAL_SUCCESS\","
                        + " \"x_psp\": {\"id\": 7}"),
                FinancialAdviceConfirmation.class);

        assertThat(read.violations()).isEmpty();
        assertThat(read.get().captureStatusCode()).isEqualTo(CaptureStatusCode.PARTIAL_SUCCESS);
        assertThat(read.get().eftData()).hasSize(2);
    }

    @Test
    void eftDataLinesAndTheStatusMessageHoldOneTo255PrintableAsciiCharacters() {
        // [[types_cistring_type]] of [1..255]: the euro sign is no ASCII
        String body = advice("\"eft_data\": [\"\", \"Betrag: 4,40 €\", \"%s\"], \"capture_status_code\": \"FAILED\","
                        + " \"capture_status_message\": \"\"")
                .formatted("x".repeat(256));

        assertThat(json.read(body, FinancialAdviceConfirmation.class).violations())
                .containsExactlyInAnyOrder(
                        new Violation("eft_data[0]", "CiString: must not be empty"),
                        new Violation(
                                "eft_data[1]", "CiString: character U+20AC at index 13, only printable ASCII allowed"),
                        new Violation("eft_data[2]", "CiString(255): 256 characters, at most 255 allowed"),
                        new Violation("capture_status_message", "CiString: must not be empty"));
    }

    @Test
    void theCurrencyIsAnIsoCodeInAnyCaseAndTheStatusOneOfThree() {
        String lowerCase = advice("\"eft_data\": [\"Visa\"], \"capture_status_code\": \"SUCCESS\"")
                .replace("EUR", "eur");
        String wrong = advice("\"eft_data\": [\"Visa\"], \"capture_status_code\": \"PENDING\"")
                .replace("EUR", "EURO");

        assertThat(json.read(lowerCase, FinancialAdviceConfirmation.class).violations())
                .isEmpty();
        assertThat(json.read(wrong, FinancialAdviceConfirmation.class).violations())
                .containsExactlyInAnyOrder(
                        new Violation("currency", "CiString(3): 4 characters, at most 3 allowed"),
                        new Violation("currency", "ISO 4217: \"EURO\" is not a currency code"),
                        new Violation(
                                "capture_status_code",
                                "enum CaptureStatusCode: unknown value \"PENDING\" (allowed: SUCCESS,"
                                        + " PARTIAL_SUCCESS, FAILED)"));
    }
}
