package io.github.ocpi4j.server.v221;

import io.github.ocpi4j.model.v221.commands.CommandType;
import io.github.ocpi4j.server.internal.VersionUrls;

/**
 * The public URLs of a server's OCPI 2.2.1 endpoints, from {@code OcpiServer#v221Urls()}: its version details,
 * each endpoint, and the {@code response_url}s a host puts in the commands and charging profile requests it sends,
 * whose results then reach its {@link CommandsSenderService} and {@link ChargingProfilesSenderService}.
 *
 * <pre>{@code
 * String responseUrl = server.v221Urls().commandResponseUrl(CommandType.RESERVE_NOW, reservationId);
 * cpo.v221().commandsReceiver().reserveNow(reserveNow.toBuilder().responseUrl(responseUrl).build());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class V221Urls {
    private final VersionUrls urls;

    V221Urls(VersionUrls urls) {
        this.urls = urls;
    }

    /** Returns the URL of the version details of 2.2.1. */
    public String detailsUrl() {
        return urls.detailsUrl();
    }

    /** Returns the URL of the endpoint of a module and interface role ({@code SENDER} or {@code RECEIVER}). */
    public String endpointUrl(String module, String role) {
        return urls.endpointUrl(module, role);
    }

    /** Returns the URL of the credentials endpoint. */
    public String credentialsUrl() {
        return urls.credentialsUrl();
    }

    /** Returns the {@code response_url} for a command this side sends; {@code id} comes back with its result. */
    public String commandResponseUrl(CommandType type, String id) {
        return urls.commandResponseUrl(type.value(), id);
    }

    /**
     * Returns the {@code response_url} for a charging profile request this side sends; {@code id} comes back with
     * its result.
     */
    public String chargingProfileResponseUrl(ChargingProfileRequest request, String id) {
        return urls.chargingProfileResponseUrl(request.name(), id);
    }
}
