package io.github.ocpi4j.bordersfixture.provider.internal;

/** A module's internal class for the fixture of {@code ModuleBordersTest}. */
public final class Hidden {
    private Hidden() {}

    public static String answer() {
        return "42";
    }
}
