package io.github.ocpi4j.model.v221.versions;

import io.github.ocpi4j.model.OpenEnum;
import java.util.List;

/**
 * The identifier of a module in a version's endpoint list. Besides the modules of the specification, parties may
 * agree on custom modules, whose identifiers should carry a prefix such as {@code nltnm-tokens}.
 *
 * <p>An open enumeration: values other than the constants are kept as they are (see {@link OpenEnum}).
 * Specification: {@code [[version_information_endpoint_moduleid_enum]]}, {@code
 * [[version_information_endpoint_custom_modules]]}.
 */
public final class ModuleID extends OpenEnum {
    private static final Values<ModuleID> VALUES = new Values<>(ModuleID::new);

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
