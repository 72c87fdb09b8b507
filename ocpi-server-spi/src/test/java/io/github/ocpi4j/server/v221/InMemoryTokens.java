package io.github.ocpi4j.server.v221;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.v221.tokens.AllowedType;
import io.github.ocpi4j.model.v221.tokens.AuthorizationInfo;
import io.github.ocpi4j.model.v221.tokens.LocationReferences;
import io.github.ocpi4j.model.v221.tokens.Token;
import io.github.ocpi4j.model.v221.tokens.TokenType;
import io.github.ocpi4j.server.PageRequest;
import io.github.ocpi4j.server.PageResult;
import io.github.ocpi4j.server.RequestContext;
import io.github.ocpi4j.server.Stored;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Tokens in memory, both roles: an eMSP's own for the Sender interface (list and real-time authorization, which
 * allows every known token and echoes the location asked for), partners' pushed ones for the Receiver interface
 * (PATCH left to the default, which gets and puts). Records what reached it.
 */
class InMemoryTokens implements TokensSenderService, TokensReceiverService {
    final List<Token> own = new ArrayList<>();
    final Map<String, Token> received = new ConcurrentHashMap<>();
    /** Each authorization asked for: uid, type and location. */
    final List<Authorization> authorizations = new ArrayList<>();
    /** Each token looked up through the Receiver interface, as {@code cc/pid/uid/type}. */
    final List<String> lookups = new ArrayList<>();
    /** Each token put through the Receiver interface, including by the default PATCH. */
    final List<Token> puts = new ArrayList<>();

    record Authorization(
            CiString tokenUid, TokenType type, @Nullable LocationReferences location) {}

    @Override
    public PageResult<Token> tokens(RequestContext ctx, PageRequest page) {
        return PageResult.of(own, page, Token::lastUpdated);
    }

    @Override
    public Optional<AuthorizationInfo> authorize(
            RequestContext ctx, CiString tokenUid, TokenType type, @Nullable LocationReferences location) {
        authorizations.add(new Authorization(tokenUid, type, location));
        return own.stream()
                .filter(t -> t.uid().equals(tokenUid) && t.type().equals(type))
                .findFirst()
                .map(t -> AuthorizationInfo.builder()
                        .allowed(AllowedType.ALLOWED)
                        .token(t)
                        .location(location)
                        .authorizationReference("AUTH-" + t.contractId())
                        .build());
    }

    @Override
    public Optional<Token> token(
            RequestContext ctx, CiString countryCode, CiString partyId, CiString tokenUid, TokenType type) {
        String key = key(countryCode, partyId, tokenUid, type);
        lookups.add(key);
        return Optional.ofNullable(received.get(key));
    }

    @Override
    public Stored putToken(RequestContext ctx, Token token) {
        puts.add(token);
        Token old = received.put(key(token), token);
        return old == null ? Stored.CREATED : Stored.UPDATED;
    }

    static String key(Token token) {
        return key(token.countryCode(), token.partyId(), token.uid(), token.type());
    }

    static String key(CiString countryCode, CiString partyId, CiString uid, TokenType type) {
        return (countryCode + "/" + partyId + "/" + uid + "/" + type.value()).toUpperCase(Locale.ROOT);
    }
}
