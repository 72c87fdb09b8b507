package io.github.ocpi4j.server.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The URL work of the server with the JDK alone, so that serving needs no HTTP client library: the base URL, the
 * encoding of path segments and query strings, and query parameters. Path segments and queries are encoded as RFC
 * 3986 allows them in a URL, every other character as its UTF-8 bytes in percent-escapes.
 */
public final class Urls {
    private static final String HEX = "0123456789ABCDEF";

    private Urls() {}

    /**
     * An http(s) URL taken apart: its origin, such as {@code https://cpo.example.com}, and its path without a trailing
     * slash, such as {@code /ocpi} (empty for none).
     *
     * @param origin the scheme, host and port (left out when it is the scheme's default), in lower case
     * @param path the encoded path, without a trailing slash
     */
    public record Base(String origin, String path) {

        /** Returns the URL of a path below this one, each segment encoded. */
        public String url(String... segments) {
            StringBuilder url = new StringBuilder(origin).append(path);
            for (String segment : segments) {
                url.append('/').append(encodeSegment(segment));
            }
            return url.toString();
        }
    }

    /** Returns an http or https URL taken apart, or nothing for anything else (no host, another scheme, bad syntax). */
    public static Optional<Base> parse(@Nullable String url) {
        if (url == null) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https"))
                || uri.getHost() == null
                || uri.getHost().isEmpty()) {
            return Optional.empty();
        }
        int port = uri.getPort();
        boolean defaultPort =
                port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        String origin = scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return Optional.of(new Base(origin, path));
    }

    /** Returns whether a text is an http or https URL with a host. */
    public static boolean isHttp(@Nullable String url) {
        return parse(url).isPresent();
    }

    /** Encodes a path segment: every character but the unreserved ones, sub-delimiters, {@code :} and {@code @}. */
    public static String encodeSegment(String segment) {
        return encode(segment, "-._~!$&'()*+,;=:@", false);
    }

    /** Returns a raw path as a URL may hold it: each segment as {@link #canonicalQuery} keeps a query, {@code /} kept. */
    public static String canonicalPath(String rawPath) {
        return encode(rawPath, "-._~!$&'()*+,;=:@/", true);
    }

    /**
     * Returns a raw query as a URL may hold it: characters a query may not hold are percent-encoded, escapes already
     * there are kept.
     */
    public static String canonicalQuery(String rawQuery) {
        return encode(rawQuery, "-._~!$&'()*+,;=:@/?", true);
    }

    /**
     * Returns the first value of a query parameter, decoded ({@code +} is a space, as forms send it), or {@code null}
     * when the query does not have it.
     */
    public static @Nullable String queryParameter(@Nullable String rawQuery, String name) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&", -1)) {
            int eq = pair.indexOf('=');
            String key = decodeQuery(eq < 0 ? pair : pair.substring(0, eq));
            if (key.equals(name)) {
                return eq < 0 ? "" : decodeQuery(pair.substring(eq + 1));
            }
        }
        return null;
    }

    /** Returns a raw query without the parameters of these names, in their order otherwise, canonical. */
    public static List<String> queryWithout(@Nullable String rawQuery, List<String> names) {
        List<String> kept = new ArrayList<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return kept;
        }
        for (String pair : rawQuery.split("&", -1)) {
            int eq = pair.indexOf('=');
            if (!pair.isEmpty() && !names.contains(decodeQuery(eq < 0 ? pair : pair.substring(0, eq)))) {
                kept.add(canonicalQuery(pair));
            }
        }
        return kept;
    }

    private static String decodeQuery(String raw) {
        return Router.decode(raw.replace('+', ' '));
    }

    private static String encode(String text, String allowed, boolean keepEscapes) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || allowed.indexOf(c) >= 0) {
                out.append(c);
            } else if (keepEscapes && c == '%' && isHex(text, i + 1) && isHex(text, i + 2)) {
                out.append(c);
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < text.length() ? i + 2 : i + 1;
                for (byte b : text.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(HEX.charAt((b >> 4) & 0xF)).append(HEX.charAt(b & 0xF));
                }
                i = end - 1;
            }
        }
        return out.toString();
    }

    private static boolean isHex(String text, int i) {
        return i < text.length() && Character.digit(text.charAt(i), 16) >= 0;
    }
}
