package io.github.ocpi4j.model.v230.tokens;

/**
 * When a CPO may accept a Token from its own list and when it must ask the eMSP first.
 *
 * <p>This is independent of {@code valid}: a Token marked not valid whose {@code whitelist} calls for real-time
 * authorization must still be checked with the eMSP in real time, because it may have become valid again. See
 * {@code [[mod_tokens_real-time_authorization]]}.
 *
 * <p>Specification: {@code [[mod_tokens_whitelisttype_enum]]}.
 */
public enum WhitelistType {
    /** The CPO must accept every use from its list; it may not ask the eMSP in real time. */
    ALWAYS,
    /** The CPO decides: accept from its list, or ask the eMSP in real time. */
    ALLOWED,
    /** The CPO must ask the eMSP in real time, but must accept the Token when the eMSP cannot be reached. */
    ALLOWED_OFFLINE,
    /** No whitelisting: the CPO must ask the eMSP in real time for every use. */
    NEVER
}
