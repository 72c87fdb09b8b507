package io.github.ocpi4j.model.v230.payments;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.ReadResult;
import io.github.ocpi4j.model.Violation;
import org.junit.jupiter.api.Test;

/** The rules of the OCPI 2.3.0 Terminal ({@code [[mod_payments_terminal_object]]}). */
class TerminalTest {
    private final OcpiJson json = OcpiJson.instance();

    @Test
    void aTerminalWithFieldsThisSdkDoesNotKnowIsReadWithoutViolation() {
        String body = """
                {"terminal_id": "452cf8a1", "coordinates": {"latitude": "51.047599", "longitude": "3.729944",
                 "x_accuracy": 3}, "x_vendor": {"model": "T-100"}, "last_updated": "2018-12-10T17:16:15Z"}""";

        ReadResult<Terminal> read = json.read(body, Terminal.class);

        assertThat(read.violations()).isEmpty();
        assertThat(read.get().coordinates().latitude()).isEqualTo("51.047599");
    }

    @Test
    void theLengthsOfTheTableAreCheckedOnEveryFieldAndEveryAssignedId() {
        String template = """
                {"terminal_id": "452cf8a1", "address": "%s", "state": "%s", "postal_code": "12345678901",
                 "location_ids": ["LOC1", "%s"], "evse_uids": ["%s"], "last_updated": "2018-12-10T17:16:15Z"}""";
        String body = template.formatted("a".repeat(46), "s".repeat(21), "L".repeat(37), "E".repeat(37));

        assertThat(json.read(body, Terminal.class).violations())
                .containsExactlyInAnyOrder(
                        new Violation("address", "CiString(45): 46 characters, at most 45 allowed"),
                        new Violation("state", "CiString(20): 21 characters, at most 20 allowed"),
                        new Violation("postal_code", "CiString(10): 11 characters, at most 10 allowed"),
                        new Violation("location_ids[1]", "CiString(36): 37 characters, at most 36 allowed"),
                        new Violation("evse_uids[0]", "CiString(36): 37 characters, at most 36 allowed"));
    }

    @Test
    void countryCodesOfTheCiStringFieldsMatchInAnyCase() {
        // [[types_cistring_type]]: country and country_code are CiStrings in the Terminal's table
        String body = """
                {"terminal_id": "452cf8a1", "country": "aut", "country_code": "at", "party_id": "pay",
                 "last_updated": "2018-12-10T17:16:15Z"}""";

        assertThat(json.read(body, Terminal.class).violations()).isEmpty();
        assertThat(json.read(body.replace("aut", "xyz"), Terminal.class).violations())
                .containsExactly(new Violation("country", "ISO 3166-1 alpha-3: \"xyz\" is not a country code"));
    }

    @Test
    void anInvoiceCreatorOtherThanCpoOrPtpIsAViolation() {
        String body = """
                {"terminal_id": "452cf8a1", "invoice_creator": "EMSP", "last_updated": "2018-12-10T17:16:15Z"}""";

        assertThat(json.read(body, Terminal.class).violations())
                .containsExactly(new Violation(
                        "invoice_creator", "enum InvoiceCreator: unknown value \"EMSP\" (allowed: CPO, PTP)"));
    }
}
