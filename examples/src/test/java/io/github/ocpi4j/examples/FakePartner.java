package io.github.ocpi4j.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;

/**
 * A CPO's OCPI platform on a {@link MockWebServer}, of 2.2.1 unless {@link #versions set} otherwise: its versions,
 * the details of each, and in each the Sender interface of each module it was given objects for (at {@code
 * /ocpi/<version>/<module>}), in pages with {@code Link}, {@code X-Total-Count} and {@code X-Limit} headers. Calls
 * without {@code Authorization: Token <Base64 of TOKEN>} get HTTP 401. A response set with {@link #answer(String,
 * MockResponse)} is given, once, instead of the computed one.
 */
final class FakePartner extends Dispatcher {
    static final String TOKEN = "ebf3b399-779f-4497-9b9d-ac6ad3cc44d2";
    static final String TIMESTAMP = "2024-03-01T12:00:00Z";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final MockWebServer server;
    private final Map<String, List<String>> modules = new LinkedHashMap<>();
    private final Map<String, Queue<MockResponse>> answers = new HashMap<>();
    private List<String> versions = List.of("2.2.1");
    private int pageSize = 2;
    private boolean loopAtEnd;

    private FakePartner(MockWebServer server) {
        this.server = server;
    }

    /** Serves a platform on the server, without modules yet. */
    static FakePartner on(MockWebServer server) {
        FakePartner partner = new FakePartner(server);
        server.setDispatcher(partner);
        return partner;
    }

    /** Offers a module's Sender interface with these objects (JSON texts), in this order. */
    FakePartner module(String module, List<String> objects) {
        modules.put(module, List.copyOf(objects));
        return this;
    }

    /** Sets how many objects a page holds at most. */
    FakePartner pageSize(int pageSize) {
        this.pageSize = pageSize;
        return this;
    }

    /** Sets the versions the platform offers (each with its URL); 2.2.1 by default. */
    FakePartner versions(String... versions) {
        this.versions = List.of(versions);
        return this;
    }

    /** Makes the last page of a list link back to the second page, which the client has fetched already. */
    FakePartner loopAtEnd() {
        this.loopAtEnd = true;
        return this;
    }

    /** Answers the next call of a path (without query) with this response instead. */
    FakePartner answer(String path, MockResponse response) {
        answers.computeIfAbsent(path, p -> new ArrayDeque<>()).add(response);
        return this;
    }

    /** Returns the URL of a path on the platform. */
    String url(String path) {
        return server.url(path).toString();
    }

    /** Returns the versions endpoint. */
    String versionsUrl() {
        return url("/ocpi/versions");
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        HttpUrl url = request.getUrl();
        String path = url.encodedPath();
        Queue<MockResponse> queued = answers.get(path);
        if (queued != null && !queued.isEmpty()) {
            return queued.remove();
        }
        String expected = "Token " + Base64.getEncoder().encodeToString(TOKEN.getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(request.getHeaders().get("Authorization"))) {
            return json(401, envelope(2000, "Unknown token", null));
        }
        if (path.equals("/ocpi/versions")) {
            return json(200, envelope(1000, null, versionsData()));
        }
        for (String version : versions) {
            String base = "/ocpi/" + version;
            if (path.equals(base)) {
                return json(200, envelope(1000, null, detailsData(version)));
            }
            String module = path.startsWith(base + "/") ? path.substring(base.length() + 1) : "";
            if (modules.containsKey(module)) {
                return page(url, modules.get(module));
            }
        }
        return new MockResponse.Builder().code(404).build();
    }

    private String versionsData() {
        return versions.stream()
                .map(v -> "{\"version\":\"" + v + "\",\"url\":\"" + url("/ocpi/" + v) + "\"}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    private String detailsData(String version) {
        List<String> endpoints = new ArrayList<>();
        // a Receiver interface first, which `get` must not call
        endpoints.add(endpoint("credentials", "SENDER", "/ocpi/" + version + "/credentials"));
        endpoints.add(endpoint("tokens", "RECEIVER", "/ocpi/emsp/" + version + "/tokens"));
        for (String module : modules.keySet()) {
            endpoints.add(endpoint(module, "SENDER", "/ocpi/" + version + "/" + module));
        }
        return "{\"version\":\"" + version + "\",\"endpoints\":[" + String.join(",", endpoints) + "]}";
    }

    private String endpoint(String module, String role, String path) {
        return "{\"identifier\":\"" + module + "\",\"role\":\"" + role + "\",\"url\":\"" + url(path) + "\"}";
    }

    private MockResponse page(HttpUrl url, List<String> objects) {
        int offset = intParameter(url, "offset", 0);
        int limit = Math.min(intParameter(url, "limit", pageSize), pageSize);
        int end = Math.min(objects.size(), offset + limit);
        List<String> items = offset >= objects.size() ? List.of() : objects.subList(offset, end);
        MockResponse.Builder response = new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "application/json")
                .addHeader("X-Total-Count", objects.size())
                .addHeader("X-Limit", pageSize)
                .body(envelope(1000, null, "[" + String.join(",", items) + "]"));
        if (end < objects.size() || (loopAtEnd && pageSize < objects.size())) {
            HttpUrl next = url.newBuilder()
                    .setQueryParameter("offset", Integer.toString(end < objects.size() ? end : pageSize))
                    .setQueryParameter("limit", Integer.toString(pageSize))
                    .build();
            response.addHeader("Link", "<" + next + ">; rel=\"next\"");
        }
        return response.build();
    }

    private static int intParameter(HttpUrl url, String name, int otherwise) {
        String value = url.queryParameter(name);
        return value == null ? otherwise : Integer.parseInt(value);
    }

    /** Returns a response with a JSON body. */
    static MockResponse json(int code, String body) {
        return new MockResponse.Builder()
                .code(code)
                .addHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }

    /** Returns an OCPI response envelope. */
    static String envelope(int statusCode, String statusMessage, String data) {
        return "{" + (data == null ? "" : "\"data\":" + data + ",")
                + "\"status_code\":" + statusCode
                + (statusMessage == null ? "" : ",\"status_message\":\"" + statusMessage + "\"")
                + ",\"timestamp\":\"" + TIMESTAMP + "\"}";
    }

    /**
     * Returns {@code count} copies of one of the specification's examples as compact JSON, each with its {@code
     * idField} set to {@code <prefix>1}, {@code <prefix>2}, ...
     */
    static List<String> copies(String example, String idField, String prefix, int count) {
        return copies("2.2.1", example, idField, prefix, count);
    }

    /** Returns copies of one of the specification's examples of a version, as {@link #copies(String, String, String, int)}. */
    static List<String> copies(String version, String example, String idField, String prefix, int count) {
        try {
            ObjectNode original =
                    (ObjectNode) MAPPER.readTree(Files.readString(Path.of(CommandLine.example(version, example))));
            List<String> copies = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                ObjectNode copy = original.deepCopy();
                copy.put(idField, prefix + i);
                copies.add(MAPPER.writeValueAsString(copy));
            }
            return copies;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns a JSON object with a field set to a value. */
    static String with(String object, String field, Object value) {
        return edit(object, node -> node.set(field, MAPPER.valueToTree(value)));
    }

    /** Returns a JSON object without a field. */
    static String without(String object, String field) {
        return edit(object, node -> node.remove(field));
    }

    private static String edit(String object, Consumer<ObjectNode> change) {
        try {
            ObjectNode node = (ObjectNode) MAPPER.readTree(object);
            change.accept(node);
            return MAPPER.writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
