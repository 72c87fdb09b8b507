package io.github.ocpi4j.server.internal;

import java.util.Locale;

/**
 * The public URLs of one version's endpoints on a server, which the {@code V221Urls} and {@code V230Urls} of the
 * versions hand out. Immutable and thread-safe.
 */
public final class VersionUrls {
    private final ServerSupport support;
    private final String version;

    /**
     * Creates the URLs of a version.
     *
     * @param support the server's support
     * @param version the version number, such as {@code 2.3.0}
     */
    public VersionUrls(ServerSupport support, String version) {
        this.support = support;
        this.version = version;
    }

    /** Returns the URL of the version details. */
    public String detailsUrl() {
        return support.url(version);
    }

    /** Returns the URL of the endpoint of a module and interface role ({@code SENDER} or {@code RECEIVER}). */
    public String endpointUrl(String module, String role) {
        return support.url(version, role.toLowerCase(Locale.ROOT), module);
    }

    /** Returns the URL of the credentials endpoint. */
    public String credentialsUrl() {
        return support.url(version, "credentials");
    }

    /** Returns the {@code response_url} of a command of this type; {@code id} comes back with its result. */
    public String commandResponseUrl(String type, String id) {
        return support.url(version, "sender", "commands", type, id);
    }

    /**
     * Returns the {@code response_url} of a charging profile request; {@code id} comes back with its result.
     *
     * @param request the request's name: {@code ACTIVE_PROFILE}, {@code SET_PROFILE} or {@code CLEAR_PROFILE}
     */
    public String chargingProfileResponseUrl(String request, String id) {
        return support.url(version, "sender", "chargingprofiles", "results", chargingProfileSegment(request), id);
    }

    /**
     * Returns the path segment of the results of a charging profile request, below {@code
     * sender/chargingprofiles/results/}.
     *
     * @param request the request's name: {@code ACTIVE_PROFILE}, {@code SET_PROFILE} or {@code CLEAR_PROFILE}
     */
    public static String chargingProfileSegment(String request) {
        return switch (request) {
            case "ACTIVE_PROFILE" -> "active";
            case "SET_PROFILE" -> "set";
            case "CLEAR_PROFILE" -> "clear";
            default -> throw new IllegalArgumentException("no charging profile request " + request);
        };
    }
}
