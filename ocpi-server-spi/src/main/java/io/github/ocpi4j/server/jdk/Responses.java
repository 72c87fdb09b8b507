package io.github.ocpi4j.server.jdk;

import io.github.ocpi4j.server.OcpiHttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes answers as HTTP/1.1 bytes: the status line, the server's headers, {@code Date}, {@code Content-Length}
 * (always, except where a status has no body) and {@code Connection}; the body unless the request was HEAD. Keeps
 * the date of the current second. Used by the I/O thread alone.
 */
final class Responses {
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern(
                    "EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
            .withZone(ZoneOffset.UTC);
    /** What frames the message, which only the connector writes. */
    private static final Set<String> FRAMING =
            Set.of("content-length", "transfer-encoding", "connection", "keep-alive");

    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(200, "OK"),
            Map.entry(201, "Created"),
            Map.entry(202, "Accepted"),
            Map.entry(204, "No Content"),
            Map.entry(400, "Bad Request"),
            Map.entry(401, "Unauthorized"),
            Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"),
            Map.entry(405, "Method Not Allowed"),
            Map.entry(408, "Request Timeout"),
            Map.entry(409, "Conflict"),
            Map.entry(413, "Content Too Large"),
            Map.entry(414, "URI Too Long"),
            Map.entry(415, "Unsupported Media Type"),
            Map.entry(417, "Expectation Failed"),
            Map.entry(429, "Too Many Requests"),
            Map.entry(431, "Request Header Fields Too Large"),
            Map.entry(500, "Internal Server Error"),
            Map.entry(501, "Not Implemented"),
            Map.entry(502, "Bad Gateway"),
            Map.entry(503, "Service Unavailable"),
            Map.entry(504, "Gateway Timeout"),
            Map.entry(505, "HTTP Version Not Supported"));

    private long second = -1;
    private String date = "";

    /** A short plain-text answer of the connector's own. */
    static OcpiHttpResponse plain(int status, String message) {
        return new OcpiHttpResponse(
                status,
                List.of(Map.entry("Content-Type", "text/plain;charset=utf-8")),
                (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The bytes of an answer.
     *
     * @param withoutBody whether the body is left out (an answer to HEAD); Content-Length stays the body's
     * @param close whether the connection closes after it
     * @param keepAlive whether to say that it stays open, for an HTTP/1.0 client that asked so
     */
    byte[] encode(OcpiHttpResponse response, boolean withoutBody, boolean close, boolean keepAlive) {
        int status = response.status();
        boolean hasBody = status >= 200 && status != 204 && status != 304;
        StringBuilder head = new StringBuilder(256)
                .append("HTTP/1.1 ")
                .append(status)
                .append(' ')
                .append(REASONS.getOrDefault(status, ""))
                .append("\r\n");
        for (Map.Entry<String, String> header : response.headers()) {
            String name = header.getKey();
            String value = header.getValue();
            if (FRAMING.contains(name.toLowerCase(Locale.ROOT))) {
                continue;
            }
            if (breaksLine(name) || breaksLine(value)) {
                Connector.LOG.warn("left the header {} out of an answer: it holds a line break", name.strip());
                continue;
            }
            head.append(name).append(": ").append(value).append("\r\n");
        }
        head.append("Date: ").append(date()).append("\r\n");
        if (hasBody) {
            head.append("Content-Length: ").append(response.body().length).append("\r\n");
        }
        if (close) {
            head.append("Connection: close\r\n");
        } else if (keepAlive) {
            head.append("Connection: keep-alive\r\n");
        }
        byte[] bytes = head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
        if (withoutBody || !hasBody || response.body().length == 0) {
            return bytes;
        }
        byte[] all = Arrays.copyOf(bytes, bytes.length + response.body().length);
        System.arraycopy(response.body(), 0, all, bytes.length, response.body().length);
        return all;
    }

    private static boolean breaksLine(String s) {
        return s.indexOf('\r') >= 0 || s.indexOf('\n') >= 0;
    }

    private String date() {
        long now = System.currentTimeMillis() / 1000;
        if (now != second) {
            second = now;
            date = HTTP_DATE.format(Instant.ofEpochSecond(now));
        }
        return date;
    }
}
