package io.github.ocpi4j.client.v221;

import io.github.ocpi4j.client.ListQuery;
import io.github.ocpi4j.client.OcpiHttpException;
import io.github.ocpi4j.client.Page;
import io.github.ocpi4j.client.internal.Access;
import io.github.ocpi4j.client.internal.Pager;
import io.github.ocpi4j.client.internal.Transport;
import io.github.ocpi4j.model.OcpiStatusCode;
import io.github.ocpi4j.model.OcpiStatusException;
import io.github.ocpi4j.model.v221.tokens.AuthorizationInfo;
import io.github.ocpi4j.model.v221.tokens.LocationReferences;
import io.github.ocpi4j.model.v221.tokens.Token;
import io.github.ocpi4j.model.v221.tokens.TokenType;
import java.util.stream.Stream;
import okhttp3.HttpUrl;
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
public final class TokensSenderClient extends ModuleClient {

    TokensSenderClient(Transport transport, Pager pager, Access access, String endpoint) {
        super(transport, pager, access, endpoint);
    }

    /** Returns one page of tokens. */
    public Page<Token> page(ListQuery query) {
        return page(query, Token.class);
    }

    /** Returns the page at a previous page's {@link Page#nextUrl()}. */
    public Page<Token> page(String url) {
        return pageAt(url, Token.class);
    }

    /** Returns every token of every page, fetched as the stream is consumed. */
    public Stream<Token> stream(ListQuery query) {
        return stream(query, Token.class);
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
        HttpUrl.Builder url = HttpUrl.get(url(tokenUid, "authorize")).newBuilder();
        if (type != null) {
            url.setQueryParameter("type", type.value());
        }
        LocationReferences body = location == null ? null : valid(location);
        try {
            return exchange("POST", url.build().toString(), body, AuthorizationInfo.class, false);
        } catch (OcpiHttpException e) {
            if (e.httpStatus() != 404
                    || (e.statusCode() != null && !e.statusCode().equals(OcpiStatusCode.UNKNOWN_TOKEN))) {
                throw e;
            }
            OcpiStatusException unknown = new OcpiStatusException(
                    OcpiStatusCode.UNKNOWN_TOKEN,
                    e.statusMessage() != null ? e.statusMessage() : "HTTP 404: the partner does not know " + tokenUid,
                    e.requestId(),
                    e.correlationId(),
                    404);
            unknown.initCause(e);
            throw unknown;
        }
    }
}
