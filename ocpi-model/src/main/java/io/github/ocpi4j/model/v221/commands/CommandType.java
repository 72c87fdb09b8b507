package io.github.ocpi4j.model.v221.commands;

import io.github.ocpi4j.model.OpenEnum;
import java.util.List;

/**
 * The command requested.
 *
 * <p>An open enumeration: values other than the constants are kept as they are (see {@link OpenEnum}).
 * Specification: {@code [[mod_commands_commandtype_enum]]}.
 */
public final class CommandType extends OpenEnum {
    private static final Values<CommandType> VALUES = new Values<>(CommandType::new);

    /** Request the Charge Point to cancel a specific reservation. */
    public static final CommandType CANCEL_RESERVATION = VALUES.known("CANCEL_RESERVATION");

    /** Request the Charge Point to reserve a (specific) EVSE for a Token for a certain time, starting now. */
    public static final CommandType RESERVE_NOW = VALUES.known("RESERVE_NOW");

    /** Request the Charge Point to start a transaction on the given EVSE/Connector. */
    public static final CommandType START_SESSION = VALUES.known("START_SESSION");

    /** Request the Charge Point to stop an ongoing session. */
    public static final CommandType STOP_SESSION = VALUES.known("STOP_SESSION");

    /**
     * Request the Charge Point to unlock the connector (if applicable). This functionality is for help desk
     * operators only!.
     */
    public static final CommandType UNLOCK_CONNECTOR = VALUES.known("UNLOCK_CONNECTOR");

    private CommandType(String value, boolean known) {
        super(value, known);
    }

    /** Returns the constant for a known value, or an instance that keeps an unknown one. */
    public static CommandType of(String value) {
        return VALUES.of(value);
    }

    /** Returns the values this version of the specification defines, in its order. */
    public static List<CommandType> knownValues() {
        return VALUES.knownValues();
    }
}
