package io.github.ocpi4j.server;

import static io.github.ocpi4j.server.ServerFixture.TOKEN;
import static io.github.ocpi4j.server.ServerFixture.example;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ocpi4j.client.CredentialsTokens;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.v221.locations.Location;
import io.github.ocpi4j.server.jdk.JdkHttpServerAdapter;
import io.github.ocpi4j.server.v221.InMemoryLocations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The JDK and servlet adapters over loopback: the same requests sent over real HTTP to each get the answer the
 * server gives in process, status, body bytes and OCPI headers alike; and each adapter starts on a free port and
 * stops when closed.
 */
class AdaptersTest {
    private static final String LOCATION =
            example("location_example.json").replace("\"BE\"", "\"NL\"").replace("\"BEC\"", "\"EMS\"");
    private static final String CDR =
            example("cdr_example.json").replace("\"BE\"", "\"NL\"").replace("\"BEC\"", "\"EMS\"");
    private static final String RECEIVER = "2.2.1/receiver/locations/NL/EMS/";
    private static final int MAX_BODY_BYTES = 8 * 1024;

    /** One request of the shared set, and the status the server answers it with. */
    private record Sent(
            String what,
            String method,
            String target,
            @Nullable String body,
            @Nullable String token,
            Map<String, String> headers,
            int expectedStatus) {

        @Override
        public String toString() {
            return what + ": " + method + " " + target;
        }
    }

    /** What came back: status, the body's bytes (as text, to read a difference) and the OCPI headers. */
    private record Answer(int status, String body, byte[] bytes, Map<String, List<String>> headers) {}

    /** The shared set, in order: later requests read what earlier ones stored. */
    private static final List<Sent> REQUESTS = List.of(
            get("versions", "versions", 200),
            get("version details", "2.2.1", 200),
            get("first page of a list", "2.2.1/sender/locations?limit=2", 200),
            get(
                    "query string with an escaped date",
                    "2.2.1/sender/locations?offset=1&limit=1&date_from=2024-01-01T00%3A01%3A00Z",
                    200),
            get("last page of a list", "2.2.1/sender/locations?offset=2&limit=2", 200),
            send("new location", "PUT", RECEIVER + "LOC1", LOCATION, 201),
            send("replaced location", "PUT", RECEIVER + "LOC1", LOCATION, 200),
            send(
                    "patch of a location",
                    "PATCH",
                    RECEIVER + "LOC1",
                    "{\"name\":\"Gent Noord\",\"last_updated\":\"2024-05-01T11:00:00Z\"}",
                    200),
            get("patched location", RECEIVER + "LOC1", 200),
            get("EVSE of a location", RECEIVER + "LOC1/3256", 200),
            get("connector of an EVSE", RECEIVER + "LOC1/3256/1", 200),
            send("id with a space", "PUT", RECEIVER + "LOC%201", withId("LOC 1"), 201),
            get("id with a space", RECEIVER + "LOC%201", 200),
            send("id with a slash", "PUT", RECEIVER + "A%2FB", withId("A/B"), 201),
            get("id with a slash", RECEIVER + "A%2FB", 200),
            send("id with a plus sign", "PUT", RECEIVER + "A+B", withId("A+B"), 201),
            get("id with a plus sign", RECEIVER + "A+B", 200),
            get("id with a slash, unescaped, is another path", RECEIVER + "A/B", 404),
            send("CDR, answered with its Location", "POST", "2.2.1/receiver/cdrs", CDR, 201),
            new Sent(
                    "no token",
                    "GET",
                    "2.2.1/sender/locations",
                    null,
                    null,
                    Map.of("X-Request-ID", "req-1", "X-Correlation-ID", "corr-1"),
                    401),
            new Sent(
                    "unknown token",
                    "GET",
                    "2.2.1/sender/locations",
                    null,
                    "who-am-i",
                    Map.of("X-Request-ID", "req-1", "X-Correlation-ID", "corr-1"),
                    401),
            get("module not offered", "2.2.1/sender/tariffs", 404),
            get("another party's object", "2.2.1/receiver/locations/DE/OTH/LOC1", 404),
            get("unknown object", RECEIVER + "NOPE", 404),
            send("method not offered", "POST", "2.2.1/sender/locations", "{}", 405),
            send("malformed body", "PUT", RECEIVER + "LOC2", "{\"id\": ", 400),
            send("body that breaks the model", "PUT", RECEIVER + "LOC2", "{\"id\": \"LOC2\"}", 200),
            send(
                    "body above the limit",
                    "PUT",
                    RECEIVER + "LOC2",
                    LOCATION.replace("\"Gent Zuid\"", "\"" + "x".repeat(MAX_BODY_BYTES) + "\""),
                    413),
            new Sent(
                    "routing headers, answered in reverse",
                    "GET",
                    "versions",
                    null,
                    TOKEN,
                    Map.of(
                            "X-Request-ID", "req-2",
                            "X-Correlation-ID", "corr-2",
                            "OCPI-from-country-code", "NL",
                            "OCPI-from-party-id", "EMS",
                            "OCPI-to-country-code", "NL",
                            "OCPI-to-party-id", "CPO"),
                    200));

    private final List<AutoCloseable> running = new ArrayList<>();
    private final OkHttpClient http = new OkHttpClient();

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable c : running) {
            c.close();
        }
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    @Test
    void bothAdaptersAnswerEveryRequestByteForByteAsTheServerDoesInProcess() throws Exception {
        Side inProcess = new Side();
        Side overJdk = new Side();
        Side overServlet = new Side();
        JdkHttpServerAdapter jdk =
                started(JdkHttpServerAdapter.start(overJdk.fixture.server, new InetSocketAddress("127.0.0.1", 0)));
        JettyServlet servlet = started(JettyServlet.start(overServlet.fixture.server, "/ocpi"));

        for (Sent sent : REQUESTS) {
            Answer expected = inProcess(inProcess, sent);
            Answer jdkAnswer = overHttp(jdk.port(), sent);
            Answer servletAnswer = overHttp(servlet.port(), sent);

            assertThat(expected.status()).as(sent.toString()).isEqualTo(sent.expectedStatus());
            for (Answer actual : List.of(jdkAnswer, servletAnswer)) {
                String adapter = actual == jdkAnswer ? "JDK adapter, " : "servlet, ";
                assertThat(actual.status()).as(adapter + sent).isEqualTo(expected.status());
                assertThat(actual.body()).as(adapter + sent).isEqualTo(expected.body());
                assertThat(actual.bytes()).as(adapter + sent).isEqualTo(expected.bytes());
                assertThat(caseOfCharsetIgnored(actual.headers()))
                        .as(adapter + sent)
                        .isEqualTo(caseOfCharsetIgnored(expected.headers()));
            }
            // the JDK adapter sends the headers as given; Jetty writes every charset in lower case, an equal value
            assertThat(jdkAnswer.headers()).as("JDK adapter, " + sent).isEqualTo(expected.headers());
            assertThat(servletAnswer.headers().get("content-type")).containsExactly("application/json;charset=utf-8");
        }
    }

    @Test
    void theSharedSetReachesWhatItIsMeantToTest() throws Exception {
        Side side = new Side();
        List<Answer> answers = new ArrayList<>();
        for (Sent sent : REQUESTS) {
            answers.add(inProcess(side, sent));
        }

        assertThat(answer(answers, "first page of a list").headers())
                .containsEntry("x-total-count", List.of("3"))
                .containsEntry("x-limit", List.of("2"))
                .containsEntry(
                        "link",
                        List.of(
                                "<https://cpo.example.com/ocpi/2.2.1/sender/locations?offset=2&limit=2>; rel=\"next\""));
        assertThat(answer(answers, "query string with an escaped date").headers())
                .containsEntry("x-total-count", List.of("2"))
                .doesNotContainKey("link");
        assertThat(answer(answers, "query string with an escaped date").body()).contains("\"id\":\"LOC-C\"");
        assertThat(answer(answers, "CDR, answered with its Location").headers())
                .containsEntry("location", List.of("https://cpo.example.com/ocpi/2.2.1/receiver/cdrs/NL/EMS/12345"));
        assertThat(answer(answers, "routing headers, answered in reverse").headers())
                .containsEntry("ocpi-to-country-code", List.of("NL"))
                .containsEntry("ocpi-to-party-id", List.of("EMS"))
                .containsEntry("ocpi-from-country-code", List.of("NL"))
                .containsEntry("ocpi-from-party-id", List.of("CPO"));
        assertThat(side.locations.received).containsOnlyKeys("NL/EMS/LOC1", "NL/EMS/LOC 1", "NL/EMS/A/B", "NL/EMS/A+B");
        assertThat(side.locations.received.get("NL/EMS/LOC1").name()).isEqualTo("Gent Noord");
        assertThat(side.emsp.cdrs).containsOnlyKeys("NL/EMS/12345");
    }

    @Test
    void percentEncodedSegmentsReachTheServicesDecodedOverBothAdapters() throws Exception {
        Side overJdk = new Side();
        Side overServlet = new Side();
        JdkHttpServerAdapter jdk =
                started(JdkHttpServerAdapter.start(overJdk.fixture.server, new InetSocketAddress("127.0.0.1", 0)));
        JettyServlet servlet = started(JettyServlet.start(overServlet.fixture.server, "/ocpi"));

        for (int port : List.of(jdk.port(), servlet.port())) {
            assertThat(overHttp(port, send("", "PUT", RECEIVER + "LOC%201", withId("LOC 1"), 201))
                            .status())
                    .isEqualTo(201);
            assertThat(overHttp(port, send("", "PUT", RECEIVER + "A%2FB", withId("A/B"), 201))
                            .status())
                    .isEqualTo(201);
            assertThat(overHttp(port, send("", "PUT", RECEIVER + "C%2fD", withId("C/D"), 201))
                            .status())
                    .isEqualTo(201);
        }

        assertThat(overJdk.locations.received).containsOnlyKeys("NL/EMS/LOC 1", "NL/EMS/A/B", "NL/EMS/C/D");
        assertThat(overServlet.locations.received).containsOnlyKeys("NL/EMS/LOC 1", "NL/EMS/A/B", "NL/EMS/C/D");
    }

    @Test
    void jdkAdapterServesOnAFreePortUntilClosed() throws Exception {
        Side side = new Side();
        JdkHttpServerAdapter jdk =
                JdkHttpServerAdapter.start(side.fixture.server, new InetSocketAddress("127.0.0.1", 0));
        int port = jdk.port();

        assertThat(port).isPositive();
        assertThat(overHttp(port, get("versions", "versions", 200)).status()).isEqualTo(200);

        jdk.close();

        assertRefused(port);
    }

    @Test
    void jdkAdapterBuildsTheServerForThePortItBound() throws Exception {
        Side side = new Side();
        JdkHttpServerAdapter jdk = started(JdkHttpServerAdapter.start(
                new InetSocketAddress("127.0.0.1", 0),
                port -> OcpiServer.builder()
                        .baseUrl("http://127.0.0.1:" + port + "/ocpi")
                        .partyStore(side.fixture.parties)
                        .roles(List.of(ServerFixture.ourRole()))
                        .v221(s -> s.locationsSender(side.locations))
                        .build()));

        Answer versions = overHttp(jdk.port(), get("versions", "versions", 200));

        assertThat(jdk.server().versionsUrl()).isEqualTo("http://127.0.0.1:" + jdk.port() + "/ocpi/versions");
        assertThat(versions.body()).contains("\"url\":\"http://127.0.0.1:" + jdk.port() + "/ocpi/2.2.1\"");
    }

    @Test
    void jdkAdapterLeavesNothingBoundWhenTheServerCannotBeBuilt() throws Exception {
        int[] bound = new int[1];

        assertThatThrownBy(() -> JdkHttpServerAdapter.start(new InetSocketAddress("127.0.0.1", 0), port -> {
                    bound[0] = port;
                    return OcpiServer.builder().build();
                }))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("baseUrl");

        assertThat(bound[0]).isPositive();
        assertRefused(bound[0]);
    }

    @Test
    void jdkAdapterCannotServeOnAPortInUse() throws Exception {
        Side side = new Side();
        JdkHttpServerAdapter first =
                started(JdkHttpServerAdapter.start(side.fixture.server, new InetSocketAddress("127.0.0.1", 0)));

        assertThatThrownBy(() -> JdkHttpServerAdapter.start(
                        side.fixture.server, new InetSocketAddress("127.0.0.1", first.port())))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith("cannot serve on ");
    }

    @Test
    void servletInJettyServesOnAFreePortUntilStopped() throws Exception {
        Side side = new Side();
        JettyServlet servlet = JettyServlet.start(side.fixture.server, "/ocpi");
        int port = servlet.port();

        assertThat(port).isPositive();
        assertThat(overHttp(port, get("versions", "versions", 200)).status()).isEqualTo(200);

        servlet.close();

        assertThat(servlet.isRunning()).isFalse();
        assertRefused(port);
    }

    // ---- the sides and the requests

    /** One server with its services, as each of the three ways of calling gets its own. */
    private static final class Side {
        final InMemoryLocations locations = new InMemoryLocations();
        final InMemoryEmsp emsp = new InMemoryEmsp();
        final ServerFixture fixture = new ServerFixture(
                s -> s.locationsSender(locations).locationsReceiver(locations).cdrsReceiver(emsp),
                b -> b.maxBodyBytes(MAX_BODY_BYTES));

        Side() {
            Location template =
                    OcpiJson.instance().read(LOCATION, Location.class).get();
            String[] ids = {"LOC-A", "LOC-B", "LOC-C"};
            for (int i = 0; i < ids.length; i++) {
                locations.own.add(template.toBuilder()
                        .id(ids[i])
                        .lastUpdated(Instant.parse("2024-01-01T00:00:00Z").plusSeconds(60L * i))
                        .build());
            }
        }
    }

    private static Sent get(String what, String target, int expectedStatus) {
        return new Sent(
                what,
                "GET",
                target,
                null,
                TOKEN,
                Map.of("X-Request-ID", "req-1", "X-Correlation-ID", "corr-1"),
                expectedStatus);
    }

    private static Sent send(String what, String method, String target, String body, int expectedStatus) {
        return new Sent(
                what,
                method,
                target,
                body,
                TOKEN,
                Map.of("X-Request-ID", "req-1", "X-Correlation-ID", "corr-1"),
                expectedStatus);
    }

    private static String withId(String id) {
        return LOCATION.replace("\"id\": \"LOC1\"", "\"id\": \"" + id + "\"");
    }

    private static Answer answer(List<Answer> answers, String what) {
        for (int i = 0; i < REQUESTS.size(); i++) {
            if (REQUESTS.get(i).what().equals(what)) {
                return answers.get(i);
            }
        }
        throw new IllegalArgumentException(what);
    }

    private <T extends AutoCloseable> T started(T adapter) {
        running.add(adapter);
        return adapter;
    }

    // ---- calling

    private static Answer inProcess(Side side, Sent sent) {
        OcpiHttpRequest.Builder request =
                OcpiHttpRequest.builder().method(sent.method()).target("/ocpi/" + sent.target());
        sent.headers().forEach(request::header);
        if (sent.token() != null) {
            request.header("Authorization", CredentialsTokens.header(sent.token(), false));
        }
        if (sent.body() != null) {
            request.header("Content-Type", "application/json").body(sent.body());
        }
        OcpiHttpResponse response = side.fixture.server.handle(request.build());
        return new Answer(
                response.status(),
                response.bodyText(),
                response.body(),
                ocpiHeaders(response.headers().stream()
                        .map(h -> List.of(h.getKey(), h.getValue()))
                        .toList()));
    }

    private Answer overHttp(int port, Sent sent) throws IOException {
        Request.Builder request = new Request.Builder().url("http://127.0.0.1:" + port + "/ocpi/" + sent.target());
        sent.headers().forEach(request::header);
        if (sent.token() != null) {
            request.header("Authorization", CredentialsTokens.header(sent.token(), false));
        }
        RequestBody body = sent.body() == null
                ? null
                : RequestBody.create(sent.body().getBytes(StandardCharsets.UTF_8), MediaType.get("application/json"));
        request.method(sent.method(), body);
        try (Response response = http.newCall(request.build()).execute()) {
            byte[] bytes = response.body().bytes();
            List<List<String>> headers = new ArrayList<>();
            response.headers().forEach(h -> headers.add(List.of(h.getFirst(), h.getSecond())));
            return new Answer(response.code(), new String(bytes, StandardCharsets.UTF_8), bytes, ocpiHeaders(headers));
        }
    }

    /**
     * The headers the server sets, by lower-case name, values in order: the container's own (Date, Server,
     * Content-Length, Transfer-Encoding) are left out.
     */
    private static Map<String, List<String>> ocpiHeaders(List<List<String>> headers) {
        Map<String, List<String>> ocpi = new TreeMap<>();
        for (List<String> header : headers) {
            String name = header.get(0).toLowerCase(Locale.ROOT);
            if (name.startsWith("ocpi-")
                    || List.of(
                                    "x-request-id",
                                    "x-correlation-id",
                                    "content-type",
                                    "link",
                                    "x-total-count",
                                    "x-limit",
                                    "location")
                            .contains(name)) {
                ocpi.computeIfAbsent(name, n -> new ArrayList<>()).add(header.get(1));
            }
        }
        return new LinkedHashMap<>(ocpi);
    }

    /** The headers with the value of Content-Type in lower case: its charset's name ignores case (RFC 9110). */
    private static Map<String, List<String>> caseOfCharsetIgnored(Map<String, List<String>> headers) {
        Map<String, List<String>> copy = new LinkedHashMap<>(headers);
        copy.computeIfPresent(
                "content-type",
                (name, values) ->
                        values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList());
        return copy;
    }

    private static void assertRefused(int port) {
        assertThatThrownBy(() -> {
                    try (Socket socket = new Socket("127.0.0.1", port)) {
                        socket.getOutputStream().write(1);
                    }
                })
                .isInstanceOf(ConnectException.class);
    }
}
