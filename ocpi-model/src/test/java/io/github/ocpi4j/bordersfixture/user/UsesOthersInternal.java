package io.github.ocpi4j.bordersfixture.user;

import io.github.ocpi4j.bordersfixture.provider.internal.Hidden;
import io.github.ocpi4j.bordersfixture.user.internal.Own;

/**
 * Breaks the border on purpose, for {@code ModuleBordersTest}: it uses another module's internal class, besides its
 * own internal class, which is allowed.
 */
public final class UsesOthersInternal {
    private UsesOthersInternal() {}

    public static String both() {
        return Hidden.answer() + Own.viaApi();
    }
}
