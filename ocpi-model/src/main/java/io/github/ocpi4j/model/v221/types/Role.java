package io.github.ocpi4j.model.v221.types;

/**
 * The part a party plays in OCPI, as named in credentials and Hub routing.
 *
 * <p>Specification: {@code [[types_role_enum]]}.
 */
public enum Role {
    /** Charge Point Operator: runs Charge Points. */
    CPO,
    /** eMobility Service Provider: serves drivers and issues Tokens. */
    EMSP,
    /** A Hub that routes messages between parties. */
    HUB,
    /** National Access Point: a country's central register of Locations. */
    NAP,
    /** Navigation Service Provider: eMSP-like, mostly after Location data. */
    NSP,
    /** A role not listed here. */
    OTHER,
    /** Smart Charging Service Provider. */
    SCSP
}
