package io.github.ocpi4j.bordersfixture.user.internal;

import io.github.ocpi4j.bordersfixture.provider.Api;

/** The using module's own internal class, which uses the other module rightly, through its API. */
public final class Own {
    private Own() {}

    public static String viaApi() {
        return Api.answer();
    }
}
