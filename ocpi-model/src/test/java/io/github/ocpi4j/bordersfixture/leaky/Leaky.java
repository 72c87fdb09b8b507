package io.github.ocpi4j.bordersfixture.leaky;

import io.github.ocpi4j.bordersfixture.leaky.internal.Secret;
import java.util.List;

/** A public type whose signatures name an internal type, for {@code ModuleBordersTest}. */
public final class Leaky {
    private Leaky() {}

    public static void take(Secret secret) {}

    public static List<Secret> give() {
        return List.of();
    }

    static Secret hidden() {
        return new Secret();
    }
}
