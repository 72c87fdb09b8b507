package io.github.ocpi4j.examples.emsp;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.OcpiStatusException;
import io.github.ocpi4j.model.v221.tokens.AllowedType;
import io.github.ocpi4j.model.v221.tokens.AuthorizationInfo;
import io.github.ocpi4j.model.v221.tokens.LocationReferences;
import io.github.ocpi4j.model.v221.tokens.Token;
import io.github.ocpi4j.model.v221.tokens.TokenType;
import io.github.ocpi4j.model.v221.versions.ModuleID;
import io.github.ocpi4j.server.PageRequest;
import io.github.ocpi4j.server.PageResult;
import io.github.ocpi4j.server.RequestContext;
import io.github.ocpi4j.server.v221.TokensSenderService;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * The eMSP's own tokens and the Tokens Sender interface ({@code [[mod_tokens_emsp_interface]]}): CPOs pull them page
 * by page, and ask in real time whether one may charge ({@code [[mod_tokens_real-time_authorization]]}). Tokens are
 * found by uid and type, as OCPI identifies them. Thread-safe.
 */
final class OwnTokens implements TokensSenderService {
    private final Clock clock;
    private final List<Received> log;
    private final String referencePrefix;
    private final AtomicInteger authorizations = new AtomicInteger();
    private final List<OwnToken> tokens = new ArrayList<>(); // guarded by this

    OwnTokens(Clock clock, List<Received> log, String partyId, List<OwnToken> tokens) {
        this.clock = clock;
        this.log = log;
        this.referencePrefix = partyId + "-AUTH-";
        this.tokens.addAll(tokens);
    }

    /** Returns every token, oldest {@code last_updated} first. */
    synchronized List<Token> all() {
        return tokens.stream()
                .map(OwnToken::token)
                .sorted(Comparator.comparing(Token::lastUpdated))
                .toList();
    }

    /** Returns the token with this uid, of any type. */
    synchronized Optional<OwnToken> find(String uid) {
        CiString wanted = CiString.of(uid);
        return tokens.stream().filter(t -> t.token().uid().equals(wanted)).findFirst();
    }

    /** Replaces a token (same uid and type) with a changed one, keeping the eMSP's rules for it. */
    synchronized void replace(Token changed) {
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i).token();
            if (token.uid().equals(changed.uid()) && token.type().equals(changed.type())) {
                tokens.set(i, tokens.get(i).with(changed));
                return;
            }
        }
        throw new IllegalArgumentException("no token " + changed.uid() + " of type " + changed.type());
    }

    @Override
    public PageResult<Token> tokens(RequestContext ctx, PageRequest page) {
        return PageResult.of(all(), page, Token::lastUpdated);
    }

    @Override
    public Optional<AuthorizationInfo> authorize(
            RequestContext ctx, CiString tokenUid, TokenType type, @Nullable LocationReferences location) {
        String path = tokenUid + "/authorize";
        Optional<OwnToken> own;
        synchronized (this) {
            own = tokens.stream()
                    .filter(t ->
                            t.token().uid().equals(tokenUid) && t.token().type().equals(type))
                    .findFirst();
        }
        if (own.isEmpty()) {
            log.add(new Received("POST", ModuleID.TOKENS, path, "unknown token"));
            return Optional.empty(); // ocpi4j answers HTTP 404 with OCPI 2004 Unknown Token
        }
        AllowedType allowed;
        try {
            allowed = decide(own.get(), location);
        } catch (OcpiStatusException e) {
            log.add(new Received("POST", ModuleID.TOKENS, path, "not enough information"));
            throw e;
        }
        log.add(new Received("POST", ModuleID.TOKENS, path, allowed.name()));
        boolean yes = allowed == AllowedType.ALLOWED;
        return Optional.of(AuthorizationInfo.builder()
                .allowed(allowed)
                .token(own.get().token())
                // the location only when the driver may charge there; every EVSE asked for is allowed here
                .location(yes ? location : null)
                // a reference the CPO puts in the session and CDR of this authorization
                .authorizationReference(
                        yes ? String.format("%s%06d", referencePrefix, authorizations.incrementAndGet()) : null)
                .build());
    }

    /**
     * Decides whether a token may charge now, at a location if given: not valid is BLOCKED, after the contract's end
     * EXPIRED, elsewhere than its locations NOT_ALLOWED.
     *
     * @throws OcpiStatusException 2002 (not enough information) for a token allowed only at some locations, asked
     *     about without a location ({@code [[mod_tokens_post_method]]})
     */
    AllowedType decide(OwnToken own, @Nullable LocationReferences location) {
        if (!own.token().valid()) {
            return AllowedType.BLOCKED;
        }
        if (own.contractEnd() != null && !clock.instant().isBefore(own.contractEnd())) {
            return AllowedType.EXPIRED;
        }
        if (!own.onlyAt().isEmpty()) {
            if (location == null) {
                throw OcpiStatusException.notEnoughInformation(
                        "token " + own.token().uid()
                                + " may charge only at some locations: the request needs LocationReferences");
            }
            if (!own.onlyAt().contains(location.locationId())) {
                return AllowedType.NOT_ALLOWED;
            }
        }
        return AllowedType.ALLOWED;
    }
}
