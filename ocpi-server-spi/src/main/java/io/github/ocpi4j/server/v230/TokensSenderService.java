package io.github.ocpi4j.server.v230;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.v230.tokens.AuthorizationInfo;
import io.github.ocpi4j.model.v230.tokens.LocationReferences;
import io.github.ocpi4j.model.v230.tokens.Token;
import io.github.ocpi4j.model.v230.tokens.TokenType;
import io.github.ocpi4j.server.PageRequest;
import io.github.ocpi4j.server.PageResult;
import io.github.ocpi4j.server.RequestContext;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The OCPI 2.3.0 Tokens Sender interface, typically an eMSP's ({@code [[mod_tokens_emsp_interface]]}): a partner
 * pulls the host's tokens and asks, while a driver waits, whether one may charge. Called from many threads at once.
 *
 * <pre>{@code
 * public Optional<AuthorizationInfo> authorize(RequestContext ctx, CiString uid, TokenType type,
 *         LocationReferences location) {
 *     return tokens.find(uid, type).map(token -> new AuthorizationInfo(
 *             token.valid() ? AllowedType.ALLOWED : AllowedType.BLOCKED, token, location, null, null));
 * }
 * }</pre>
 *
 * <p>The server calls it from the threads that serve requests, for concurrent requests concurrently: an
 * implementation must be thread-safe.
 */
public interface TokensSenderService {

    /** Returns one page of the host's tokens, oldest first. */
    PageResult<Token> tokens(RequestContext ctx, PageRequest page);

    /**
     * Decides whether a token may charge now, at a location if given ({@code [[mod_tokens_post_method]]}). For too
     * little information, throw {@link io.github.ocpi4j.model.OcpiStatusException#notEnoughInformation(String)}.
     *
     * @param tokenUid the token's uid
     * @param type the token's type; RFID when the request named none
     * @param location where the driver wants to charge, if the request said
     * @return the answer, or empty for an unknown token (HTTP 404 with status 2004)
     */
    Optional<AuthorizationInfo> authorize(
            RequestContext ctx, CiString tokenUid, TokenType type, @Nullable LocationReferences location);
}
