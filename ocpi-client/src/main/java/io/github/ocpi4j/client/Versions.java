package io.github.ocpi4j.client;

import io.github.ocpi4j.client.internal.Access;
import io.github.ocpi4j.client.internal.Transport;
import io.github.ocpi4j.model.OcpiResponse;
import io.github.ocpi4j.model.OcpiType;
import io.github.ocpi4j.model.v221.versions.Version;
import java.util.List;

/**
 * The versions module of a partner ({@code [[version_information_endpoint_versions_module]]}): lists and details.
 * The list has the same form in every version; it is read with the types of 2.2.1, whose version numbers are open
 * and keep any value.
 */
final class Versions {
    private static final OcpiType<OcpiResponse<List<Version>>> LIST = OcpiType.responseOfList(Version.class);

    private final Transport transport;

    Versions(Transport transport) {
        this.transport = transport;
    }

    /** GET of the versions endpoint. */
    List<Version> versions(String url, Access access, CallOptions options) {
        List<Version> versions = transport
                .call("GET", url, null, LIST, access, options, true, false)
                .orElseThrow()
                .data();
        return versions == null ? List.of() : versions;
    }

    /**
     * GET of one version's details: the endpoints they list, as {@link PartyEndpoint}s, read with the types of that
     * version ({@link OcpiVersion#endpoints}).
     */
    List<PartyEndpoint> endpoints(String version, String url, Access access, CallOptions options) {
        return OcpiVersion.of(version).endpoints(transport, url, access, options);
    }
}
