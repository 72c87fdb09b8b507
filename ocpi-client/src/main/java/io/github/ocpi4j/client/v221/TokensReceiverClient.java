package io.github.ocpi4j.client.v221;

import io.github.ocpi4j.client.internal.ModuleCalls;
import io.github.ocpi4j.model.v221.tokens.Token;
import io.github.ocpi4j.model.v221.tokens.TokenPatch;
import io.github.ocpi4j.model.v221.tokens.TokenType;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The partner's Tokens Receiver interface, typically a CPO's ({@code [[mod_tokens_cpo_interface]]}): this side
 * pushes its tokens, so that the partner's chargers know them (whitelists).
 *
 * <pre>{@code
 * TokensReceiverClient cpo = partner.v221().tokensReceiver();
 * cpo.put(token);
 * cpo.patch("DE", "TNM", "012345678", TokenType.RFID, TokenPatch.builder().valid(false).lastUpdated(now).build());
 * }</pre>
 */
public final class TokensReceiverClient {

    private final ModuleCalls calls;

    TokensReceiverClient(ModuleCalls calls) {
        this.calls = calls;
    }

    /** Returns a token as the partner stored it. */
    public Optional<Token> token(String countryCode, String partyId, String tokenUid, @Nullable TokenType type) {
        return calls.find(typed(calls.url(countryCode, partyId, tokenUid), type), Token.class);
    }

    /** Pushes a new or replaced token, to the URL of its country code, party id, uid and type. */
    public void put(Token token) {
        Token checked = calls.valid(token);
        calls.send(
                "PUT",
                typed(calls.url(checked.countryCode(), checked.partyId(), checked.uid()), checked.type()),
                checked,
                true);
    }

    /** Pushes changes of a token, such as {@code valid: false}. */
    public void patch(String countryCode, String partyId, String tokenUid, @Nullable TokenType type, TokenPatch patch) {
        calls.send("PATCH", typed(calls.url(countryCode, partyId, tokenUid), type), calls.valid(patch), false);
    }

    private static String typed(String url, @Nullable TokenType type) {
        return ModuleCalls.withQuery(url, "type", type == null ? null : type.value());
    }
}
