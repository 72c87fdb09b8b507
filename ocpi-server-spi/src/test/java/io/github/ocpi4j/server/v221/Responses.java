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

    /** Asserts HTTP 404 for an unknown object or another party's. */
    static void assertNotFound(OcpiHttpResponse response, String what) {
        assertError(response, 404, 2000, what + " not found");
    }

    /** Asserts 2001 for JSON that breaks the model, with these violations (in any order) as the data. */
    static void assertViolations(OcpiHttpResponse response, String violations) {
        assertThat(response.status()).isEqualTo(200);
        assertThat(json(response).get("status_code").asInt()).isEqualTo(2001);
        assertThat(data(response)).containsExactlyInAnyOrderElementsOf(tree(violations));
    }

    /** Asserts HTTP 405 for a method the module does not have. */
    static void assertMethodNotAllowed(OcpiHttpResponse response, String method) {
        assertError(response, 405, 2000, method + " is not allowed here");
    }
}
