package io.github.ocpi4j.model.v230.locations;

/**
 * The kind of current a connector supplies.
 *
 * <p>Specification: {@code [[mod_locations_powertype_enum]]}.
 */
public enum PowerType {
    /** AC, one phase. */
    AC_1_PHASE,
    /** AC, two of the three phases connected. */
    AC_2_PHASE,
    /** AC, two phases of a split-phase system. */
    AC_2_PHASE_SPLIT,
    /** AC, three phases. */
    AC_3_PHASE,
    /** Direct current. */
    DC
}
