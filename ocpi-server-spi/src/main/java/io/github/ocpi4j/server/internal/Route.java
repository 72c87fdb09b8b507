package io.github.ocpi4j.server.internal;

import io.github.ocpi4j.model.OcpiType;
import io.github.ocpi4j.model.Violation;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * One operation of a module: the OCPI version it belongs to, method and path pattern below the server's base
 * ({@code 2.2.1/receiver/locations/{country_code}/{party_id}/{location_id}}), the module and interface role it
 * belongs to, the body it reads, and what it does.
 *
 * @param version the OCPI version whose routes it is one of, or {@code null} for the versions list, which serves
 *     every version
 * @param method the HTTP method
 * @param pattern the path segments; {@code {name}} segments are parameters
 * @param module the module identifier, such as {@code locations}
 * @param role the interface role, {@code SENDER} or {@code RECEIVER}
 * @param body the type of the body to read and validate, or {@code null} for none
 * @param optionalBody whether an empty body is allowed (and read as {@code null})
 * @param handler what the route does
 * @param bodyRule which of the violations found in the body refuse it: all of them, but for a route whose body
 *     may break a rule of its type, such as a Terminal to activate without its id
 */
public record Route(
        @Nullable String version,
        String method,
        List<String> pattern,
        String module,
        String role,
        @Nullable OcpiType<?> body,
        boolean optionalBody,
        Handler handler,
        UnaryOperator<List<Violation>> bodyRule) {

    /** Does the work of a route. */
    @FunctionalInterface
    public interface Handler {
        /** Handles a call and returns the reply. */
        Reply handle(Call call);
    }

    /**
     * Creates a route of a version from a path below the version's base, such as {@code sender/locations/{location_id}}
     * ({@code ""} for the version's base itself); without a version the path is below the server's base.
     */
    public static Route of(
            @Nullable String version,
            String method,
            String path,
            String module,
            String role,
            @Nullable OcpiType<?> body,
            Handler handler) {
        String pattern = version == null ? path : path.isEmpty() ? version : version + "/" + path;
        return new Route(version, method, List.of(pattern.split("/")), module, role, body, false, handler, v -> v);
    }

    /** Returns this route with an optional body. */
    public Route withOptionalBody() {
        return new Route(version, method, pattern, module, role, body, true, handler, bodyRule);
    }

    /** Returns this route with a body that is refused only for the violations {@code rule} keeps. */
    public Route withBodyRule(UnaryOperator<List<Violation>> rule) {
        return new Route(version, method, pattern, module, role, body, optionalBody, handler, rule);
    }

    /** Returns how many literal segments the pattern has: the more, the more specific. */
    int literals() {
        return (int) pattern.stream().filter(s -> !s.startsWith("{")).count();
    }
}
