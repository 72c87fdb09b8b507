package io.github.ocpi4j.server.v230;

import io.github.ocpi4j.model.v230.commands.CommandType;
import io.github.ocpi4j.server.internal.VersionUrls;

/**
 * The public URLs of a server's OCPI 2.3.0 endpoints, from {@code OcpiServer#v230Urls()}: the version details, each
 * endpoint, and the {@code response_url}s to put in commands and charging profile requests sent to a partner
 * registered with 2.3.0, whose results then reach the host's {@link CommandsSenderService} and {@link
 * ChargingProfilesSenderService}. A partner registered with 2.2.1 gets the URLs of {@code OcpiServer#v221Urls()}.
 *
 * <pre>{@code
 * String responseUrl = server.v230Urls().commandResponseUrl(CommandType.START_SESSION, "S-42");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class V230Urls {
    private final VersionUrls urls;

    V230Urls(VersionUrls urls) {
        this.urls = urls;
    }

    /** Returns the URL of the version details of 2.3.0, which the versions list names. */
    public String detailsUrl() {
        return urls.detailsUrl();
    }

    /** Returns the URL of the endpoint of a module and interface role ({@code SENDER} or {@code RECEIVER}). */
    public String endpointUrl(String module, String role) {
        return urls.endpointUrl(module, role);
    }

    /** Returns the URL of the 2.3.0 credentials endpoint, where a PUT moves a registered partner to 2.3.0. */
    public String credentialsUrl() {
        return urls.credentialsUrl();
    }

    /** Returns the {@code response_url} of a command this side sends; {@code id} comes back with its result. */
    public String commandResponseUrl(CommandType type, String id) {
        return urls.commandResponseUrl(type.value(), id);
    }

    /**
     * Returns the {@code response_url} of a charging profile request this side sends; {@code id} comes back with its
     * result.
     */
    public String chargingProfileResponseUrl(ChargingProfileRequest request, String id) {
        return urls.chargingProfileResponseUrl(request.name(), id);
    }
}
