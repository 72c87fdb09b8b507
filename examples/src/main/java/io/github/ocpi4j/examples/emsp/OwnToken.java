package io.github.ocpi4j.examples.emsp;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.v221.tokens.Token;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One of the eMSP's tokens, with what only the eMSP knows of it and decides real-time authorization by.
 *
 * @param token the token, as the eMSP pushes it
 * @param contractEnd when the driver's contract ended or ends, if it does: from then on the token is {@code EXPIRED}
 * @param onlyAt the locations the token may charge at, or empty for everywhere
 */
record OwnToken(Token token, @Nullable Instant contractEnd, Set<CiString> onlyAt) {

    /** Copies the set. */
    OwnToken {
        onlyAt = Set.copyOf(onlyAt);
    }

    /** A token that may charge everywhere, for as long as it is valid. */
    static OwnToken of(Token token) {
        return new OwnToken(token, null, Set.of());
    }

    /** Returns this token with another {@link Token}, the eMSP's rules kept. */
    OwnToken with(Token changed) {
        return new OwnToken(changed, contractEnd, onlyAt);
    }
}
