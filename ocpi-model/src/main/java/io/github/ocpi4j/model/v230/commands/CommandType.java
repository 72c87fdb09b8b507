package io.github.ocpi4j.model.v230.commands;

import io.github.ocpi4j.model.OpenEnum;
import java.util.List;

/**
 * Which command an eMSP asks a CPO to carry out; also the path segment after the Receiver's commands endpoint URL.
 *
 * <p>An open enumeration: values other than the constants are kept as they are (see {@link OpenEnum}).
 * Specification: {@code [[mod_commands_commandtype_enum]]}.
 */
public final class CommandType extends OpenEnum {
    private static final Values<CommandType> VALUES = new Values<>(CommandType::new);

    /** Cancel one reservation made earlier with {@code RESERVE_NOW}. */
    public static final CommandType CANCEL_RESERVATION = VALUES.known("CANCEL_RESERVATION");

    /** Hold an EVSE (a given one, or any at the Location) for a Token from now until an expiry time. */
    public static final CommandType RESERVE_NOW = VALUES.known("RESERVE_NOW");

    /** Start charging on the EVSE or Connector named. */
    public static final CommandType START_SESSION = VALUES.known("START_SESSION");

    /** End a running session. */
    public static final CommandType STOP_SESSION = VALUES.known("STOP_SESSION");

    /** Release a connector that stayed locked; meant for help-desk staff, never for drivers themselves. */
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
