package io.github.ocpi4j.model.v221.cdrs;

/**
 * The method used to authorize a charging session, in a Session and a CDR.
 *
 * <p>Specification: {@code [[mod_cdrs_authmethod_enum]]}.
 */
public enum AuthMethod {
    /** Authentication request has been sent to the eMSP. */
    AUTH_REQUEST,
    /**
     * Command like StartSession or ReserveNow used to start the Session, the Token provided in the Command was used
     * as authorization.
     */
    COMMAND,
    /** Whitelist used for authentication, no request to the eMSP has been performed. */
    WHITELIST
}
