package io.github.ocpi4j.model.v221.locations;

import io.github.ocpi4j.model.OpenEnum;
import java.util.List;

/**
 * The capabilities of an EVSE.
 *
 * <p>An open enumeration: values other than the constants are kept as they are (see {@link OpenEnum}).
 * Specification: {@code [[mod_locations_capability_enum]]}.
 */
public final class Capability extends OpenEnum {
    private static final Values<Capability> VALUES = new Values<>(Capability::new);

    /** The EVSE supports charging profiles. */
    public static final Capability CHARGING_PROFILE_CAPABLE = VALUES.known("CHARGING_PROFILE_CAPABLE");

    /** The EVSE supports charging preferences. */
    public static final Capability CHARGING_PREFERENCES_CAPABLE = VALUES.known("CHARGING_PREFERENCES_CAPABLE");

    /** EVSE has a payment terminal that supports chip cards. */
    public static final Capability CHIP_CARD_SUPPORT = VALUES.known("CHIP_CARD_SUPPORT");

    /** EVSE has a payment terminal that supports contactless cards. */
    public static final Capability CONTACTLESS_CARD_SUPPORT = VALUES.known("CONTACTLESS_CARD_SUPPORT");

    /** EVSE has a payment terminal that makes it possible to pay for charging using a credit card. */
    public static final Capability CREDIT_CARD_PAYABLE = VALUES.known("CREDIT_CARD_PAYABLE");

    /** EVSE has a payment terminal that makes it possible to pay for charging using a debit card. */
    public static final Capability DEBIT_CARD_PAYABLE = VALUES.known("DEBIT_CARD_PAYABLE");

    /** EVSE has a payment terminal with a pin-code entry device. */
    public static final Capability PED_TERMINAL = VALUES.known("PED_TERMINAL");

    /** The EVSE can remotely be started/stopped. */
    public static final Capability REMOTE_START_STOP_CAPABLE = VALUES.known("REMOTE_START_STOP_CAPABLE");

    /** The EVSE can be reserved. */
    public static final Capability RESERVABLE = VALUES.known("RESERVABLE");

    /** Charging at this EVSE can be authorized with an RFID token. */
    public static final Capability RFID_READER = VALUES.known("RFID_READER");

    /**
     * When a StartSession is sent to this EVSE, the MSP is required to add the optional {@code connector_id} field
     * in the StartSession object.
     */
    public static final Capability START_SESSION_CONNECTOR_REQUIRED = VALUES.known("START_SESSION_CONNECTOR_REQUIRED");

    /**
     * This EVSE supports token groups, two or more tokens work as one, so that a session can be started with one
     * token and stopped with another (handy when a card and key-fob are given to the EV-driver).
     */
    public static final Capability TOKEN_GROUP_CAPABLE = VALUES.known("TOKEN_GROUP_CAPABLE");

    /** Connectors have mechanical lock that can be requested by the eMSP to be unlocked. */
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
