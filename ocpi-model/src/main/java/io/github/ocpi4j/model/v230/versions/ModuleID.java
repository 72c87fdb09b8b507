package io.github.ocpi4j.model.v230.versions;

import io.github.ocpi4j.model.OpenEnum;
import java.util.List;

/**
 * The identifier of a module in a version's endpoint list. Besides the modules of the specification, parties may
 * agree on custom modules, whose identifiers should carry a prefix such as {@code nltnm-tokens}.
 *
 * <p>Beside the nine modules of the 2.3.0 table, two modules that 2.3.0 platforms offer have constants here:
 * {@link #PAYMENTS}, described in the 2.3.0 text itself, and {@link #BOOKINGS}, from the Bookings 1.1 add-on to
 * 2.3.0.
 *
 * <p>An open enumeration: values other than the constants are kept as they are (see {@link OpenEnum}).
 * Specification: {@code [[version_information_endpoint_moduleid_enum]]}, {@code
 * [[version_information_endpoint_custom_modules]]}, {@code [[mod_payments_payments_module]]}, {@code
 * [[mod_bookings_booking_module]]}.
 */
public final class ModuleID extends OpenEnum {
    private static final Values<ModuleID> VALUES = new Values<>(ModuleID::new);

    /**
     * Bookings, from the Bookings 1.1 add-on: a CPO's bookable Locations and the eMSPs' bookings of them.
     *
     * <p>The add-on spells the identifier two ways: its module heading says {@code Booking}, while every endpoint
     * URL it shows (such as {@code /ocpi/cpo/2.3/bookings/}) and the style of all other identifiers (the lower-case
     * module name) give {@code bookings}. This constant is {@code bookings}; a partner that sends {@code Booking}
     * gets an unknown value that keeps its spelling, as open enumerations compare case-sensitively.
     */
    public static final ModuleID BOOKINGS = VALUES.known("bookings");

    /** CDRs. */
    public static final ModuleID CDRS = VALUES.known("cdrs");

    /** Charging Profiles. */
    public static final ModuleID CHARGING_PROFILES = VALUES.known("chargingprofiles");

    /** Commands. */
    public static final ModuleID COMMANDS = VALUES.known("commands");

    /** Credentials &amp; Registration; required for all implementations. The role has no function for it. */
    public static final ModuleID CREDENTIALS = VALUES.known("credentials");

    /** Hub Client Info. */
    public static final ModuleID HUB_CLIENT_INFO = VALUES.known("hubclientinfo");

    /** Locations. */
    public static final ModuleID LOCATIONS = VALUES.known("locations");

    /**
     * Payments: the payment terminals a Payment Terminal Provider runs at a CPO's Locations, and its financial
     * advice confirmations. Named by the module's own chapter of 2.3.0 rather than the table of identifiers.
     */
    public static final ModuleID PAYMENTS = VALUES.known("payments");

    /** Sessions. */
    public static final ModuleID SESSIONS = VALUES.known("sessions");

    /** Tariffs. */
    public static final ModuleID TARIFFS = VALUES.known("tariffs");

    /** Tokens. */
    public static final ModuleID TOKENS = VALUES.known("tokens");

    private ModuleID(String value, boolean known) {
        super(value, known);
    }

    /** Returns the constant for a known value, or an instance that keeps an unknown one. */
    public static ModuleID of(String value) {
        return VALUES.of(value);
    }

    /** Returns the values this version of the specification defines, in its order. */
    public static List<ModuleID> knownValues() {
        return VALUES.knownValues();
    }
}
