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
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What the client does differently per OCPI version, as a table: the types it reads a version's details and
 * credentials with, and the credentials it sends. Everything else (calls, paging, negotiation, registration) is one
 * machinery for every version. Newest first.
 */
enum OcpiVersion {
    /** OCPI 2.3.0: credentials name a hub in {@code hub_party_id} instead of a role {@code HUB}. */
    V2_3_0(
            "2.3.0",
            new Declarations<>(
                    io.github.ocpi4j.model.v230.versions.VersionDetails.class,
                    details -> present(details.endpoints(), e -> endpoint(e.identifier(), e.role(), e.url())),
                    io.github.ocpi4j.model.v230.credentials.Credentials.class,
                    theirs -> TheirCredentials.of(
                            theirs.token(),
                            theirs.url(),
                            withHub(
                                    present(theirs.roles(), r -> role(r.role(), r.countryCode(), r.partyId())),
                                    theirs.hubPartyId()),
                            theirs),
                    (token, ours) -> new io.github.ocpi4j.model.v230.credentials.Credentials(
                            token, ours.versionsUrl(), ours.hubPartyId(), ours.v230Roles()))),

    /** OCPI 2.2.1. */
    V2_2_1(
            "2.2.1",
            new Declarations<>(
                    io.github.ocpi4j.model.v221.versions.VersionDetails.class,
                    details -> present(details.endpoints(), e -> endpoint(e.identifier(), e.role(), e.url())),
                    io.github.ocpi4j.model.v221.credentials.Credentials.class,
                    theirs -> TheirCredentials.of(
                            theirs.token(),
                            theirs.url(),
                            present(theirs.roles(), r -> role(r.role(), r.countryCode(), r.partyId())),
                            theirs),
                    (token, ours) -> new io.github.ocpi4j.model.v221.credentials.Credentials(
                            token, ours.versionsUrl(), ours.v221Roles())));

    private final String number;
    private final Declarations<?, ?> declarations;

    OcpiVersion(String number, Declarations<?, ?> declarations) {
        this.number = number;
        this.declarations = declarations;
    }

    /** Returns the version number, such as {@code 2.3.0}. */
    String number() {
        return number;
    }

    /** Returns the version numbers, newest first. */
    static List<String> numbers() {
        return Arrays.stream(values()).map(OcpiVersion::number).toList();
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

    /** GET of the version's details: the endpoints they list, as {@link PartyEndpoint}s. */
    List<PartyEndpoint> endpoints(Transport transport, String url, Access access, CallOptions options) {
        return declarations.endpoints(transport, url, access, options);
    }

    /**
     * Sends credentials (or none, for a GET) to a credentials endpoint of this version and reads the partner's from
     * the answer.
     *
     * @param ours this side's credentials of this version ({@link #credentials}), or {@code null}
     */
    TheirCredentials exchange(
            Transport transport,
            String method,
            String url,
            @Nullable Object ours,
            Access access,
            CallOptions options,
            boolean idempotent) {
        return declarations.exchange(transport, method, url, ours, access, options, idempotent);
    }

    /** Returns this side's credentials of this version, with a token for the partner. */
    Object credentials(String token, Registrar.Ours ours) {
        return declarations.ours().apply(token, ours);
    }

    /**
     * The partner's credentials, version-neutral: its token for this side, its versions URL, and its roles (in
     * 2.3.0 with its {@code hub_party_id} as a role {@code HUB}, as 2.2.1 names a hub).
     *
     * @param object the credentials as read, of this version's type
     */
    record TheirCredentials(String token, String url, List<PartyRole> roles, Object object) {
        /** Returns the credentials, or fails when a lenient client let an answer without token or URL through. */
        static TheirCredentials of(@Nullable String token, @Nullable String url, List<PartyRole> roles, Object object) {
            if (token == null || url == null) {
                throw new IllegalStateException("the answer holds no credentials");
            }
            return new TheirCredentials(token, url, roles, object);
        }
    }

    /**
     * What a version declares: its version details type and how to read endpoints from it, its credentials type and
     * how to read the partner's, and how to write this side's.
     *
     * @param <D> the version details type
     * @param <C> the credentials type
     */
    private record Declarations<D, C>(
            Class<D> details,
            Function<D, List<PartyEndpoint>> endpoints,
            Class<C> credentials,
            Function<C, TheirCredentials> theirs,
            BiFunction<String, Registrar.Ours, C> ours) {

        List<PartyEndpoint> endpoints(Transport transport, String url, Access access, CallOptions options) {
            D read = transport
                    .call("GET", url, null, OcpiType.responseOf(details), access, options, true, false)
                    .orElseThrow()
                    .data();
            if (read == null) {
                throw new OcpiValidationException(List.of(new Violation("data", "required: the version details")));
            }
            return endpoints.apply(read);
        }

        TheirCredentials exchange(
                Transport transport,
                String method,
                String url,
                @Nullable Object ours,
                Access access,
                CallOptions options,
                boolean idempotent) {
            OcpiType<OcpiResponse<C>> type = OcpiType.responseOf(credentials);
            C read = transport
                    .call(method, url, ours, type, access, options, idempotent, false)
                    .orElseThrow()
                    .data();
            if (read == null) {
                throw new IllegalStateException("the answer holds no credentials");
            }
            return theirs.apply(read);
        }
    }

    /**
     * The elements of a list read by {@code read}, but those a lenient client let through without what they need
     * (an endpoint without an identifier, a role or a URL; a role without a country code or party id), for which
     * {@code read} returns {@code null}: a client for such an endpoint fails as for any the partner does not offer.
     */
    private static <E, T> List<T> present(List<E> listed, Function<E, @Nullable T> read) {
        List<T> present = new ArrayList<>();
        for (E e : listed) {
            T t = e == null ? null : read.apply(e);
            if (t != null) {
                present.add(t);
            }
        }
        return present;
    }

    private static @Nullable PartyEndpoint endpoint(
            @Nullable OpenEnum identifier, @Nullable Enum<?> role, @Nullable String url) {
        return identifier == null || role == null || url == null
                ? null
                : new PartyEndpoint(identifier.value(), role.name(), url);
    }

    /** The roles of a 2.3.0 hub, with its {@code hub_party_id} (country code and party id in one) as a role HUB. */
    private static List<PartyRole> withHub(List<PartyRole> roles, @Nullable CiString hubPartyId) {
        if (hubPartyId == null || hubPartyId.value().length() != 5) {
            return roles;
        }
        List<PartyRole> all = new ArrayList<>(roles);
        all.add(PartyRole.of(
                "HUB", hubPartyId.value().substring(0, 2), hubPartyId.value().substring(2)));
        return all;
    }

    private static @Nullable PartyRole role(
            @Nullable Enum<?> role, @Nullable CiString countryCode, @Nullable CiString partyId) {
        return role == null || countryCode == null || partyId == null
                ? null
                : new PartyRole(role.name(), countryCode, partyId);
    }
}
