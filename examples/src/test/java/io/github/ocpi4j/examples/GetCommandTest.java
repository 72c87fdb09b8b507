package io.github.ocpi4j.examples;

import static io.github.ocpi4j.examples.CommandLine.run;
import static io.github.ocpi4j.examples.FakePartner.TOKEN;
import static io.github.ocpi4j.examples.FakePartner.copies;
import static io.github.ocpi4j.examples.FakePartner.envelope;
import static io.github.ocpi4j.examples.FakePartner.json;
import static io.github.ocpi4j.examples.FakePartner.without;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.v221.cdrs.CDR;
import io.github.ocpi4j.model.v221.locations.Location;
import io.github.ocpi4j.model.v221.sessions.Session;
import io.github.ocpi4j.model.v221.tariffs.Tariff;
import io.github.ocpi4j.model.v221.tokens.Token;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code ocpi4j get}: its output, error lines and exit codes are a contract that scripts rely on. */
class GetCommandTest {
    private static final Map<String, Class<?>> TYPES = Map.of(
            "locations", Location.class,
            "sessions", Session.class,
            "cdrs", CDR.class,
            "tariffs", Tariff.class,
            "tokens", Token.class);
    private static final String USAGE = "usage: ocpi4j " + new GetCommand().synopsis() + "\n";

    @StartStop
    final MockWebServer server = new MockWebServer();

    /** Runs get against the partner; the Sessions list, which requires date_from, gets one unless given. */
    private CommandLine get(FakePartner partner, String... args) {
        List<String> all = new ArrayList<>(List.of("get", "--url", partner.versionsUrl(), "--token", TOKEN));
        all.addAll(List.of(args));
        if (all.contains("sessions") && !all.contains("--date-from")) {
            all.addAll(5, List.of("--date-from", "2000-01-01T00:00:00Z"));
        }
        return run(all.toArray(String[]::new));
    }

    @Test
    void sessionsWithoutDateFromIsAUsageError() throws InterruptedException {
        FakePartner partner = FakePartner.on(server).module("sessions", List.of());

        CommandLine result = run("get", "--url", partner.versionsUrl(), "--token", TOKEN, "sessions");

        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err())
                .startsWith("ocpi4j get: sessions needs --date-from: the Sessions list requires date_from");
        assertThat(requests()).isEmpty();
    }

    /** The lines `get` prints for these objects: each as ocpi4j reads and writes it, compact. */
    private static String lines(String module, List<String> objects) {
        return objects.stream()
                .map(o -> OcpiJson.instance()
                                .writeString(OcpiJson.instance()
                                        .read(o, TYPES.get(module))
                                        .value()
                                        .orElseThrow())
                        + "\n")
                .collect(Collectors.joining());
    }

    private List<RecordedRequest> requests() throws InterruptedException {
        List<RecordedRequest> requests = new ArrayList<>();
        for (RecordedRequest r; (r = server.takeRequest(0, TimeUnit.SECONDS)) != null; ) {
            requests.add(r);
        }
        return requests;
    }

    private static String target(RecordedRequest request) {
        return request.getUrl().encodedPath()
                + (request.getUrl().encodedQuery() == null
                        ? ""
                        : "?" + request.getUrl().encodedQuery());
    }

    @ParameterizedTest
    @CsvSource({
        "locations, location_example.json, id",
        "sessions, session_example_2_short_finished.json, id",
        "cdrs, cdr_example.json, id",
        "tariffs, tariff_4_complex.json, id",
        "tokens, token_example_2_full_rfid.json, uid",
    })
    void everyModuleIsPulledThroughAllPagesOneJsonObjectPerLine(String module, String example, String idField)
            throws Exception {
        List<String> objects = copies(example, idField, "ID", 5);
        FakePartner partner = FakePartner.on(server).module(module, objects).pageSize(2);

        CommandLine result = get(partner, module);

        assertThat(result.err()).isEmpty();
        assertThat(result.exit()).isZero();
        assertThat(result.out()).isEqualTo(lines(module, objects));
        ObjectMapper mapper = new ObjectMapper();
        List<String> printed = result.out().lines().toList();
        for (int i = 0; i < objects.size(); i++) {
            assertThat(mapper.readTree(printed.get(i))).isEqualTo(mapper.readTree(objects.get(i)));
        }
        String filter = module.equals("sessions") ? "date_from=2000-01-01T00:00:00Z" : null; // required there
        String first = "GET /ocpi/2.2.1/" + module + (filter == null ? "" : "?" + filter);
        String next = "GET /ocpi/2.2.1/" + module + "?" + (filter == null ? "" : filter + "&");
        assertThat(requests())
                .extracting(r -> r.getMethod() + " " + target(r))
                .containsExactly(
                        "GET /ocpi/versions",
                        "GET /ocpi/2.2.1",
                        first,
                        next + "offset=2&limit=2",
                        next + "offset=4&limit=2");
    }

    /** Each module with a 2.3.0 example of it, against a partner of 2.3.0 only and one of 2.2.1 and 2.3.0. */
    static Stream<Arguments> modulesOf230AndPartners() {
        List<Arguments> all = new ArrayList<>();
        for (String offered : List.of("2.3.0", "2.2.1 2.3.0")) {
            all.add(Arguments.of(offered, "locations", "location_example.json", "id"));
            all.add(Arguments.of(offered, "sessions", "session_example_2_short_finished.json", "id"));
            all.add(Arguments.of(offered, "cdrs", "cdr_example.json", "id"));
            all.add(Arguments.of(offered, "tariffs", "tariff_20_simple_north_american_inclusive.json", "id"));
            all.add(Arguments.of(offered, "tokens", "token_example_2_full_rfid.json", "uid"));
        }
        return all.stream();
    }

    /** Copies of a 2.3.0 example; the tariff inside the CDR example gets the tax_included 2.3.0 requires. */
    private static List<String> copiesOf230(String example, String idField, int count) {
        return copies("2.3.0", example, idField, "ID", count).stream()
                .map(o -> o.replace(
                        "\"last_updated\":\"2024-05-02T14:15:01Z\"",
                        "\"tax_included\":\"NO\",\"last_updated\":\"2024-05-02T14:15:01Z\""))
                .toList();
    }

    @ParameterizedTest(name = "partner of [{0}]: {1}")
    @MethodSource("modulesOf230AndPartners")
    void aPartnerOf230IsPulledIn230AndItsObjectsArePrintedWithEveryFieldOf230(
            String offered, String module, String example, String idField) throws Exception {
        // [[version_information_endpoint_versions_module]]: the highest version both sides speak is used
        List<String> objects = copiesOf230(example, idField, 3);
        FakePartner partner = FakePartner.on(server)
                .versions(offered.split(" "))
                .module(module, objects)
                .pageSize(2);

        CommandLine result = get(partner, module);

        assertThat(result.err()).isEmpty();
        assertThat(result.exit()).isZero();
        ObjectMapper mapper = new ObjectMapper();
        List<String> printed = result.out().lines().toList();
        assertThat(printed).hasSize(objects.size());
        for (int i = 0; i < objects.size(); i++) {
            assertThat(mapper.readTree(printed.get(i))).isEqualTo(mapper.readTree(objects.get(i)));
        }
        assertThat(requests())
                .extracting(r -> r.getMethod() + " " + r.getUrl().encodedPath())
                .containsExactly(
                        "GET /ocpi/versions",
                        "GET /ocpi/2.3.0",
                        "GET /ocpi/2.3.0/" + module,
                        "GET /ocpi/2.3.0/" + module);
    }

    @Test
    void objectsOfAPartnerOf230AreJudgedByTheRulesOf230() throws Exception {
        // [[mod_tariffs_tariff_object]]: tax_included is required in 2.3.0 and unknown to 2.2.1
        List<String> tariffs = copiesOf230("tariff_20_simple_north_american_inclusive.json", "id", 2);
        List<String> broken = List.of(tariffs.get(0), without(tariffs.get(1), "tax_included"));
        FakePartner partner = FakePartner.on(server).versions("2.2.1", "2.3.0").module("tariffs", broken);

        CommandLine result = get(partner, "tariffs");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err())
                .isEqualTo("error: OcpiResponseValidationException: GET " + partner.url("/ocpi/2.3.0/tariffs")
                        + ": data[1].tax_included: required\n");
    }

    @Test
    void aPartnerOf211And221IsStillPulledIn221() throws Exception {
        List<String> tokens = copies("token_example_2_full_rfid.json", "uid", "ID", 1);
        FakePartner partner = FakePartner.on(server).versions("2.1.1", "2.2.1").module("tokens", tokens);

        CommandLine result = get(partner, "tokens");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).isEqualTo(lines("tokens", tokens));
        assertThat(requests())
                .extracting(r -> r.getMethod() + " " + r.getUrl().encodedPath())
                .containsExactly("GET /ocpi/versions", "GET /ocpi/2.2.1", "GET /ocpi/2.2.1/tokens");
    }

    @Test
    void manyPagesArePrintedInTheOrderReceived() throws Exception {
        List<String> tokens = copies("token_example_1_app_user.json", "uid", "U", 103);
        FakePartner partner = FakePartner.on(server).module("tokens", tokens).pageSize(4);

        CommandLine result = get(partner, "tokens");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).isEqualTo(lines("tokens", tokens));
        assertThat(result.out().lines().map(line -> line.replaceAll(".*\"uid\":\"(U\\d+)\".*", "$1")))
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, 103).mapToObj(i -> "U" + i).toList());
        assertThat(requests()).hasSize(2 + 26);
    }

    @Test
    void anEmptyListPrintsNothingAndExitsZero() {
        FakePartner partner = FakePartner.on(server).module("sessions", List.of());

        CommandLine result = get(partner, "sessions");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEmpty();
    }

    @Test
    void moduleNamesIgnoreCase() {
        List<String> tariffs = copies("tariff_1_simple_2hour.json", "id", "T", 1);
        FakePartner partner = FakePartner.on(server).module("tariffs", tariffs);

        assertThat(get(partner, "Tariffs").out()).isEqualTo(lines("tariffs", tariffs));
    }

    @Test
    void dateFiltersAreSentOnEveryPage() throws Exception {
        FakePartner partner = FakePartner.on(server)
                .module("cdrs", copies("cdr_example.json", "id", "CDR", 3))
                .pageSize(1);

        CommandLine result =
                get(partner, "--date-from", "2024-01-01T00:00:00Z", "--date-to", "2024-02-01T08:30:00.5", "cdrs");

        assertThat(result.exit()).isZero();
        assertThat(result.out().lines()).hasSize(3);
        List<RecordedRequest> requests = requests();
        assertThat(requests).hasSize(5);
        assertThat(requests.subList(0, 2))
                .allSatisfy(r -> assertThat(r.getUrl().query()).isNull());
        assertThat(requests.subList(2, 5)).allSatisfy(r -> {
            assertThat(r.getUrl().queryParameter("date_from")).isEqualTo("2024-01-01T00:00:00Z");
            assertThat(r.getUrl().queryParameter("date_to")).isEqualTo("2024-02-01T08:30:00.5Z");
        });
    }

    @Test
    void partyRoutingHeadersGoOnEveryCallToTheModuleNotToVersions() throws Exception {
        FakePartner partner = FakePartner.on(server)
                .module("locations", copies("location_example.json", "id", "LOC", 3))
                .pageSize(2);

        CommandLine result = get(partner, "--party", "NL-TNM", "locations");

        assertThat(result.exit()).isZero();
        List<RecordedRequest> requests = requests();
        assertThat(requests).hasSize(4);
        assertThat(requests)
                .allSatisfy(r -> assertThat(r.getHeaders().get("Authorization"))
                        .isEqualTo(
                                "Token " + Base64.getEncoder().encodeToString(TOKEN.getBytes(StandardCharsets.UTF_8))));
        assertThat(requests.subList(0, 2)).allSatisfy(r -> {
            assertThat(r.getHeaders().get("OCPI-to-country-code")).isNull();
            assertThat(r.getHeaders().get("OCPI-to-party-id")).isNull();
        });
        assertThat(requests.subList(2, 4)).allSatisfy(r -> {
            assertThat(r.getHeaders().get("OCPI-to-country-code")).isEqualTo("NL");
            assertThat(r.getHeaders().get("OCPI-to-party-id")).isEqualTo("TNM");
            assertThat(r.getHeaders().get("OCPI-from-country-code")).isNull();
        });
    }

    @Test
    void unauthorizedIsAnHttpErrorWithTheOcpiStatus() {
        FakePartner partner = FakePartner.on(server).module("locations", List.of());

        CommandLine result = run("get", "--url", partner.versionsUrl(), "--token", "wrong", "locations");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("error: OcpiHttpException: HTTP 401, OCPI status 2000: Unknown token\n");
    }

    @Test
    void anHttpErrorWithoutAnEnvelopeNamesTheCall() {
        FakePartner partner = FakePartner.on(server)
                .module("cdrs", List.of())
                .answer("/ocpi/2.2.1/cdrs", new MockResponse.Builder().code(404).build());

        CommandLine result = get(partner, "cdrs");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err())
                .isEqualTo("error: OcpiHttpException: HTTP 404: GET " + partner.url("/ocpi/2.2.1/cdrs") + "\n");
    }

    @Test
    void anOcpiErrorStatusOnALaterPageKeepsWhatWasPrinted() {
        List<String> sessions = copies("session_example_1_simple_start.json", "id", "S", 4);
        FakePartner partner =
                FakePartner.on(server).module("sessions", sessions).pageSize(2);
        server.setDispatcher(new Dispatcher() {
            private int pages;

            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (request.getUrl().encodedPath().equals("/ocpi/2.2.1/sessions") && ++pages == 2) {
                    return json(200, envelope(2001, "Invalid date_from", null));
                }
                return partner.dispatch(request);
            }
        });

        CommandLine result = get(partner, "sessions");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).isEqualTo(lines("sessions", sessions.subList(0, 2)));
        assertThat(result.err())
                .isEqualTo("error: OcpiStatusException: HTTP 200, OCPI status 2001: Invalid date_from\n");
    }

    @Test
    void anOcpiErrorStatusWithoutAMessageIsDescribedByItsCode() {
        FakePartner partner = FakePartner.on(server)
                .module("tariffs", List.of())
                .answer("/ocpi/2.2.1/tariffs", json(200, envelope(3001, null, null)));

        CommandLine result = get(partner, "tariffs");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err())
                .isEqualTo("error: OcpiStatusException: HTTP 200, OCPI status 3001: Unable to use the client's API\n");
    }

    @Test
    void anUnreachableHostIsATransportError() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + port + "/ocpi/versions";

        CommandLine result = run("get", "--url", url, "--token", TOKEN, "locations");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err())
                .isEqualTo("error: OcpiTransportException: GET " + url
                        + ": ConnectException: Failed to connect to /127.0.0.1:" + port + "\n");
    }

    @Test
    void aBodyThatIsNotJsonIsUnreadable() {
        FakePartner partner = FakePartner.on(server)
                .module("locations", List.of())
                .answer(
                        "/ocpi/2.2.1/locations",
                        new MockResponse.Builder()
                                .code(200)
                                .addHeader("Content-Type", "text/html")
                                .body("<html><body>Gateway\nmaintenance</body></html>")
                                .build());

        CommandLine result = get(partner, "locations");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err())
                .isEqualTo("error: OcpiUnreadableResponseException: HTTP 200: GET "
                        + partner.url("/ocpi/2.2.1/locations")
                        + ": not an OCPI response: $: malformed JSON: Unexpected character ('<' (code 60)):"
                        + " expected a valid value (JSON String, Number, Array, Object or token 'null', 'true' or"
                        + " 'false') at line 1, column 1\n");
    }

    @Test
    void invalidDataIsAnErrorNamingEachViolation() {
        List<String> locations = brokenLocations();
        FakePartner partner =
                FakePartner.on(server).module("locations", locations).pageSize(3);

        CommandLine result = get(partner, "locations");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err())
                .isEqualTo("error: OcpiResponseValidationException: GET " + partner.url("/ocpi/2.2.1/locations")
                        + ": data[2].evses[0].status: enum Status: unknown value \"BROKEN\" (allowed: AVAILABLE,"
                        + " BLOCKED, CHARGING, INOPERATIVE, OUTOFORDER, PLANNED, REMOVED, RESERVED, UNKNOWN);"
                        + " data[1].country_code: required\n");
    }

    @Test
    void lenientPrintsInvalidDataAndWarnsOfEachViolation() {
        List<String> locations = brokenLocations();
        FakePartner partner =
                FakePartner.on(server).module("locations", locations).pageSize(3);

        CommandLine result = get(partner, "--lenient", "locations");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).isEqualTo(lines("locations", locations));
        assertThat(result.out().lines()).hasSize(4);
        String page = "warning: GET " + partner.url("/ocpi/2.2.1/locations") + ": ";
        assertThat(result.err())
                .isEqualTo(page + "data[2].evses[0].status: enum Status: unknown value \"BROKEN\" (allowed: AVAILABLE,"
                        + " BLOCKED, CHARGING, INOPERATIVE, OUTOFORDER, PLANNED, REMOVED, RESERVED, UNKNOWN)\n"
                        + page + "data[1].country_code: required\n");
    }

    @Test
    void lenientSkipsElementsThatAreNotObjects() {
        List<String> tokens = copies("token_example_1_app_user.json", "uid", "U", 2);
        FakePartner partner =
                FakePartner.on(server).module("tokens", List.of(tokens.get(0), "null", "42", tokens.get(1)));

        CommandLine result = get(partner, "--lenient", "tokens");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).isEqualTo(lines("tokens", tokens));
        assertThat(result.err())
                .isEqualTo("warning: GET " + partner.url("/ocpi/2.2.1/tokens")
                        + ": data[1]: required: null is not an element\n"
                        + "warning: GET " + partner.url("/ocpi/2.2.1/tokens?offset=2&limit=2")
                        + ": data[0]: type: expected an object, was a number\n");
    }

    /** Four locations; the second has no country code, the third an EVSE with an unknown status. */
    private static List<String> brokenLocations() {
        List<String> locations = new ArrayList<>(copies("location_example.json", "id", "LOC", 4));
        locations.set(1, without(locations.get(1), "country_code"));
        String evses = locations.get(2).replaceFirst("\"status\":\"[A-Z]+\"", "\"status\":\"BROKEN\"");
        locations.set(2, evses);
        return locations;
    }

    @Test
    void aPartnerWithoutTheVersionIsANegotiationError() {
        FakePartner partner = FakePartner.on(server).versions("2.1.1", "2.2");

        CommandLine result = get(partner, "locations");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err())
                .isEqualTo("error: OcpiNegotiationException: " + partner.versionsUrl()
                        + " offers [2.1.1, 2.2], ocpi4j speaks [2.3.0, 2.2.1]\n");
    }

    @Test
    void aPartnerWithoutTheModulesSenderInterfaceIsANegotiationError() throws Exception {
        FakePartner partner = FakePartner.on(server).module("locations", List.of());

        CommandLine result = get(partner, "tokens");

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err())
                .isEqualTo(
                        "error: OcpiNegotiationException: the partner has no tokens SENDER endpoint in OCPI 2.2.1\n");
        assertThat(requests()).hasSize(2);
    }

    @Test
    void aServerErrorIsTriedAgain() {
        List<String> tokens = copies("token_example_1_app_user.json", "uid", "U", 1);
        FakePartner partner = FakePartner.on(server)
                .module("tokens", tokens)
                .answer(
                        "/ocpi/2.2.1/tokens",
                        new MockResponse.Builder().code(503).build());

        CommandLine result = get(partner, "tokens");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).isEqualTo(lines("tokens", tokens));
    }

    @Test
    void aStatusMessageWithLineBreaksStaysOnOneLine() {
        FakePartner partner = FakePartner.on(server)
                .module("tokens", List.of())
                .answer("/ocpi/2.2.1/tokens", json(200, envelope(2000, "first line\\r\\n  second line", null)));

        assertThat(get(partner, "tokens").err())
                .isEqualTo("error: OcpiStatusException: HTTP 200, OCPI status 2000: first line second line\n");
    }

    @Test
    void usageErrorsExitTwoAndSayWhy() {
        String url = "http://localhost:9/ocpi/versions";
        assertThat(run("get", "--token", "t", "locations").err()).isEqualTo("ocpi4j get: --url is required\n" + USAGE);
        assertThat(run("get", "--url", url, "locations").err()).startsWith("ocpi4j get: --token is required\nusage: ");
        assertThat(run("get", "--url", url, "--token", "", "locations").err())
                .startsWith("ocpi4j get: --token must not be empty\n");
        assertThat(run("get", "--url", url, "--token", "t").err())
                .startsWith("ocpi4j get: no MODULE given (one of locations, sessions, cdrs, tariffs, tokens)\n");
        assertThat(run("get", "--url", url, "--token", "t", "commands").err())
                .startsWith(
                        "ocpi4j get: unknown MODULE commands (one of locations, sessions, cdrs, tariffs, tokens)\n");
        assertThat(run("get", "--url", url, "--token", "t", "cdrs", "tokens").err())
                .startsWith("ocpi4j get: one MODULE only, not cdrs tokens\n");
        assertThat(run("get", "--url", url, "--token", "t", "--strict", "cdrs").err())
                .startsWith("ocpi4j get: unknown option --strict\n");
        assertThat(run("get", "--url", url, "--token", "t", "-v", "cdrs").err())
                .startsWith("ocpi4j get: unknown option -v\n");
        assertThat(run("get", "--url", url, "--token").err()).startsWith("ocpi4j get: --token needs a value\n");
        assertThat(run("get", "--url", "--token", "t", "cdrs").err()).startsWith("ocpi4j get: --url needs a value\n");
        assertThat(run("get", "--url", "cpo.example.com/versions", "--token", "t", "cdrs")
                        .err())
                .startsWith("ocpi4j get: --url: cpo.example.com/versions is not an http or https URL\n");
        assertThat(run("get", "--url", url, "--token", "t", "--party", "NLTNM", "cdrs")
                        .err())
                .startsWith("ocpi4j get: --party: NLTNM is not a country code and party id such as NL-TNM (CC-PID)\n");
        assertThat(run("get", "--url", url, "--token", "t", "--date-to", "2024-01-01", "cdrs")
                        .err())
                .startsWith("ocpi4j get: --date-to: 2024-01-01 is not an RFC 3339 UTC date-time such as"
                        + " 2024-01-01T00:00:00Z\n");
        assertThat(run("get", "--url", url, "--token", "t", "cdrs", "--date-from")
                        .err())
                .startsWith("ocpi4j get: --date-from needs a value\n");
        assertThat(run("get", "--url", url, "--token", "t", "--date-from", "yesterday", "cdrs")
                        .err())
                .startsWith("ocpi4j get: --date-from: yesterday is not an RFC 3339 UTC date-time");
        assertThat(run("get", "--url", url, "--token", "t", "--date-from", "2024-02-30T00:00:00Z", "cdrs")
                        .err())
                .startsWith("ocpi4j get: --date-from: 2024-02-30T00:00:00Z is not an RFC 3339 UTC date-time");
        assertThat(run("get", "--url", url, "--token", "t", "--date-from", "2024-01-01T00:00:00+01:00", "cdrs")
                        .err())
                .startsWith("ocpi4j get: --date-from: 2024-01-01T00:00:00+01:00 is not an RFC 3339 UTC date-time");
        assertThat(run(
                                "get",
                                "--url",
                                url,
                                "--token",
                                "t",
                                "--date-from",
                                "2024-02-01T00:00:00Z",
                                "--date-to",
                                "2024-01-01T00:00:00Z",
                                "cdrs")
                        .err())
                .startsWith("ocpi4j get: --date-from must be before --date-to\n");

        CommandLine result = run("get", "--url", url, "locations");
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(run("get").exit()).isEqualTo(2);
        assertThat(run("get", "--url", url, "--token", "t", "--date-from", "yesterday", "cdrs")
                        .exit())
                .isEqualTo(2);
    }

    @Test
    void helpPrintsTheContract() {
        CommandLine result = run("get", "--help");

        assertThat(result.exit()).isZero();
        assertThat(result.out())
                .startsWith(USAGE + "\n")
                .contains("error: <Exception>: HTTP <status>, OCPI status <code>: <message>")
                .contains("--lenient")
                .contains("Exit codes: 0");
        assertThat(run("--help").out()).contains("ocpi4j get --url <versions-url> --token <token>");
        assertThat(run("validate", "-h").out()).startsWith("usage: ocpi4j validate --type <Name>");
    }
}
