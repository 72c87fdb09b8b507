package io.github.ocpi4j.model.v221.tokens;

import io.github.ocpi4j.model.OpenEnum;
import java.util.List;

/**
 * The type of a Token: RFID card, app user, ad-hoc user or other.
 *
 * <p>An eMSP should push {@code AD_HOC_USER} and {@code APP_USER} Tokens with {@code whitelist}
 * {@link WhitelistType#NEVER}: they start sessions from an app, so a whitelist gains nothing.
 *
 * <p>An open enumeration: values other than the constants are kept as they are (see {@link OpenEnum}).
 * Specification: {@code [[mod_tokens_tokentype_enum]]}.
 */
public final class TokenType extends OpenEnum {
    private static final Values<TokenType> VALUES = new Values<>(TokenType::new);

    /** A single-use id made up by a server or app, which the eMSP uses to link one Session to a customer. */
    public static final TokenType AD_HOC_USER = VALUES.known("AD_HOC_USER");

    /** A lasting id made up by a server or app for one app user, reused for all of that user's Sessions. */
    public static final TokenType APP_USER = VALUES.known("APP_USER");

    /** Any kind of Token not listed here. */
    public static final TokenType OTHER = VALUES.known("OTHER");

    /** An RFID card or key fob. */
    public static final TokenType RFID = VALUES.known("RFID");

    private TokenType(String value, boolean known) {
        super(value, known);
    }

    /** Returns the constant for a known value, or an instance that keeps an unknown one. */
    public static TokenType of(String value) {
        return VALUES.of(value);
    }

    /** Returns the values this version of the specification defines, in its order. */
    public static List<TokenType> knownValues() {
        return VALUES.knownValues();
    }
}
