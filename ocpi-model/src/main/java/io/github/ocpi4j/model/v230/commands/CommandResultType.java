package io.github.ocpi4j.model.v230.commands;

/**
 * What came of a command at the Charge Point (carried in {@link CommandResult}).
 *
 * <p>Specification: {@code [[mod_commands_commandresulttype_enum]]}.
 */
public enum CommandResultType {
    /** The Charge Point accepted the command. */
    ACCEPTED,
    /** The CPO cancelled the reservation itself. */
    CANCELED_RESERVATION,
    /** No new session can start: another one is running on the EVSE. */
    EVSE_OCCUPIED,
    /** The EVSE is out of order or in a fault state. */
    EVSE_INOPERATIVE,
    /** The Charge Point tried and did not succeed. */
    FAILED,
    /** The Charge Point or EVSE cannot do this command. */
    NOT_SUPPORTED,
    /** The Charge Point refused the command. */
    REJECTED,
    /** The Charge Point did not answer in reasonable time. */
    TIMEOUT,
    /** The Charge Point has no reservation with the id given. */
    UNKNOWN_RESERVATION
}
