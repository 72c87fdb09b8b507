package io.github.ocpi4j.client.v221;

import io.github.ocpi4j.client.ListQuery;
import io.github.ocpi4j.client.Page;
import io.github.ocpi4j.client.internal.ModuleCalls;
import io.github.ocpi4j.model.OcpiStatusCode;
import io.github.ocpi4j.model.OcpiStatusException;
import io.github.ocpi4j.model.v221.tokens.AuthorizationInfo;
import io.github.ocpi4j.model.v221.tokens.LocationReferences;
import io.github.ocpi4j.model.v221.tokens.Token;
import io.github.ocpi4j.model.v221.tokens.TokenType;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The partner's Tokens Sender interface, typically an eMSP's ({@code [[mod_tokens_emsp_interface]]}): its tokens,
 * and real-time authorization of one at a charger.
 *
 * <pre>{@code
 * AuthorizationInfo answer = partner.v221().tokensSender()
 *         .authorize("012345678", TokenType.RFID, new LocationReferences(CiString.of("LOC1"), List.of()));
 * if (answer.allowed() == AllowedType.ALLOWED) { ... }
 * }</pre>
 */
public final class TokensSenderClient {

    private final ModuleCalls calls;

    TokensSenderClient(ModuleCalls calls) {
        this.calls = calls;
    }

    /** Returns one page of tokens. */
    public Page<Token> page(ListQuery query) {
        return calls.page(query, Token.class);
    }

    /** Returns the page at a previous page's {@link Page#nextUrl()}. */
    public Page<Token> page(String url) {
        return calls.pageAt(url, Token.class);
    }

    /** Returns every token of every page, fetched as the stream is consumed. */
    public Stream<Token> stream(ListQuery query) {
        return calls.stream(query, Token.class);
    }

    /**
     * Asks whether a token may charge now ({@code [[mod_tokens_real-time_authorization]]}), at a location if given.
     * Not retried.
     *
     * @param tokenUid the token's uid
     * @param type the token's type; {@code null} sends none, which the partner reads as RFID
     * @param location where the driver wants to charge, or {@code null}
     * @throws OcpiStatusException with 2004 ({@link OcpiStatusCode#UNKNOWN_TOKEN}) when the partner does not know
     *     the token: it answers HTTP 404 ({@code [[mod_tokens_post_method]]}), with or without an envelope of 2004,
     *     or an envelope of 2004 ({@code [[mod_tokens_post_response_data]]})
     */
    public AuthorizationInfo authorize(
            String tokenUid, @Nullable TokenType type, @Nullable LocationReferences location) {
        return calls.authorize(
                tokenUid,
                type == null ? null : type.value(),
                location == null ? null : calls.valid(location),
                AuthorizationInfo.class);
    }
}
