package io.github.ocpi4j.server.jdk;

import io.github.ocpi4j.server.OcpiHttpRequest;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The head of one HTTP/1.1 or HTTP/1.0 request (RFC 9112), parsed and checked: the request line, the header
 * fields as sent, and what they say about the body and the connection. Whatever could let two readers of the same
 * bytes see different requests is refused (both Content-Length and Transfer-Encoding, differing lengths, folded
 * lines, a CR without LF, whitespace before a field's colon); a bare LF ends a line as CRLF does (section 2.2).
 *
 * @param method the method, as sent
 * @param path the path, percent-encoded as sent; {@code /} for an absolute-form target without one
 * @param query the query without {@code ?}, or {@code null}
 * @param http11 whether the request is HTTP/1.1 (or a later 1.x) rather than HTTP/1.0
 * @param headers the header fields in the order sent, values without surrounding whitespace
 * @param contentLength the body's length, 0 when there is none or it is chunked
 * @param chunked whether the body is chunked
 * @param keepAlive whether the connection stays open after the answer
 * @param expectContinue whether the client waits for {@code 100 Continue} before it sends the body
 */
record RequestHead(
        String method,
        String path,
        @Nullable String query,
        boolean http11,
        List<Map.Entry<String, String>> headers,
        long contentLength,
        boolean chunked,
        boolean keepAlive,
        boolean expectContinue) {

    /** Whether the answer goes without its body. */
    boolean isHead() {
        return method.equals("HEAD");
    }

    /** Whether a body follows the head. */
    boolean hasBody() {
        return chunked || contentLength > 0;
    }

    /** The request as the server takes it; a HEAD request is the GET whose answer goes without its body. */
    OcpiHttpRequest toRequest(InputStream body) {
        OcpiHttpRequest.Builder request = OcpiHttpRequest.builder()
                .method(isHead() ? "GET" : method)
                .path(path)
                .query(query)
                .body(body);
        for (Map.Entry<String, String> header : headers) {
            request.header(header.getKey(), header.getValue());
        }
        return request.build();
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** Whether a byte may be part of a token, such as a method or a field name (RFC 9110 section 5.6.2). */
    static boolean isTokenChar(int b) {
        return (b >= 'a' && b <= 'z')
                || (b >= 'A' && b <= 'Z')
                || (b >= '0' && b <= '9')
                || "!#$%&'*+-.^_`|~".indexOf(b) >= 0;
    }

    /**
     * Parses a head: {@code buf[from, to)} holds the request line, the field lines and the empty line that ends the
     * head.
     *
     * @throws BadRequest with the status to answer when the head is malformed, too large, or of an unknown version
     */
    static RequestHead parse(byte[] buf, int from, int to, Limits limits) throws BadRequest {
        List<String> lines = lines(buf, from, to);
        String requestLine = lines.get(0);
        if (requestLine.length() > limits.maxRequestLineBytes()) {
            throw new BadRequest(414, "request line too long");
        }
        if (lines.size() - 1 > limits.maxHeaderCount()) {
            throw new BadRequest(431, "too many header fields");
        }
        int headerBytes = 0;
        for (int i = 1; i < lines.size(); i++) {
            headerBytes += lines.get(i).length() + 2;
        }
        if (headerBytes > limits.maxHeaderBytes()) {
            throw new BadRequest(431, "header fields too large");
        }

        int sp1 = requestLine.indexOf(' ');
        int sp2 = sp1 < 0 ? -1 : requestLine.indexOf(' ', sp1 + 1);
        if (sp1 <= 0 || sp2 < 0 || sp2 == sp1 + 1 || requestLine.indexOf(' ', sp2 + 1) >= 0) {
            throw new BadRequest("malformed request line");
        }
        String method = requestLine.substring(0, sp1);
        if (!method.chars().allMatch(RequestHead::isTokenChar)) {
            throw new BadRequest("malformed method");
        }
        boolean http11 = http11(requestLine.substring(sp2 + 1));
        String target = originForm(requestLine.substring(sp1 + 1, sp2));

        List<Map.Entry<String, String>> headers = new ArrayList<>(lines.size() - 1);
        Fields fields = new Fields();
        for (int i = 1; i < lines.size(); i++) {
            Map.Entry<String, String> header = field(lines.get(i));
            headers.add(header);
            fields.add(header.getKey().toLowerCase(Locale.ROOT), header.getValue());
        }
        if (fields.host > 1 || (http11 && fields.host == 0)) {
            throw new BadRequest("an HTTP/1.1 request needs exactly one Host header field");
        }
        boolean chunked = fields.transferEncoding;
        if (chunked) {
            if (!http11) {
                throw new BadRequest("Transfer-Encoding in an HTTP/1.0 request");
            }
            if (!fields.contentLengths.isEmpty()) {
                throw new BadRequest("both Content-Length and Transfer-Encoding");
            }
            List<String> codings = fields.transferCodings;
            if (codings.isEmpty()
                    || !codings.get(codings.size() - 1).equals("chunked")
                    || codings.indexOf("chunked") < codings.size() - 1) {
                throw new BadRequest("the last transfer coding must be chunked, and only the last");
            }
            if (codings.size() > 1) {
                throw new BadRequest(501, "transfer coding not supported: " + codings.get(0));
            }
        }
        boolean keepAlive =
                !fields.connection.contains("close") && (http11 || fields.connection.contains("keep-alive"));
        boolean expectContinue = false;
        if (http11 && !fields.expect.isEmpty()) {
            if (!fields.expect.stream().allMatch("100-continue"::equals)) {
                throw new BadRequest(417, "only the expectation 100-continue is supported");
            }
            expectContinue = true;
        }
        int q = target.indexOf('?');
        return new RequestHead(
                method,
                q < 0 ? target : target.substring(0, q),
                q < 0 ? null : target.substring(q + 1),
                http11,
                headers,
                contentLength(fields.contentLengths),
                chunked,
                keepAlive,
                expectContinue);
    }

    /** The lines of a head without their line ends and without the empty last line; bytes read as ISO-8859-1. */
    private static List<String> lines(byte[] buf, int from, int to) throws BadRequest {
        List<String> lines = new ArrayList<>();
        int start = from;
        for (int i = from; i < to; i++) {
            if (buf[i] == '\n') {
                int end = i > start && buf[i - 1] == '\r' ? i - 1 : i;
                lines.add(new String(buf, start, end - start, StandardCharsets.ISO_8859_1));
                start = i + 1;
            } else if (buf[i] == '\r' && (i + 1 == to || buf[i + 1] != '\n')) {
                throw new BadRequest("CR without LF in the request head");
            }
        }
        lines.remove(lines.size() - 1);
        return lines;
    }

    /** Whether the version is HTTP/1.1 (or a later 1.x, answered as 1.1) rather than HTTP/1.0. */
    private static boolean http11(String version) throws BadRequest {
        if (version.length() != 8
                || !version.startsWith("HTTP/")
                || !isDigit(version.charAt(5))
                || version.charAt(6) != '.'
                || !isDigit(version.charAt(7))) {
            throw new BadRequest("malformed HTTP version");
        }
        if (version.charAt(5) != '1') {
            throw new BadRequest(505, "HTTP version not supported; this server speaks HTTP/1.1");
        }
        return version.charAt(7) != '0';
    }

    /**
     * The path and query of a target: origin-form as it is, absolute-form ({@code http://host/path?query}) without
     * its scheme and authority. Only visible ASCII, no fragment, every {@code %} followed by two hex digits.
     */
    private static String originForm(String target) throws BadRequest {
        String lower = target.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            int authority = lower.indexOf("://") + 3;
            int end = authority;
            while (end < target.length() && target.charAt(end) != '/' && target.charAt(end) != '?') {
                end++;
            }
            if (end == authority) {
                throw new BadRequest("malformed request target");
            }
            target = target.substring(end);
            target = target.startsWith("/") ? target : "/" + target;
        } else if (!target.startsWith("/")) {
            throw new BadRequest("malformed request target");
        }
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c <= 0x20 || c >= 0x7f || c == '#') {
                throw new BadRequest("malformed request target");
            }
            if (c == '%'
                    && (i + 2 >= target.length()
                            || Character.digit(target.charAt(i + 1), 16) < 0
                            || Character.digit(target.charAt(i + 2), 16) < 0)) {
                throw new BadRequest("malformed percent-encoding in the request target");
            }
        }
        return target;
    }

    /** One field line: a token, a colon, and a value without control characters; no folding. */
    private static Map.Entry<String, String> field(String line) throws BadRequest {
        if (line.startsWith(" ") || line.startsWith("\t")) {
            throw new BadRequest("folded header field lines are not accepted");
        }
        int colon = line.indexOf(':');
        if (colon <= 0 || !line.substring(0, colon).chars().allMatch(RequestHead::isTokenChar)) {
            throw new BadRequest("malformed header field");
        }
        int start = colon + 1;
        int end = line.length();
        while (start < end && (line.charAt(start) == ' ' || line.charAt(start) == '\t')) {
            start++;
        }
        while (end > start && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
            end--;
        }
        for (int i = start; i < end; i++) {
            char c = line.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7f) {
                throw new BadRequest("control character in a header field");
            }
        }
        return Map.entry(line.substring(0, colon), line.substring(start, end));
    }

    /** The length of one or more Content-Length values, which must all be the same number. */
    private static long contentLength(List<String> values) throws BadRequest {
        long length = -1;
        for (String value : values) {
            if (value.isEmpty() || !value.chars().allMatch(RequestHead::isDigit)) {
                throw new BadRequest("malformed Content-Length");
            }
            String digits = value.replaceFirst("^0+(?=.)", "");
            long parsed = digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
            if (length >= 0 && parsed != length) {
                throw new BadRequest("differing Content-Length values");
            }
            length = parsed;
        }
        return Math.max(length, 0);
    }

    /** The fields that frame the request, their comma-separated lists split, lower case where case does not count. */
    private static final class Fields {
        int host;
        boolean transferEncoding;
        final List<String> contentLengths = new ArrayList<>();
        final List<String> transferCodings = new ArrayList<>();
        final List<String> connection = new ArrayList<>();
        final List<String> expect = new ArrayList<>();

        void add(String name, String value) {
            switch (name) {
                case "host" -> host++;
                case "content-length" -> split(value, false, contentLengths);
                case "transfer-encoding" -> {
                    transferEncoding = true;
                    split(value, true, transferCodings);
                }
                case "connection" -> split(value, true, connection);
                case "expect" -> split(value, true, expect);
                default -> {}
            }
        }

        private static void split(String value, boolean lowerCase, List<String> into) {
            for (String element : value.split(",", -1)) {
                String trimmed = element.strip();
                if (!trimmed.isEmpty() || !lowerCase) {
                    into.add(lowerCase ? trimmed.toLowerCase(Locale.ROOT) : trimmed);
                }
            }
        }
    }
}
