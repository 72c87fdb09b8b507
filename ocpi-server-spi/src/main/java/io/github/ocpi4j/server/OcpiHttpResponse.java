package io.github.ocpi4j.server;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An HTTP response as {@link OcpiServer#handle(OcpiHttpRequest)} returns it: status, headers in order, and the
 * body (the OCPI envelope, UTF-8 JSON). Adapters copy it to their framework's response.
 *
 * @param status the HTTP status code
 * @param headers the headers, in the order they are to be sent
 * @param body the body
 */
public record OcpiHttpResponse(int status, List<Map.Entry<String, String>> headers, byte[] body) {

    /** Copies the headers. */
    public OcpiHttpResponse {
        headers = List.copyOf(headers);
    }

    /** Returns the first value of a header, its name ignoring case. */
    public @Nullable String header(String name) {
        for (Map.Entry<String, String> h : headers) {
            if (h.getKey().equalsIgnoreCase(name)) {
                return h.getValue();
            }
        }
        return null;
    }

    /** Returns the body as text. */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof OcpiHttpResponse r
                && r.status == status
                && r.headers.equals(headers)
                && java.util.Arrays.equals(r.body, body);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * status + headers.hashCode()) + java.util.Arrays.hashCode(body);
    }

    @Override
    public String toString() {
        return "OcpiHttpResponse[" + status + ", " + headers + ", " + bodyText() + "]";
    }
}
