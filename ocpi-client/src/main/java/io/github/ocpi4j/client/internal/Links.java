package io.github.ocpi4j.client.internal;

import java.util.Locale;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/** The {@code Link} header of a paginated response: {@code <https://...?offset=50&limit=50>; rel="next"}. */
public final class Links {
    private Links() {}

    /**
     * Returns the absolute URL of the {@code rel="next"} link, resolved against the URL of the request, or {@code
     * null} when the header has none.
     */
    public static @Nullable String next(@Nullable String header, String requestUrl) {
        if (header == null) {
            return null;
        }
        int i = 0;
        while (i < header.length()) {
            int open = header.indexOf('<', i);
            if (open < 0) {
                return null;
            }
            int close = header.indexOf('>', open);
            if (close < 0) {
                return null;
            }
            int end = header.indexOf('<', close);
            String params = header.substring(close + 1, end < 0 ? header.length() : end);
            if (isNext(params)) {
                HttpUrl base = HttpUrl.parse(requestUrl);
                HttpUrl next = base == null
                        ? null
                        : base.resolve(header.substring(open + 1, close).trim());
                return next == null ? null : next.toString();
            }
            i = end < 0 ? header.length() : end;
        }
        return null;
    }

    private static boolean isNext(String params) {
        for (String param : params.split(";")) {
            int eq = param.indexOf('=');
            if (eq < 0 || !param.substring(0, eq).trim().equalsIgnoreCase("rel")) {
                continue;
            }
            String value = param.substring(eq + 1).replace("\"", " ").replace(",", " ");
            for (String rel : value.trim().toLowerCase(Locale.ROOT).split("\\s+")) {
                if (rel.equals("next")) {
                    return true;
                }
            }
        }
        return false;
    }
}
