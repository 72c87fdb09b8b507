package io.github.ocpi4j.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.jspecify.annotations.Nullable;

/**
 * A partner on a {@link MockWebServer}: versions at {@code /versions}, the details of each version it offers (but
 * 2.1.1) at {@code /<version>} listing the given endpoints under {@code /<version>/<module>/<role>}, and handlers by
 * path for the rest.
 */
final class MockPartner extends Dispatcher {
    static final String TIMESTAMP = "2024-01-01T00:00:00Z";

    private final MockWebServer server;
    private final List<String> versions;
    private final List<String> endpoints;
    private final Map<String, Function<RecordedRequest, MockResponse>> handlers = new ConcurrentHashMap<>();
    final List<RecordedRequest> requests = java.util.Collections.synchronizedList(new ArrayList<>());

    /** A partner that offers 2.1.1 and 2.2.1, with these endpoints ({@code module/ROLE}) in 2.2.1. */
    MockPartner(MockWebServer server, String... endpoints) {
        this(server, List.of("2.1.1", "2.2.1"), endpoints);
    }

    /** A partner that offers these versions, with these endpoints ({@code module/ROLE}) in each. */
    MockPartner(MockWebServer server, List<String> versions, String... endpoints) {
        this.server = server;
        this.versions = List.copyOf(versions);
        this.endpoints = List.of(endpoints);
        server.setDispatcher(this);
    }

    /** The versions URL. */
    String versionsUrl() {
        return server.url("/versions").toString();
    }

    /** The URL of a 2.2.1 endpoint given as {@code module/ROLE}. */
    String url(String endpoint) {
        return url("2.2.1", endpoint);
    }

    /** The URL of an endpoint of a version given as {@code module/ROLE}. */
    String url(String version, String endpoint) {
        return server.url("/" + version + "/" + endpoint).toString();
    }

    /** Answers requests to a path (without query) with a handler. */
    MockPartner on(String path, Function<RecordedRequest, MockResponse> handler) {
        handlers.put(path, handler);
        return this;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        requests.add(request);
        String path = request.getUrl().encodedPath();
        Function<RecordedRequest, MockResponse> handler = handlers.get(path);
        if (handler != null) {
            return handler.apply(request);
        }
        if (path.equals("/versions")) {
            StringBuilder list = new StringBuilder();
            for (String version : versions) {
                list.append(list.length() == 0 ? "" : ",")
                        .append("{\"version\":\"")
                        .append(version)
                        .append("\",\"url\":\"")
                        .append(server.url("/" + version))
                        .append("\"}");
            }
            return ok("[" + list + "]");
        }
        String version = path.substring(1);
        if (versions.contains(version) && !version.equals("2.1.1")) {
            StringBuilder list = new StringBuilder();
            for (String endpoint : endpoints) {
                String[] parts = endpoint.split("/");
                list.append(list.length() == 0 ? "" : ",")
                        .append("{\"identifier\":\"")
                        .append(parts[0])
                        .append("\",\"role\":\"")
                        .append(parts[1])
                        .append("\",\"url\":\"")
                        .append(url(version, endpoint))
                        .append("\"}");
            }
            return ok("{\"version\":\"" + version + "\",\"endpoints\":[" + list + "]}");
        }
        return new MockResponse.Builder().code(404).body("no " + path).build();
    }

    /** The requests made to paths other than the versions and details. */
    List<RecordedRequest> calls() {
        return requests.stream()
                .filter(r -> !r.getUrl().encodedPath().equals("/versions")
                        && !versions.contains(r.getUrl().encodedPath().substring(1)))
                .toList();
    }

    /** A 200 response with a success envelope around the data (JSON text), or without data for {@code null}. */
    static MockResponse ok(@Nullable String data) {
        return envelope(200, 1000, data);
    }

    /** A response with an envelope of this HTTP status and OCPI status. */
    static MockResponse envelope(int httpStatus, int statusCode, @Nullable String data) {
        String body = "{" + (data == null ? "" : "\"data\":" + data + ",") + "\"status_code\":" + statusCode
                + ",\"status_message\":\"status " + statusCode + "\",\"timestamp\":\"" + TIMESTAMP + "\"}";
        return new MockResponse.Builder()
                .code(httpStatus)
                .setHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }
}
