package io.github.ocpi4j.server.v221;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.v221.tokens.Token;
import io.github.ocpi4j.model.v221.tokens.TokenPatch;
import io.github.ocpi4j.model.v221.tokens.TokenType;
import io.github.ocpi4j.server.RequestContext;
import io.github.ocpi4j.server.Stored;
import java.util.Optional;

/**
 * The Tokens Receiver interface, typically a CPO's ({@code [[mod_tokens_cpo_interface]]}): partners push their
 * tokens, which the host's chargers then accept or refuse. ocpi4j has checked that the URL's country code and
 * party id belong to the requesting party and match the body.
 *
 * <p>The server calls it from the threads that serve requests, for concurrent requests concurrently: an
 * implementation must be thread-safe.
 */
public interface TokensReceiverService {

    /** Returns a token as this side stored it, or empty (HTTP 404); {@code type} is RFID when the URL named none. */
    Optional<Token> token(
            RequestContext ctx, CiString countryCode, CiString partyId, CiString tokenUid, TokenType type);

    /** Stores a new or replaced token. */
    Stored putToken(RequestContext ctx, Token token);

    /**
     * Applies a PATCH to a known token; by default by putting the patched token. ocpi4j has checked that the
     * PATCH names no other uid or type than the URL's.
     *
     * @return whether the token was known (otherwise HTTP 404)
     */
    default boolean patchToken(
            RequestContext ctx,
            CiString countryCode,
            CiString partyId,
            CiString tokenUid,
            TokenType type,
            TokenPatch patch) {
        return token(ctx, countryCode, partyId, tokenUid, type)
                .map(token -> {
                    putToken(ctx, patch.applyTo(token));
                    return true;
                })
                .orElse(false);
    }
}
