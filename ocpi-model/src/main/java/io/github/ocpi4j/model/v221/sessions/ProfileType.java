package io.github.ocpi4j.model.v221.sessions;

/**
 * Different smart charging profile types.
 *
 * <p>Specification: {@code [[mod_sessions_profile_type_enum]]}.
 */
public enum ProfileType {
    /** Driver wants to use the cheapest charging profile possible. */
    CHEAP,
    /** Driver wants his EV charged as quickly as possible and is willing to pay a premium for this, if needed. */
    FAST,
    /** Driver wants his EV charged with as much regenerative (green) energy as possible. */
    GREEN,
    /** Driver does not have special preferences. */
    REGULAR
}
