package io.github.ocpi4j.server.v221;

import static io.github.ocpi4j.server.ServerFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.server.OcpiHttpResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/** JSON trees of models and responses, and assertions on OCPI answers, for the module tests of this package. */
final class Responses {
    private static final ObjectMapper PLAIN = new ObjectMapper();

    private Responses() {}

    /** Returns JSON text as a tree. */
    static JsonNode tree(String json) {
        try {
            return PLAIN.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns a model object as the tree ocpi4j writes for it. */
    static ObjectNode treeOf(Object model) {
        return (ObjectNode) tree(OcpiJson.instance().writeString(model));
    }

    /** Reads a valid model object. */
    static <T> T read(String json, Class<T> type) {
        return OcpiJson.instance().read(json, type).get();
    }

    /** Returns the envelope's data, or {@code null} without one. */
    static JsonNode data(OcpiHttpResponse response) {
        return json(response).get("data");
    }

    /** Asserts a success without data, with this HTTP status. */
    static void assertSuccessWithoutData(OcpiHttpResponse response, int httpStatus) {
        assertThat(response.status()).isEqualTo(httpStatus);
        assertThat(json(response).get("status_code").asInt()).isEqualTo(1000);
        assertThat(json(response).has("data")).isFalse();
    }

    /** Asserts a success with this data. */
    static void assertSuccess(OcpiHttpResponse response, JsonNode data) {
        assertThat(response.status()).isEqualTo(200);
        assertThat(json(response).get("status_code").asInt()).isEqualTo(1000);
        assertThat(data(response)).isEqualTo(data);
    }

    /** Asserts an error answer: HTTP status, OCPI status code and message, and no data. */
    static void assertError(OcpiHttpResponse response, int httpStatus, int statusCode, String message) {
        assertThat(response.status()).isEqualTo(httpStatus);
        assertThat(json(response).get("status_code").asInt()).isEqualTo(statusCode);
        assertThat(json(response).get("status_message").asText()).isEqualTo(message);
        assertThat(json(response).has("data")).isFalse();
    }

    /** Asserts HTTP 404 for an unknown object, which {@code message} names, with what to do about it if anything. */
    static void assertNotFound(OcpiHttpResponse response, String message) {
        assertError(response, 404, 2000, message);
    }

    /**
     * Asserts HTTP 404 for a URL below another party's country code and party id ({@code countryCode/partyId}),
     * naming the requesting party's own, {@code NL/EMS} unless {@code countryCode/partyId} is that.
     */
    static void assertNotYours(OcpiHttpResponse response, String theirs) {
        String ours = theirs.equals("NL/EMS") ? "DE/OTH" : "NL/EMS";
        assertError(
                response,
                404,
                2000,
                theirs + " is not one of your roles: use your own country code and party id in the URL (" + ours + ")");
    }

    /** Asserts 2001 for JSON that breaks the model, with these violations (in any order) as the data. */
    static void assertViolations(OcpiHttpResponse response, String violations) {
        assertThat(response.status()).isEqualTo(200);
        assertThat(json(response).get("status_code").asInt()).isEqualTo(2001);
        assertThat(data(response)).containsExactlyInAnyOrderElementsOf(tree(violations));
    }

    /** Asserts HTTP 405 for a method the module does not have, naming those it has. */
    static void assertMethodNotAllowed(OcpiHttpResponse response, String method) {
        assertThat(response.status()).isEqualTo(405);
        assertThat(json(response).get("status_code").asInt()).isEqualTo(2000);
        assertThat(json(response).get("status_message").asText())
                .startsWith(method + " is not allowed here: this endpoint takes ");
        assertThat(json(response).has("data")).isFalse();
    }
}
