package io.github.ocpi4j.server.internal;

import io.github.ocpi4j.model.OcpiStatusCode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** Finds the route of a path below a version's base: the most specific one that matches, by literal segments. */
public final class Router {
    private final List<Route> routes; // the most specific first: more literal segments, then in the order given

    /** Creates the router of these routes. */
    public Router(List<Route> routes) {
        List<Route> sorted = new ArrayList<>(routes);
        sorted.sort(Comparator.comparingInt(Route::literals).reversed()); // stable: equals keep their order
        this.routes = List.copyOf(sorted);
    }

    /** A route and the parameters its pattern took from the path. */
    public record Match(Route route, Map<String, String> params) {}

    /**
     * Returns the route for a method and the path segments below the version's base: of those that match, the one
     * with the most literal segments.
     *
     * @throws HttpError 404 when no route has the path, 405 when none of those that have it takes the method
     */
    public Match match(String method, List<String> segments) {
        boolean pathKnown = false;
        for (Route route : routes) {
            boolean sameMethod = route.method().equals(method);
            if (!sameMethod && pathKnown) {
                continue;
            }
            Map<String, String> params = params(route.pattern(), segments);
            if (params == null) {
                continue;
            }
            if (sameMethod) {
                return new Match(route, params);
            }
            pathKnown = true;
        }
        if (pathKnown) {
            throw new HttpError(
                    405,
                    OcpiStatusCode.CLIENT_ERROR,
                    method + " is not allowed here: this endpoint takes " + String.join(", ", methods(segments)));
        }
        throw new HttpError(
                404,
                OcpiStatusCode.CLIENT_ERROR,
                "no such endpoint: the version details list the endpoints this server offers");
    }

    /** The methods of the routes that have this path, in a fixed order. */
    private Set<String> methods(List<String> segments) {
        Set<String> methods = new TreeSet<>();
        for (Route route : routes) {
            if (params(route.pattern(), segments) != null) {
                methods.add(route.method());
            }
        }
        return methods;
    }

    private static @Nullable Map<String, String> params(List<String> pattern, List<String> segments) {
        if (pattern.size() != segments.size()) {
            return null;
        }
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < pattern.size(); i++) {
            String p = pattern.get(i);
            String s = segments.get(i);
            if (p.startsWith("{")) {
                if (s.isEmpty()) {
                    return null;
                }
                params.put(p.substring(1, p.length() - 1), s);
            } else if (!p.equals(s)) {
                return null;
            }
        }
        return params;
    }

    /** Splits a percent-encoded path into decoded segments, dropping empty leading and trailing ones. */
    public static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        for (String raw : path.split("/")) {
            if (!raw.isEmpty()) {
                segments.add(decode(raw));
            }
        }
        return segments;
    }

    /** Decodes percent-escapes of a path segment as UTF-8 ({@code +} stays a plus sign in paths). */
    public static String decode(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length()) {
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi >= 0 && lo >= 0) {
                    bytes.write(hi * 16 + lo);
                    i += 2;
                    continue;
                }
            }
            byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
            bytes.write(b, 0, b.length);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
