package io.github.ocpi4j.server.jdk;

import io.github.ocpi4j.server.OcpiHttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes answers as HTTP/1.1 bytes: the status line, the server's headers, {@code Date}, {@code Content-Length}
 * (always, except where a status has no body) and {@code Connection}; the body unless the request was HEAD. Keeps
 * the date of the current second. Thread-safe.
 */
final class Responses {
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern(
                    "EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
            .withZone(ZoneOffset.UTC);

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

    /** The {@code Date} of the current second, as the workers writing answers last saw it. */
    private volatile Date date = new Date(-1, "");

    private record Date(long second, String text) {}

    /** A short plain-text answer of the connector's own. */
    static OcpiHttpResponse plain(int status, String message) {
        return new OcpiHttpResponse(
                status,
                List.of(Map.entry("Content-Type", "text/plain;charset=utf-8")),
                (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The bytes of an answer: its head, then its body (the server's array, not a copy) if it goes with one.
     *
     * @param withoutBody whether the body is left out (an answer to HEAD); Content-Length stays the body's
     * @param close whether the connection closes after it
     * @param keepAlive whether to say that it stays open, for an HTTP/1.0 client that asked so
     */
    ByteBuffer[] encode(OcpiHttpResponse response, boolean withoutBody, boolean close, boolean keepAlive) {
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
            if (framing(name)) {
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
        ByteBuffer bytes = ByteBuffer.wrap(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        if (withoutBody || !hasBody || response.body().length == 0) {
            return new ByteBuffer[] {bytes};
        }
        return new ByteBuffer[] {bytes, ByteBuffer.wrap(response.body())};
    }

    /** Whether a header frames the message, which only the connector writes. */
    private static boolean framing(String name) {
        return name.equalsIgnoreCase("Content-Length")
                || name.equalsIgnoreCase("Transfer-Encoding")
                || name.equalsIgnoreCase("Connection")
                || name.equalsIgnoreCase("Keep-Alive");
    }

    private static boolean breaksLine(String s) {
        return s.indexOf('\r') >= 0 || s.indexOf('\n') >= 0;
    }

    private String date() {
        long now = System.currentTimeMillis() / 1000;
        Date d = date;
        if (d.second() != now) {
            d = new Date(now, HTTP_DATE.format(Instant.ofEpochSecond(now)));
            date = d;
        }
        return d.text();
    }
}
