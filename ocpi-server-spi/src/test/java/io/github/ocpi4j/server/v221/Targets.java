package io.github.ocpi4j.server.v221;

/** Turns the public URLs of the fixture's server into targets for {@code ServerFixture#call}. */
final class Targets {
    static final String BASE = "https://cpo.example.com/ocpi/";

    private Targets() {}

    /** Returns a URL below the fixture's base as the target {@code call} takes, such as {@code 2.2.1/...}. */
    static String of(String url) {
        if (!url.startsWith(BASE)) {
            throw new IllegalArgumentException(url + " is not below " + BASE);
        }
        return url.substring(BASE.length());
    }
}
