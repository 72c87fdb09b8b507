package io.github.ocpi4j.model;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * An OCPI status code, the {@code status_code} of every response ({@code [[status_codes_status_codes]]}): four
 * digits whose first tells success (1xxx), client error (2xxx), server error (3xxx) or hub error (4xxx).
 *
 * <p>The codes the specification defines are constants; {@link #of(int)} returns them for their number and
 * keeps any other code, such as a custom one from the reserved x9xx ranges, as it is.
 *
 * <pre>{@code
 * OcpiStatusCode code = response.statusCode();
 * if (code.isSuccess()) { ... }
 * if (code.equals(OcpiStatusCode.UNKNOWN_TOKEN)) { ... }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class OcpiStatusCode {
    /** 1000: the request succeeded. */
    public static final OcpiStatusCode SUCCESS = new OcpiStatusCode(1000, "Success");
    /** 2000: the client erred, without a more precise code. */
    public static final OcpiStatusCode CLIENT_ERROR = new OcpiStatusCode(2000, "Generic client error");
    /** 2001: a parameter or field is wrong or absent (a PATCH lacking {@code last_updated}, say). */
    public static final OcpiStatusCode INVALID_OR_MISSING_PARAMETERS =
            new OcpiStatusCode(2001, "Invalid or missing parameters");
    /** 2002: the request lacks data the server needs, as in an authorization request that says too little. */
    public static final OcpiStatusCode NOT_ENOUGH_INFORMATION = new OcpiStatusCode(2002, "Not enough information");
    /** 2003: the Location named is not known, as in a {@code START_SESSION} for a Location the CPO lacks. */
    public static final OcpiStatusCode UNKNOWN_LOCATION = new OcpiStatusCode(2003, "Unknown Location");
    /** 2004: the Token named is not known, as in a real-time authorization the eMSP cannot match. */
    public static final OcpiStatusCode UNKNOWN_TOKEN = new OcpiStatusCode(2004, "Unknown Token");
    /** 3000: the server failed, without a more precise code. */
    public static final OcpiStatusCode SERVER_ERROR = new OcpiStatusCode(3000, "Generic server error");
    /**
     * 3001: the server could not call the client back, typically when a GET to the other party fails during the
     * credentials handshake.
     */
    public static final OcpiStatusCode UNABLE_TO_USE_CLIENT_API =
            new OcpiStatusCode(3001, "Unable to use the client's API");
    /** 3002: the server does not support the OCPI version asked for. */
    public static final OcpiStatusCode UNSUPPORTED_VERSION = new OcpiStatusCode(3002, "Unsupported version");
    /** 3003: registration failed because the parties share no modules, or a module one side needs is missing. */
    public static final OcpiStatusCode NO_MATCHING_ENDPOINTS =
            new OcpiStatusCode(3003, "No matching endpoints or expected endpoints missing between parties");
    /** 4000: the Hub failed, without a more precise code. */
    public static final OcpiStatusCode HUB_ERROR = new OcpiStatusCode(4000, "Generic hub error");
    /** 4001: the Hub does not know the party in the {@code OCPI-to-*} headers. */
    public static final OcpiStatusCode UNKNOWN_RECEIVER = new OcpiStatusCode(4001, "Unknown receiver");
    /** 4002: the Hub forwarded the request but got no answer in time. */
    public static final OcpiStatusCode FORWARDED_REQUEST_TIMEOUT =
            new OcpiStatusCode(4002, "Timeout on forwarded request");
    /** 4003: the Hub cannot reach the receiving party. */
    public static final OcpiStatusCode CONNECTION_PROBLEM = new OcpiStatusCode(4003, "Connection problem");

    private static final Map<Integer, OcpiStatusCode> KNOWN = Stream.of(
                    SUCCESS,
                    CLIENT_ERROR,
                    INVALID_OR_MISSING_PARAMETERS,
                    NOT_ENOUGH_INFORMATION,
                    UNKNOWN_LOCATION,
                    UNKNOWN_TOKEN,
                    SERVER_ERROR,
                    UNABLE_TO_USE_CLIENT_API,
                    UNSUPPORTED_VERSION,
                    NO_MATCHING_ENDPOINTS,
                    HUB_ERROR,
                    UNKNOWN_RECEIVER,
                    FORWARDED_REQUEST_TIMEOUT,
                    CONNECTION_PROBLEM)
            .collect(Collectors.toUnmodifiableMap(OcpiStatusCode::code, Function.identity()));

    private final int code;
    private final String description;

    private OcpiStatusCode(int code, String description) {
        this.code = code;
        this.description = description;
    }

    /** Returns the constant for a code the specification defines, or a value that keeps any other code. */
    public static OcpiStatusCode of(int code) {
        OcpiStatusCode known = KNOWN.get(code);
        return known != null ? known : new OcpiStatusCode(code, describe(code));
    }

    private static String describe(int code) {
        String range = switch (code / 1000) {
            case 1 -> "success";
            case 2 -> "client error";
            case 3 -> "server error";
            case 4 -> "hub error";
            default -> null;
        };
        if (range == null) {
            return "Not an OCPI status code";
        }
        return (code % 1000 >= 900 ? "Custom " : "Unassigned ") + range;
    }

    /** Returns the number, for example {@code 2001}. */
    public int code() {
        return code;
    }

    /** Returns the specification's description of this code. */
    public String description() {
        return description;
    }

    /** Returns whether the code is in the 1xxx success range. */
    public boolean isSuccess() {
        return code / 1000 == 1;
    }

    /** Returns whether the code is in the 2xxx client error range. */
    public boolean isClientError() {
        return code / 1000 == 2;
    }

    /** Returns whether the code is in the 3xxx server error range. */
    public boolean isServerError() {
        return code / 1000 == 3;
    }

    /** Returns whether the code is in the 4xxx hub error range. */
    public boolean isHubError() {
        return code / 1000 == 4;
    }

    /** Returns whether the code is in one of the four ranges OCPI defines (1000 to 4999). */
    public boolean isInOcpiRange() {
        return code >= 1000 && code <= 4999;
    }

    /** Returns whether the code lies in a range reserved for custom codes (1900-1999, 2900-2999, ...). */
    public boolean isCustom() {
        return isInOcpiRange() && code % 1000 >= 900;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return this == o || (o instanceof OcpiStatusCode other && other.code == code);
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(code);
    }

    /** Returns the number and description, for example {@code 2001 Invalid or missing parameters}. */
    @Override
    public String toString() {
        return code + " " + description;
    }
}
