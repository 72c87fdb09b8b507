package io.github.ocpi4j.model.v230.cdrs;

/**
 * The method used to authorize a charging session, in a Session and a CDR.
 *
 * <p>Specification: {@code [[mod_cdrs_authmethod_enum]]}.
 */
public enum AuthMethod {
    /** The CPO asked the eMSP to authorize the token (real-time authorization). */
    AUTH_REQUEST,
    /** The session began from a command (StartSession, ReserveNow); the command's Token authorized it. */
    COMMAND,
    /** The CPO accepted the token from its whitelist without asking the eMSP. */
    WHITELIST
}
