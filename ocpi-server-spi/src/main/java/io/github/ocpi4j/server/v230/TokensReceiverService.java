package io.github.ocpi4j.server.v230;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.v230.tokens.Token;
import io.github.ocpi4j.model.v230.tokens.TokenPatch;
import io.github.ocpi4j.model.v230.tokens.TokenType;
import io.github.ocpi4j.server.RequestContext;
import io.github.ocpi4j.server.Stored;
import java.util.Optional;

/**
 * The OCPI 2.3.0 Tokens Receiver interface, typically a CPO's ({@code [[mod_tokens_cpo_interface]]}): a partner
 * pushes its tokens, which the host's chargers then accept or refuse. ocpi4j has checked that the URL's country code
 * and party id are the requesting party's and that the body's ids and type are the URL's. Called from many threads at once.
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
