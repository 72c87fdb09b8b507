package io.github.ocpi4j.model.v230.tokens;

/**
 * The eMSP's verdict in a real-time authorization: may this Token charge, at the Location asked about if any.
 *
 * <p>Specification: {@code [[mod_tokens_allowed_enum]]}.
 */
public enum AllowedType {
    /** The driver may charge (at the Location in the request, if one was given). */
    ALLOWED,
    /** The eMSP has blocked the Token. */
    BLOCKED,
    /** The Token is past its expiry. */
    EXPIRED,
    /** The driver's account lacks the credit to charge (there). */
    NO_CREDIT,
    /** The Token itself is fine, but charging at this Location is not permitted. */
    NOT_ALLOWED
}
