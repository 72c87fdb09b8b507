package io.github.ocpi4j.bordersfixture.provider;

import io.github.ocpi4j.bordersfixture.provider.internal.Hidden;

/** A module's public API for the fixture of {@code ModuleBordersTest}; it may use its own internal package. */
public final class Api {
    private Api() {}

    public static String answer() {
        return Hidden.answer();
    }
}
