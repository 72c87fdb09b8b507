package io.github.ocpi4j.examples;

import static io.github.ocpi4j.examples.CommandLine.example;
import static io.github.ocpi4j.examples.CommandLine.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ocpi4j validate}: its output and exit codes are a contract that scripts rely on. */
class ValidateCommandTest {
    @TempDir
    Path dir;

    private String file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content).toString();
    }

    @Test
    void validFilesPrintOkAndExitZero() {
        String a = example("location_example.json");
        String b = example("location_example_uc2_destination_charger.json");

        CommandLine result = run("validate", "--type", "Location", a, b);

        assertThat(result.exit()).isZero();
        assertThat(result.out()).isEqualTo("OK " + a + "\nOK " + b + "\n");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void invalidFilePrintsEachViolationWithItsPathAndExitsOne() {
        String broken = example("location_put_example_add_evse.json");

        CommandLine result = run("validate", "--type", "EVSE", broken);

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out())
                .isEqualTo("INVALID " + broken + "\n"
                        + "  physical_reference: type: expected a string, was a number\n"
                        + "  connectors[0].power_type: required\n"
                        + "  connectors[0].max_voltage: required\n"
                        + "  connectors[0].max_amperage: required\n"
                        + "  connectors[0].last_updated: required\n");
    }

    @Test
    void oneInvalidFileAmongValidOnesExitsOne() {
        CommandLine result = run(
                "validate",
                "--type",
                "Tariff",
                example("tariff_1_simple_2hour.json"),
                example("tariff_put_example.json"));

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).contains("OK ").contains("INVALID ").contains("  last_updated: required\n");
    }

    @Test
    void arraysAndResponseEnvelopesAreValidatedElementByElement() throws IOException {
        String list = example("versions_info_example.json");
        String envelope = example("transport_and_format_get_token_list_example.json");
        String brokenEnvelope = file("envelope.json", """
                {"data":[{"version":"2.2.1","url":"https://example.com/2.2.1"},{"version":"2.1.1"}],
                 "status_code":1000,"timestamp":"2015-06-30T21:59:59Z"}""");

        assertThat(run("validate", "--type", "Version", list).exit()).isZero();
        assertThat(run("validate", "--type", "Token", envelope).exit()).isZero();
        assertThat(run("validate", "--type", "Version", brokenEnvelope).out())
                .isEqualTo("INVALID " + brokenEnvelope + "\n  data[1].url: required\n");
    }

    @Test
    void partialJudgesAPatchBody() throws IOException {
        String patch = example("token_patch_example.json");
        String withoutLastUpdated = file("patch.json", "{\"valid\": false}");

        assertThat(run("validate", "--type", "Token", "--partial", patch).exit())
                .isZero();
        assertThat(run("validate", "--type", "Token", patch).exit()).isEqualTo(1);
        CommandLine result = run("validate", "--type", "Token", "--partial", withoutLastUpdated);
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).isEqualTo("INVALID " + withoutLastUpdated + "\n  last_updated: required\n");
    }

    @Test
    void malformedJsonIsInvalidWithItsPosition() throws IOException {
        String bad = file("bad.json", "{\"id\": \"LOC1\",");

        CommandLine result = run("validate", "--type", "Location", bad);

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).startsWith("INVALID " + bad + "\n  $: malformed JSON: Unexpected end-of-input");
    }

    @Test
    void typeNamesIgnoreCase() {
        assertThat(run("validate", "--type", "evse", example("location_put_example_add_evse.json"))
                        .exit())
                .isEqualTo(1);
        assertThat(run("validate", "--type", "displaytext", example("type_displaytext_example.json"))
                        .exit())
                .isZero();
    }

    @Test
    void missingFileIsAnIoErrorWithExitTwo() {
        CommandLine result = run("validate", "--type", "Location", example("location_example.json"), "nope.json");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.out()).startsWith("OK ");
        assertThat(result.err()).isEqualTo("ERROR nope.json: no such file\n");
    }

    @Test
    void usageErrorsExitTwoAndSayWhy() {
        assertThat(run("validate", "x.json").err()).startsWith("ocpi4j validate: --type is required\nusage: ");
        assertThat(run("validate", "--type", "Locaton", "x.json").err())
                .startsWith("ocpi4j validate: unknown type Locaton in OCPI 2.2.1");
        assertThat(run("validate", "--type", "Location", "--version", "2.1.1", "x.json")
                        .err())
                .startsWith("ocpi4j validate: unsupported version 2.1.1 (supported: 2.2.1, 2.3.0)");
        assertThat(run("validate", "--type", "Tariff", "--partial", "x.json").err())
                .startsWith("ocpi4j validate: Tariff has no PATCH in OCPI 2.2.1");
        assertThat(run("validate", "--type", "Location").err()).startsWith("ocpi4j validate: no FILE given");
        assertThat(run("validate", "--type", "Location", "--strict", "x.json").err())
                .startsWith("ocpi4j validate: unknown option --strict");
        assertThat(run("validate", "--type").err()).startsWith("ocpi4j validate: --type needs a value");
        assertThat(run("validate", "x.json").exit()).isEqualTo(2);
    }

    @Test
    void versionTwoTwoOneIsAccepted() {
        assertThat(run("validate", "--version", "2.2.1", "--type", "Token", example("token_put_example.json"))
                        .exit())
                .isZero();
    }

    @Test
    void versionTwoThreeZeroJudgesByItsOwnTypes() {
        String credentials = example("2.3.0", "credentials_example4.json");
        String tokenPatch = example("2.3.0", "token_patch_example.json");

        CommandLine result = run("validate", "--version", "2.3.0", "--type", "Credentials", credentials);

        assertThat(result.exit()).isZero();
        assertThat(result.out()).isEqualTo("OK " + credentials + "\n");
        assertThat(result.err()).isEmpty();
        assertThat(run("validate", "--version", "2.3.0", "--type", "Token", "--partial", tokenPatch)
                        .out())
                .isEqualTo("OK " + tokenPatch + "\n");
    }

    @Test
    void aHubRoleIsValidIn221ByDefaultAndInvalidIn230WhichHasNoSuchRole() throws IOException {
        // [[credentials_credentials_object]]: in 2.2.1 a Hub reports itself as HUB; 2.3.0's Role has no HUB
        String hub = file("hub.json", """
                {"token": "0f3a2b1c", "url": "https://hub.example.com/ocpi/versions",
                 "roles": [{"role": "HUB", "party_id": "HUB", "country_code": "DE",
                            "business_details": {"name": "H"}}]}""");

        assertThat(run("validate", "--type", "Credentials", hub).out()).isEqualTo("OK " + hub + "\n");
        CommandLine result = run("validate", "--version", "2.3.0", "--type", "Credentials", hub);
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out())
                .isEqualTo("INVALID " + hub + "\n"
                        + "  roles[0].role: enum Role: unknown value \"HUB\" (allowed: CPO, EMSP, NAP, NSP, OTHER, PTP,"
                        + " SCSP)\n");
    }

    @Test
    void anEmaidTokenIsValidIn230AndStillAcceptedIn221AsAnOpenValue() throws IOException {
        // [[mod_tokens_tokentype_enum]]: EMAID is new in 2.3.0; 2.2.1's TokenType keeps unknown values
        String token = file("emaid.json", """
                {"country_code": "DE", "party_id": "8AA", "uid": "DE8AA001234567", "type": "EMAID",
                 "contract_id": "DE-8AA-C00123456-7", "issuer": "Example Mobility", "valid": true,
                 "whitelist": "NEVER", "last_updated": "2025-03-01T09:00:00Z"}""");

        assertThat(run("validate", "--version", "2.3.0", "--type", "Token", token)
                        .out())
                .isEqualTo("OK " + token + "\n");
        assertThat(run("validate", "--version", "2.2.1", "--type", "Token", token)
                        .out())
                .isEqualTo("OK " + token + "\n");
    }

    @Test
    void bookingsOfTheBookingsAddOnAreJudgedWithVersionTwoThreeZero() throws IOException {
        // Bookings 1.1 ([[mod_bookings_booking_object]]) adds its objects to OCPI 2.3.0, not to 2.2.1
        String booking = file("booking.json", """
                {"id": "B1", "country_code": "NL", "party_id": "CPO", "request_id": "RQ1", "location_id": "LOC1",
                 "period": {"start_date_time": "2025-03-23T12:00:00Z", "end_date_time": "2025-03-23T13:00:00Z"},
                 "reservation_status": "RESERVED", "authorization_reference": "AUTH1",
                 "booking_terms": {"supported_access_methods": ["OPEN"], "change_until_minutes": 60,
                                   "cancel_until_minutes": 30},
                 "booking_requests": [{"request_status": "ACCEPTED", "request_received": "2025-03-01T09:00:00Z",
                   "booking_request": {"country_code": "NL", "party_id": "EMS", "request_id": "RQ1",
                     "location_id": "LOC1", "booking_location_id": "BL1", "authorization_reference": "AUTH1",
                     "period": {"start_date_time": "2025-03-23T12:00:00Z",
                                "end_date_time": "2025-03-23T13:00:00Z"}}}],
                 "last_updated": "2025-03-01T09:05:00Z"}""");
        String statusUpdate = example("2.3.0-bookings-1.1", "booking_patch_example_status_update.json");
        String termsUpdate = example("2.3.0-bookings-1.1", "booking_location_patch_example_terms.json");

        CommandLine result = run("validate", "--version", "2.3.0", "--type", "Booking", booking);

        assertThat(result.exit()).isZero();
        assertThat(result.out()).isEqualTo("OK " + booking + "\n");
        assertThat(run("validate", "--version", "2.3.0", "--type", "booking", "--partial", statusUpdate)
                        .out())
                .isEqualTo("OK " + statusUpdate + "\n");
        CommandLine terms =
                run("validate", "--version", "2.3.0", "--type", "BookingLocation", "--partial", termsUpdate);
        assertThat(terms.exit()).isEqualTo(1);
        assertThat(terms.out())
                .isEqualTo("INVALID " + termsUpdate + "\n"
                        + "  booking_terms.supported_access_methods: cardinality +: at least one element required\n"
                        + "  booking_terms.change_until_minutes: required\n"
                        + "  booking_terms.cancel_until_minutes: required\n");
        assertThat(run("validate", "--type", "Booking", booking).err())
                .startsWith("ocpi4j validate: unknown type Booking in OCPI 2.2.1");
        assertThat(run("validate", "--version", "2.3.0", "--type", "BookingRequest", "--partial", booking)
                        .err())
                .startsWith("ocpi4j validate: BookingRequest has no PATCH in OCPI 2.3.0");
    }

    @Test
    void aPaymentsTerminalIsJudgedBy230AndUnknownTo221() {
        // [[mod_payments_terminal_object]]; the PUT example lacks terminal_id and holds no URL in invoice_base_url
        String terminal = example("2.3.0", "payment_terminal_example_assigned_locations_assigned_evses.json");
        String put = example("2.3.0", "payment_terminal_put_update.json");
        String patch = example("2.3.0", "payment_terminal_location_assignment.json");

        CommandLine valid = run("validate", "--version", "2.3.0", "--type", "Terminal", terminal);
        CommandLine invalid = run("validate", "--version", "2.3.0", "--type", "terminal", put);

        assertThat(valid.exit()).isZero();
        assertThat(valid.out()).isEqualTo("OK " + terminal + "\n");
        assertThat(invalid.exit()).isEqualTo(1);
        assertThat(invalid.out())
                .isEqualTo("INVALID " + put + "\n"
                        + "  terminal_id: required\n"
                        + "  invoice_base_url: URL: \"someNewURL\" is not an absolute URL\n");
        assertThat(run("validate", "--version", "2.3.0", "--type", "Terminal", "--partial", patch)
                        .out())
                .isEqualTo("INVALID " + patch + "\n  last_updated: required\n");
        assertThat(run("validate", "--type", "Terminal", terminal).err())
                .startsWith("ocpi4j validate: unknown type Terminal in OCPI 2.2.1");
    }

    @Test
    void usageErrorsOf230NameThatVersion() {
        assertThat(run("validate", "--version", "2.3.0", "--type", "Locaton", "x.json")
                        .err())
                .startsWith("ocpi4j validate: unknown type Locaton in OCPI 2.3.0");
        assertThat(run("validate", "--version", "2.3.0", "--type", "Credentials", "--partial", "x.json")
                        .err())
                .startsWith("ocpi4j validate: Credentials has no PATCH in OCPI 2.3.0");
        assertThat(run("validate", "--version", "2.3.0", "--type", "Credentials", "x.json")
                        .exit())
                .isEqualTo(2);
    }

    @Test
    void unknownCommandOrNoCommandExitsTwo() {
        assertThat(run().exit()).isEqualTo(2);
        assertThat(run("frobnicate").err()).startsWith("ocpi4j: unknown command 'frobnicate'");
        assertThat(run("--help").exit()).isZero();
        assertThat(run("--help").out()).contains("ocpi4j validate --type <Name>");
    }
}
