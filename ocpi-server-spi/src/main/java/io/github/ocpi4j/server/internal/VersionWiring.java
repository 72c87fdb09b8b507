package io.github.ocpi4j.server.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How {@code OcpiServer} reaches what a version's public types ({@code V221Services}, {@code V230Services}) hold
 * without a public signature that names an internal type: each services class {@linkplain #bind binds} its wiring here
 * while it is initialized, and the server asks for it by class (the pattern of OkHttp 3's {@code
 * okhttp3.internal.Internal}, as ocpi-client's {@code Connection} does for partners). Thread-safe.
 */
public final class VersionWiring {
    private static final Map<Class<?>, Wiring<?, ?>> BOUND = new ConcurrentHashMap<>();

    private VersionWiring() {}

    /**
     * What the server needs of one version.
     *
     * @param <S> the version's services registry
     * @param <U> the version's public URLs
     */
    public interface Wiring<S, U> {
        /** Returns the routes of the services registered, below the version's base. */
        List<Route> routes(S services, ServerSupport support);

        /** Returns the version's public URLs on a server. */
        U urls(ServerSupport support);
    }

    /** Binds a services class's wiring; the class calls it once, while it is initialized. */
    public static <S> void bind(Class<S> services, Wiring<S, ?> wiring) {
        if (BOUND.putIfAbsent(services, wiring) != null) {
            throw new IllegalStateException(services.getName() + " is bound already");
        }
    }

    /** Returns the wiring of a services class, initializing the class first so that it has bound it. */
    @SuppressWarnings("unchecked")
    public static <S, U> Wiring<S, U> of(Class<S> services, Class<U> urls) {
        try {
            Class.forName(services.getName(), true, services.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return (Wiring<S, U>) Objects.requireNonNull(BOUND.get(services), services.getName() + " bound no wiring");
    }
}
