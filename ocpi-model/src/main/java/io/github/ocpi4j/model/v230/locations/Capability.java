package io.github.ocpi4j.model.v230.locations;

import io.github.ocpi4j.model.OpenEnum;
import java.util.List;

/**
 * A feature of an EVSE. A payment terminal for ad hoc payment is described by a combination of values: the cards it
 * reads ({@link #CHIP_CARD_SUPPORT}, {@link #CONTACTLESS_CARD_SUPPORT}), the cards it takes as payment ({@link
 * #CREDIT_CARD_PAYABLE}, {@link #DEBIT_CARD_PAYABLE}) and whether it has a PIN pad ({@link #PED_TERMINAL}).
 *
 * <p>An open enumeration: values other than the constants are kept as they are (see {@link OpenEnum}).
 * Specification: {@code [[mod_locations_capability_enum]]}.
 */
public final class Capability extends OpenEnum {
    private static final Values<Capability> VALUES = new Values<>(Capability::new);

    /** Accepts charging profiles (smart charging). */
    public static final Capability CHARGING_PROFILE_CAPABLE = VALUES.known("CHARGING_PROFILE_CAPABLE");

    /** Accepts charging preferences for a session. */
    public static final Capability CHARGING_PREFERENCES_CAPABLE = VALUES.known("CHARGING_PREFERENCES_CAPABLE");

    /** Its payment terminal reads chip cards. */
    public static final Capability CHIP_CARD_SUPPORT = VALUES.known("CHIP_CARD_SUPPORT");

    /** Its payment terminal takes contactless cards. */
    public static final Capability CONTACTLESS_CARD_SUPPORT = VALUES.known("CONTACTLESS_CARD_SUPPORT");

    /** Its payment terminal takes credit cards to pay for charging. */
    public static final Capability CREDIT_CARD_PAYABLE = VALUES.known("CREDIT_CARD_PAYABLE");

    /** Its payment terminal takes debit cards to pay for charging. */
    public static final Capability DEBIT_CARD_PAYABLE = VALUES.known("DEBIT_CARD_PAYABLE");

    /** Its payment terminal has a keypad for the PIN. */
    public static final Capability PED_TERMINAL = VALUES.known("PED_TERMINAL");

    /** Sessions can be started and stopped by command ({@code StartSession}, {@code StopSession}). */
    public static final Capability REMOTE_START_STOP_CAPABLE = VALUES.known("REMOTE_START_STOP_CAPABLE");

    /** Can be reserved with a {@code ReserveNow} command. */
    public static final Capability RESERVABLE = VALUES.known("RESERVABLE");

    /** Drivers can authorize with an RFID token. */
    public static final Capability RFID_READER = VALUES.known("RFID_READER");

    /**
     * A {@code StartSession} for this EVSE must name the connector in its otherwise optional {@code connector_id}. A
     * CPO sets this on an EVSE with several connectors whose charge point lacks OCPP 2.x, so that it knows which
     * connector to start.
     */
    public static final Capability START_SESSION_CONNECTOR_REQUIRED = VALUES.known("START_SESSION_CONNECTOR_REQUIRED");

    /**
     * Tokens with the same group id count as one: a session started with one can be stopped with another, such as a
     * driver's card and key fob.
     */
    public static final Capability TOKEN_GROUP_CAPABLE = VALUES.known("TOKEN_GROUP_CAPABLE");

    /** Its connectors have a mechanical lock that the eMSP can ask to release ({@code UnlockConnector}). */
    public static final Capability UNLOCK_CAPABLE = VALUES.known("UNLOCK_CAPABLE");

    private Capability(String value, boolean known) {
        super(value, known);
    }

    /** Returns the constant for a known value, or an instance that keeps an unknown one. */
    public static Capability of(String value) {
        return VALUES.of(value);
    }

    /** Returns the values this version of the specification defines, in its order. */
    public static List<Capability> knownValues() {
        return VALUES.knownValues();
    }
}
