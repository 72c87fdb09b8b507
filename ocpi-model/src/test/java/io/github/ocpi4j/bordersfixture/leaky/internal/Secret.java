package io.github.ocpi4j.bordersfixture.leaky.internal;

/** An internal type, for the fixture of {@code ModuleBordersTest}. */
public final class Secret {}
