package io.github.ocpi4j.client;

import io.github.ocpi4j.client.internal.Access;
import io.github.ocpi4j.client.internal.Transport;
import io.github.ocpi4j.model.OcpiResponse;
import io.github.ocpi4j.model.OcpiType;
import io.github.ocpi4j.model.OcpiValidationException;
import io.github.ocpi4j.model.Violation;
import io.github.ocpi4j.model.v221.versions.Endpoint;
import io.github.ocpi4j.model.v221.versions.Version;
import io.github.ocpi4j.model.v221.versions.VersionDetails;
import java.util.ArrayList;
import java.util.List;

/** The versions module of a partner ({@code [[version_information_endpoint_versions_module]]}): lists and details. */
final class Versions {
    private static final OcpiType<OcpiResponse<List<Version>>> LIST = OcpiType.responseOfList(Version.class);
    private static final OcpiType<OcpiResponse<VersionDetails>> DETAILS = OcpiType.responseOf(VersionDetails.class);

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
     * GET of one version's details: the endpoints they list, as {@link PartyEndpoint}s. An endpoint without an
     * identifier, a role or a URL (which only a lenient client lets through) is left out, so that a client for it
     * fails as for any endpoint the partner does not offer.
     */
    List<PartyEndpoint> endpoints(String url, Access access, CallOptions options) {
        VersionDetails details = transport
                .call("GET", url, null, DETAILS, access, options, true, false)
                .orElseThrow()
                .data();
        if (details == null) {
            throw new OcpiValidationException(List.of(new Violation("data", "required: the version details")));
        }
        List<PartyEndpoint> endpoints = new ArrayList<>();
        for (Endpoint e : details.endpoints()) {
            if (e != null && e.identifier() != null && e.role() != null && e.url() != null) {
                endpoints.add(new PartyEndpoint(e.identifier().value(), e.role().name(), e.url()));
            }
        }
        return endpoints;
    }
}
