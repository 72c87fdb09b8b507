package io.github.ocpi4j.model.v230.types;

/**
 * The part a party plays in OCPI 2.3.0, as named in its credentials. Unlike 2.2.1 there is no {@code HUB}: a hub
 * names itself in {@code hub_party_id} of its credentials and lists the parties it connects as their own roles.
 *
 * <p>{@link #PTP} is not in the table of {@code [[types_role_enum]]}; its Javadoc says why ocpi4j has it.
 *
 * <p>Specification: {@code [[types_role_enum]]}, {@code [[introduction_typical_roles]]}.
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
    /**
     * Payment Terminal Provider: runs the payment terminals at a CPO's Charge Points, the Sender of the Payments
     * module and the owner of its data ({@code [[mod_payments_payments_module]]}).
     *
     * <p>The Role table of {@code [[types_role_enum]]} leaves it out, while the table of typical roles of {@code
     * [[introduction_typical_roles]]} lists it as a Role value and the Payments module is owned by it. ocpi4j takes
     * the second reading, so that credentials and hub client info naming a PTP are read without a violation. A peer
     * that knows only the Role table may refuse {@code "PTP"} in credentials (a 2001 answer to the registration);
     * a PTP that must register with such a peer can name itself {@link #OTHER}, which every 2.3.0 peer accepts.
     */
    PTP,
    /** Smart Charging Service Provider. */
    SCSP
}
