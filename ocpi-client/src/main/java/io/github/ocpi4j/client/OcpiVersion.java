package io.github.ocpi4j.client;

import io.github.ocpi4j.client.internal.Access;
import io.github.ocpi4j.client.internal.Transport;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.OcpiResponse;
import io.github.ocpi4j.model.OcpiType;
import io.github.ocpi4j.model.OcpiValidationException;
import io.github.ocpi4j.model.OpenEnum;
import io.github.ocpi4j.model.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What the client does differently per OCPI version, and nothing else: the types it reads a version's details and
 * credentials with, and the credentials it sends. Everything else (calls, paging, negotiation, registration) is one
 * machinery for every version. Newest first.
 */
enum OcpiVersion {
    /** OCPI 2.3.0: credentials name a hub in {@code hub_party_id} instead of a role {@code HUB}. */
    V2_3_0("2.3.0") {
        private static final OcpiType<OcpiResponse<io.github.ocpi4j.model.v230.versions.VersionDetails>> DETAILS =
                OcpiType.responseOf(io.github.ocpi4j.model.v230.versions.VersionDetails.class);
        private static final OcpiType<OcpiResponse<io.github.ocpi4j.model.v230.credentials.Credentials>> CREDENTIALS =
                OcpiType.responseOf(io.github.ocpi4j.model.v230.credentials.Credentials.class);

        @Override
        List<PartyEndpoint> endpoints(Transport transport, String url, Access access, CallOptions options) {
            return listed(
                    data(transport, "GET", url, null, DETAILS, access, options, true, "the version details")
                            .endpoints(),
                    e -> endpoint(e.identifier(), e.role(), e.url()));
        }

        @Override
        TheirCredentials exchange(
                Transport transport,
                String method,
                String url,
                @Nullable Object ours,
                Access access,
                CallOptions options,
                boolean idempotent) {
            io.github.ocpi4j.model.v230.credentials.Credentials theirs =
                    data(transport, method, url, ours, CREDENTIALS, access, options, idempotent, "the credentials");
            List<PartyRole> roles = new ArrayList<>();
            for (io.github.ocpi4j.model.v230.credentials.CredentialsRole r : theirs.roles()) {
                if (r != null && r.role() != null) {
                    role(roles, r.role().name(), r.countryCode(), r.partyId());
                }
            }
            CiString hub = theirs.hubPartyId();
            if (hub != null && hub.value().length() == 5) {
                role(
                        roles,
                        "HUB",
                        CiString.of(hub.value().substring(0, 2)),
                        CiString.of(hub.value().substring(2)));
            }
            return new TheirCredentials(theirs.token(), theirs.url(), roles, theirs);
        }

        @Override
        Object credentials(String token, Registrar.Ours ours) {
            return new io.github.ocpi4j.model.v230.credentials.Credentials(
                    token, ours.versionsUrl(), ours.hubPartyId(), ours.v230Roles());
        }
    },

    /** OCPI 2.2.1. */
    V2_2_1("2.2.1") {
        private static final OcpiType<OcpiResponse<io.github.ocpi4j.model.v221.versions.VersionDetails>> DETAILS =
                OcpiType.responseOf(io.github.ocpi4j.model.v221.versions.VersionDetails.class);
        private static final OcpiType<OcpiResponse<io.github.ocpi4j.model.v221.credentials.Credentials>> CREDENTIALS =
                OcpiType.responseOf(io.github.ocpi4j.model.v221.credentials.Credentials.class);

        @Override
        List<PartyEndpoint> endpoints(Transport transport, String url, Access access, CallOptions options) {
            return listed(
                    data(transport, "GET", url, null, DETAILS, access, options, true, "the version details")
                            .endpoints(),
                    e -> endpoint(e.identifier(), e.role(), e.url()));
        }

        @Override
        TheirCredentials exchange(
                Transport transport,
                String method,
                String url,
                @Nullable Object ours,
                Access access,
                CallOptions options,
                boolean idempotent) {
            io.github.ocpi4j.model.v221.credentials.Credentials theirs =
                    data(transport, method, url, ours, CREDENTIALS, access, options, idempotent, "the credentials");
            List<PartyRole> roles = new ArrayList<>();
            for (io.github.ocpi4j.model.v221.credentials.CredentialsRole r : theirs.roles()) {
                if (r != null && r.role() != null) {
                    role(roles, r.role().name(), r.countryCode(), r.partyId());
                }
            }
            return new TheirCredentials(theirs.token(), theirs.url(), roles, theirs);
        }

        @Override
        Object credentials(String token, Registrar.Ours ours) {
            return new io.github.ocpi4j.model.v221.credentials.Credentials(token, ours.versionsUrl(), ours.v221Roles());
        }
    };

    private final String number;

    OcpiVersion(String number) {
        this.number = number;
    }

    /** Returns the version number, such as {@code 2.3.0}. */
    String number() {
        return number;
    }

    /** Returns the version numbers, newest first. */
    static List<String> numbers() {
        return java.util.Arrays.stream(values()).map(OcpiVersion::number).toList();
    }

    /** Returns the version of a number; it must be one of {@link #numbers()}. */
    static OcpiVersion of(String number) {
        for (OcpiVersion v : values()) {
            if (v.number.equals(number)) {
                return v;
            }
        }
        throw new IllegalArgumentException("ocpi4j speaks " + numbers() + ", not " + number);
    }

    /**
     * GET of the version's details: the endpoints they list, as {@link PartyEndpoint}s. An endpoint without an
     * identifier, a role or a URL (which only a lenient client lets through) is left out, so that a client for it
     * fails as for any endpoint the partner does not offer.
     */
    abstract List<PartyEndpoint> endpoints(Transport transport, String url, Access access, CallOptions options);

    /**
     * Sends credentials (or none, for a GET) to a credentials endpoint of this version and reads the partner's from
     * the answer.
     *
     * @param ours this side's credentials of this version ({@link #credentials}), or {@code null}
     */
    abstract TheirCredentials exchange(
            Transport transport,
            String method,
            String url,
            @Nullable Object ours,
            Access access,
            CallOptions options,
            boolean idempotent);

    /** Returns this side's credentials of this version, with a token for the partner. */
    abstract Object credentials(String token, Registrar.Ours ours);

    /**
     * The partner's credentials, version-neutral: its token for this side, its versions URL, and its roles (in
     * 2.3.0 with its {@code hub_party_id} as a role {@code HUB}, as 2.2.1 names a hub).
     *
     * @param object the credentials as read, of this version's type
     */
    record TheirCredentials(String token, String url, List<PartyRole> roles, Object object) {}

    private static <T> T data(
            Transport transport,
            String method,
            String url,
            @Nullable Object body,
            OcpiType<OcpiResponse<T>> type,
            Access access,
            CallOptions options,
            boolean idempotent,
            String what) {
        T data = transport
                .call(method, url, body, type, access, options, idempotent, false)
                .orElseThrow()
                .data();
        if (data == null) {
            throw new OcpiValidationException(List.of(new Violation("data", "required: " + what)));
        }
        return data;
    }

    private static <E> List<PartyEndpoint> listed(List<E> listed, Function<E, @Nullable PartyEndpoint> read) {
        List<PartyEndpoint> endpoints = new ArrayList<>();
        for (E e : listed) {
            PartyEndpoint endpoint = e == null ? null : read.apply(e);
            if (endpoint != null) {
                endpoints.add(endpoint);
            }
        }
        return endpoints;
    }

    private static @Nullable PartyEndpoint endpoint(
            @Nullable OpenEnum identifier, @Nullable Enum<?> role, @Nullable String url) {
        return identifier == null || role == null || url == null
                ? null
                : new PartyEndpoint(identifier.value(), role.name(), url);
    }

    private static void role(
            List<PartyRole> roles, String role, @Nullable CiString countryCode, @Nullable CiString partyId) {
        if (countryCode != null && partyId != null) {
            roles.add(new PartyRole(role, countryCode, partyId));
        }
    }
}
