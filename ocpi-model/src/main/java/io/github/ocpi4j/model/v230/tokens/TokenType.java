package io.github.ocpi4j.model.v230.tokens;

import io.github.ocpi4j.model.OpenEnum;
import java.util.List;

/**
 * The type of a Token: RFID card, app user, ad-hoc user, an ISO 15118 contract id (EMAID) or other.
 *
 * <p>An eMSP should push {@code AD_HOC_USER} and {@code APP_USER} Tokens with {@code whitelist} {@code NEVER}: they
 * start sessions from an app, so a whitelist gains nothing. {@code EMAID} Tokens are better not pushed at all: the
 * charger learns the issuing party from the vehicle, and the CPO asks that party in real time.
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

    /**
     * An EMAID, the contract id a vehicle presents when it and the charger speak ISO 15118 (Plug and Charge). New in
     * 2.3.0.
     */
    public static final TokenType EMAID = VALUES.known("EMAID");

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
