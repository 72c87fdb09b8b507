package io.github.ocpi4j.model.v230.types;

/**
 * The part a party plays in OCPI 2.3.0, as named in its credentials. Unlike 2.2.1 there is no {@code HUB}: a hub
 * names itself in {@code hub_party_id} of its credentials and lists the parties it connects as their own roles.
 *
 * <p>Specification: {@code [[types_role_enum]]}.
 */
public enum Role {
    /** Charge Point Operator: runs Charge Points. */
    CPO,
    /** eMobility Service Provider: serves drivers and issues Tokens. */
    EMSP,
    /** National Access Point: a country's central register of Locations. */
    NAP,
    /** Navigation Service Provider: eMSP-like, mostly after Location data. */
    NSP,
    /** A role not listed here. */
    OTHER,
    /** Smart Charging Service Provider. */
    SCSP
}
