package io.github.ocpi4j.model.v230.commands;

/**
 * The CPO's immediate answer to a command request from an eMSP (carried in {@link CommandResponse}).
 *
 * <p>Specification: {@code [[mod_commands_commandresponsetype_enum]]}.
 */
public enum CommandResponseType {
    /** The CPO, or the Charge Point or EVSE addressed, cannot do this command. */
    NOT_SUPPORTED,
    /** The CPO refuses, for example because the Session belongs to another eMSP's customer. */
    REJECTED,
    /** The CPO took the request on; the outcome follows as a {@link CommandResult}. */
    ACCEPTED,
    /** The CPO has no Session with the id given. */
    UNKNOWN_SESSION
}
