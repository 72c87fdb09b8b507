package io.github.ocpi4j.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.OcpiValidationException;
import io.github.ocpi4j.model.SpecFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jspecify.annotations.Nullable;

/**
 * What the module client tests of every OCPI version share: a partner served on a {@link MockWebServer} (its
 * versions and the endpoints of one version a test asks for, {@code [[version_information_endpoint_versions_module]]}),
 * OCPI response envelopes ({@code [[transport_and_format_response_format]]}), the specification's JSON examples, and
 * assertions on the requests the client sent. Each version's tests have a {@code Fixture} that extends this one with
 * that version's defaults, so that its static methods are imported through it.
 */
public class SpecFixture {
    /** The credentials token the partner gave this side. */
    public static final String TOKEN = "example-token";

    /**
     * The header for {@link #TOKEN}: {@code Token } and the Base64 of its UTF-8 bytes ({@code
     * [[transport_and_format_authorization_header]]}), spelled out rather than computed.
     */
    public static final String AUTHORIZATION = "Token ZXhhbXBsZS10b2tlbg==";

    private static final OcpiClient CLIENT = OcpiClient.builder().build();
    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    /** Only for the fixtures of the versions. */
    protected SpecFixture() {}

    /** One endpoint the partner offers: module identifier, interface role and path on the mock server. */
    public record Offer(String module, String role, String path) {}

    /** The partner's Sender interface of a module, at {@code /ocpi/<version>/<module>}. */
    public static Offer sender(String version, String module) {
        return new Offer(module, "SENDER", "/ocpi/" + version + "/" + module);
    }

    /** The partner's Receiver interface of a module, at {@code /ocpi/<version>/<module>}. */
    public static Offer receiver(String version, String module) {
        return new Offer(module, "RECEIVER", "/ocpi/" + version + "/" + module);
    }

    /**
     * Connects to a partner on the server that offers 2.1.1, 2.2.1 and {@code version} (the newest of them), and
     * these endpoints of {@code version} (and credentials), and checks the two negotiation calls, so that the next
     * request taken is the test's own.
     */
    public static Partner connect(MockWebServer server, String version, Offer... offers) {
        ArrayNode versions = JsonNodeFactory.instance.arrayNode();
        for (String offered : new LinkedHashSet<>(List.of("2.1.1", "2.2.1", version))) {
            versions.addObject().put("version", offered).put("url", url(server, "/ocpi/" + offered));
        }
        ObjectNode details = JsonNodeFactory.instance.objectNode().put("version", version);
        ArrayNode endpoints = details.putArray("endpoints");
        endpoints
                .addObject()
                .put("identifier", "credentials")
                .put("role", "RECEIVER")
                .put("url", url(server, "/ocpi/" + version + "/credentials"));
        for (Offer offer : offers) {
            endpoints
                    .addObject()
                    .put("identifier", offer.module())
                    .put("role", offer.role())
                    .put("url", url(server, offer.path()));
        }
        server.enqueue(ok(versions.toString()));
        server.enqueue(ok(details.toString()));

        Partner partner = CLIENT.connect(url(server, "/ocpi/versions"), TOKEN);

        assertCall(take(server), "GET", "/ocpi/versions");
        assertCall(take(server), "GET", "/ocpi/" + version);
        assertThat(partner.version()).isEqualTo(version);
        return partner;
    }

    /** The absolute URL of a path on the server. */
    public static String url(MockWebServer server, String path) {
        return server.url(path).toString();
    }

    /** HTTP 200 with status 1000 and this JSON as {@code data}. */
    public static MockResponse ok(String data) {
        return envelope(200, 1000, data).build();
    }

    /** HTTP 200 with status 1000 and no {@code data}, as the answer to a push. */
    public static MockResponse ok() {
        return envelope(200, 1000, null).build();
    }

    /** HTTP 404 with a client error envelope and no data. */
    public static MockResponse notFound() {
        return envelope(404, 2000, null).build();
    }

    /**
     * An OCPI envelope ({@code [[transport_and_format_response_format]]}) with an HTTP status, an OCPI status code
     * and, if not {@code null}, data, as a builder to add headers to.
     */
    public static MockResponse.Builder envelope(int httpStatus, int statusCode, @Nullable String data) {
        // the data as given, not re-written, so that numbers keep their spelling (8.50)
        String body = (data == null ? "{" : "{\"data\": " + data + ", ")
                + "\"status_code\": " + statusCode
                + ", \"status_message\": \"" + (statusCode == 1000 ? "Success" : "Failure") + "\""
                + ", \"timestamp\": \"2015-06-30T21:59:59Z\"}";
        return new MockResponse.Builder()
                .code(httpStatus)
                .setHeader("Content-Type", "application/json")
                .body(body);
    }

    /** The text of one of the specification's JSON examples of a version. */
    public static String exampleOf(String version, String name) {
        return new String(SpecFiles.example(version, name), StandardCharsets.UTF_8);
    }

    /** The part of one of the specification's JSON examples of a version at a JSON pointer, such as {@code /evses/0}. */
    public static String exampleOf(String version, String name, String pointer) {
        JsonNode part = tree(exampleOf(version, name)).at(pointer);
        assertThat(part.isMissingNode()).as("%s in %s", pointer, name).isFalse();
        return part.toString();
    }

    /** A JSON document read into its type; it must be valid. */
    public static <T> T parse(String json, Class<T> type) {
        return OcpiJson.instance().read(json, type).get();
    }

    /** Writes a value as OCPI JSON. */
    public static String json(Object value) {
        return OcpiJson.instance().writeString(value);
    }

    /** A JSON array of the given JSON documents. */
    public static String array(String... elements) {
        return "[" + String.join(",", elements) + "]";
    }

    /** The next request the server received; the calls are synchronous, so it is already there. */
    public static RecordedRequest take(MockWebServer server) {
        try {
            RecordedRequest request = server.takeRequest(10, TimeUnit.SECONDS);
            assertThat(request).as("a request to the server").isNotNull();
            return request;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * Asserts a request's method, path (as encoded), query parameters (decoded, in order) and {@code Authorization:
     * Token <base64>} header. The query of {@code target} may spell characters such as {@code :} as they are or
     * percent-encoded; either is the same parameter value.
     */
    public static void assertCall(RecordedRequest request, String method, String target) {
        HttpUrl sent = request.getUrl();
        HttpUrl expected = sent.resolve(target);
        assertThat(expected).as("target %s", target).isNotNull();
        assertThat(request.getMethod()).isEqualTo(method);
        assertThat(sent.encodedPath()).isEqualTo(expected.encodedPath());
        assertThat(query(sent)).as("query of %s", sent).isEqualTo(query(expected));
        assertThat(request.getHeaders().get("Authorization")).isEqualTo(AUTHORIZATION);
    }

    private static List<String> query(HttpUrl url) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < url.querySize(); i++) {
            pairs.add(url.queryParameterName(i) + "=" + url.queryParameterValue(i));
        }
        return pairs;
    }

    /**
     * Asserts that a request carried JSON ({@code Content-Type: application/json}, {@code
     * [[transport_and_format_request_format]]}) equal to the expected document, key order and the spelling of
     * numbers aside.
     */
    public static void assertJsonBody(RecordedRequest request, String expectedJson) {
        MediaType type = MediaType.parse(String.valueOf(request.getHeaders().get("Content-Type")));
        assertThat(type).as("Content-Type").isNotNull();
        assertThat(type.type() + "/" + type.subtype()).isEqualTo("application/json");
        assertThat(request.getBody()).as("request body").isNotNull();
        JsonNode actual = tree(request.getBody().utf8());
        JsonNode expected = tree(expectedJson);
        assertThat(actual.equals(NUMBERS_BY_VALUE, expected))
                .as("JSON differs:%n  expected %s%n  actual   %s", expected, actual)
                .isTrue();
    }

    /** Asserts that a request had no body. */
    public static void assertNoBody(RecordedRequest request) {
        assertThat(request.getBodySize()).isZero();
    }

    /**
     * Asserts a request's method, target and {@code Authorization} header as {@link #assertCall} does, and its JSON
     * body as {@link #assertJsonBody} does.
     */
    public static void assertJsonCall(RecordedRequest request, String method, String target, String expectedJson) {
        assertCall(request, method, target);
        assertJsonBody(request, expectedJson);
    }

    /**
     * Asserts that a call throws an {@link OcpiValidationException} without sending a request: ocpi4j sends no data
     * that breaks the specification's rules. Returns the exception, for assertions on its violations.
     */
    public static OcpiValidationException assertRejectedBeforeAnyRequest(MockWebServer server, ThrowingCallable call) {
        int before = server.getRequestCount();
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(OcpiValidationException.class);
        assertThat(server.getRequestCount()).isEqualTo(before);
        return (OcpiValidationException) thrown;
    }

    /**
     * Asserts that a call (asking for a module client, or using one) throws an {@link OcpiNegotiationException}
     * naming the module and the interface role the partner does not offer.
     */
    public static void assertNoEndpoint(ThrowingCallable call, String module, String role) {
        assertThatThrownBy(call)
                .isInstanceOf(OcpiNegotiationException.class)
                .hasMessageContaining(module)
                .hasMessageContaining(role);
    }

    private static JsonNode tree(String json) {
        try {
            return PLAIN.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
