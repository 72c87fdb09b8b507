package io.github.ocpi4j.client;

import io.github.ocpi4j.client.OcpiRegistrationException.Step;
import io.github.ocpi4j.client.OcpiVersion.TheirCredentials;
import io.github.ocpi4j.client.internal.Access;
import io.github.ocpi4j.client.internal.Transport;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.OcpiResponse;
import io.github.ocpi4j.model.OcpiType;
import io.github.ocpi4j.model.v221.credentials.Credentials;
import io.github.ocpi4j.model.v221.credentials.CredentialsRole;
import io.github.ocpi4j.model.v221.types.Role;
import io.github.ocpi4j.model.v221.versions.InterfaceRole;
import io.github.ocpi4j.model.v221.versions.ModuleID;
import io.github.ocpi4j.model.v221.versions.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The credentials exchange as the initiating party ({@code [[credentials_registration]]}): registration with the
 * token A a partner gave out of band, update with token rotation, moving to another OCPI version, and
 * unregistration. What it learns goes to the {@link PartyStore} the server authenticates with, so the partner's
 * calls back with token B are accepted.
 *
 * <pre>{@code
 * Registrar registrar = Registrar.builder(client, partyStore)
 *         .ourVersionsUrl("https://emsp.example.com/ocpi/versions")
 *         .ourRoles(List.of(CredentialsRole.builder().role(Role.EMSP).partyId("ACM").countryCode("NL")
 *                 .businessDetails(new BusinessDetails("Acme", null, null)).build()))
 *         .requireEndpoint(ModuleID.LOCATIONS, InterfaceRole.SENDER)
 *         .build();
 * Party cpo = registrar.register("cpo-tnm", "https://cpo.example.com/ocpi/versions", tokenA);
 * Party rotated = registrar.update(cpo);      // new tokens both ways
 * Party older = registrar.moveTo(rotated, "2.2.1");
 * registrar.unregister(older);
 * }</pre>
 *
 * <p>Registration and update agree on the highest version both sides speak, up to the client's {@link
 * OcpiClient.Builder#maxVersion maxVersion}, and send the credentials of that version: the {@link
 * Builder#ourRoles roles} as given for 2.2.1, and for 2.3.0 the same roles with a role {@code HUB} given as {@code
 * hub_party_id} instead ({@code [[credentials_credentials_object]]}), or the roles of {@link Builder#ourV230Roles}.
 * The party is stored with the agreed version and its endpoints of it ({@link Party#version()}).
 *
 * <p>Each step that fails throws {@link OcpiRegistrationException} naming the step; a failed registration leaves
 * no party behind and a failed update or move restores the previous party. Thread-safe.
 */
public final class Registrar {
    private static final Logger LOG = LoggerFactory.getLogger("io.github.ocpi4j.client");
    private static final OcpiType<OcpiResponse<Void>> NO_DATA = OcpiType.responseOf(Void.class);

    private final OcpiClient client;
    private final Transport transport;
    private final Versions versions;
    private final PartyStore store;
    private final Ours ours;
    private final List<PartyEndpoint> required;

    private Registrar(Builder b) {
        this.client = b.client;
        this.transport = b.client.transport();
        this.versions = new Versions(transport);
        this.store = b.store;
        this.ours = Ours.of(Objects.requireNonNull(b.ourVersionsUrl, "ourVersionsUrl"), b.ourRoles, b.ourV230Roles);
        if (ours.v230Roles().isEmpty() && client.versions().contains("2.3.0")) {
            throw new IllegalArgumentException("ourRoles: 2.3.0 credentials need a role other than HUB: a hub lists"
                    + " the parties reachable through it, with ourV230Roles(...), or the client is capped at 2.2.1");
        }
        this.required = List.copyOf(b.required);
    }

    /**
     * This side's credentials in each version, but the token: its versions URL, its roles for 2.2.1 and for 2.3.0,
     * and for 2.3.0 the hub party it names.
     */
    record Ours(
            String versionsUrl,
            List<CredentialsRole> v221Roles,
            List<io.github.ocpi4j.model.v230.credentials.CredentialsRole> v230Roles,
            @Nullable CiString hubPartyId) {

        /**
         * Returns this side's credentials from the roles of 2.2.1 and, if given, those of 2.3.0; without them the
         * 2.3.0 roles are those of 2.2.1 but HUB, carried over field by field through the codec (the two versions'
         * roles have the same fields). A role HUB becomes {@code hub_party_id}: its country code and party id.
         */
        static Ours of(
                String versionsUrl,
                List<CredentialsRole> v221Roles,
                @Nullable List<io.github.ocpi4j.model.v230.credentials.CredentialsRole> v230Roles) {
            if (v221Roles.isEmpty()) {
                throw new IllegalArgumentException("ourRoles: at least one role is needed");
            }
            OcpiJson json = OcpiJson.instance();
            CiString hub = null;
            List<io.github.ocpi4j.model.v230.credentials.CredentialsRole> carried = new ArrayList<>();
            for (CredentialsRole role : v221Roles) {
                if (role.role() == Role.HUB) {
                    if (hub == null && role.countryCode() != null && role.partyId() != null) {
                        hub = CiString.of(
                                role.countryCode().value() + role.partyId().value());
                    }
                } else {
                    carried.add(
                            json.read(json.write(role), io.github.ocpi4j.model.v230.credentials.CredentialsRole.class)
                                    .value()
                                    .orElseThrow());
                }
            }
            return new Ours(
                    versionsUrl, List.copyOf(v221Roles), v230Roles == null ? List.copyOf(carried) : v230Roles, hub);
        }
    }

    /** Returns a builder for a client and the store the server authenticates with. */
    public static Builder builder(OcpiClient client, PartyStore store) {
        return new Builder(client, store);
    }

    /**
     * Registers with a partner: fetches its versions and details with token A, checks the endpoints, sends this
     * side's credentials with a new token B, and keeps the token C it answers with.
     *
     * @param partyId the id under which the partner is kept in the store
     * @param versionsUrl the partner's versions endpoint
     * @param tokenA the token the partner gave out of band for registering
     * @return the registered party, as stored
     */
    public Party register(String partyId, String versionsUrl, String tokenA) {
        return register(partyId, versionsUrl, tokenA, false);
    }

    /**
     * Registers with a partner as {@link #register(String, String, String)}, sending tokens without Base64 if
     * {@code plainToken}, for platforms of OCPI 2.1.1 and 2.2 that expect that.
     */
    public Party register(String partyId, String versionsUrl, String tokenA, boolean plainToken) {
        if (store.findById(partyId).isPresent()) {
            throw new IllegalArgumentException("the store already holds a party " + partyId);
        }
        Access withTokenA = new Access(tokenA, plainToken, CallOptions.NONE);
        CallOptions flow = flow();
        Connection connection;
        try {
            connection = connect(versionsUrl, withTokenA, flow, null);
        } catch (OcpiRegistrationException e) {
            throw refusedTokenA(e, plainToken);
        }

        String tokenB = CredentialsTokens.generate();
        Party pending = new Party(
                partyId,
                Party.Status.PENDING,
                tokenB,
                tokenA,
                versionsUrl,
                connection.version(),
                List.of(),
                connection.endpoints(),
                plainToken);
        step(Step.STORE_PARTY, () -> {
            store.save(pending);
            return pending;
        });
        TheirCredentials theirs;
        try {
            theirs = step(Step.POST_CREDENTIALS, () -> exchange("POST", connection, tokenB, withTokenA, flow));
        } catch (OcpiRegistrationException e) {
            store.delete(partyId);
            throw refusedTokenA(e, plainToken);
        }
        Party registered = new Party(
                partyId,
                Party.Status.REGISTERED,
                tokenB,
                theirs.token(),
                theirs.url(),
                connection.version(),
                theirs.roles(),
                connection.endpoints(),
                plainToken);
        step(Step.STORE_PARTY, () -> {
            store.save(registered);
            return registered;
        });
        LOG.info("registered with {} ({}), OCPI {}", partyId, theirs.url(), connection.version());
        return registered;
    }

    /**
     * Updates the registration with a partner ({@code [[credentials_updating_the_credentials_and_resetting_the_token]]}):
     * fetches its versions and endpoints again, switching to the highest version both sides speak if that is another
     * one now, and exchanges new tokens both ways with a PUT to that version's credentials endpoint.
     *
     * @return the updated party, as stored
     */
    public Party update(Party party) {
        return put(party, null);
    }

    /**
     * Moves a registered partner to another OCPI version both sides speak ({@code
     * [[credentials_updating_to_a_newer_version]]}), such as from 2.2.1 to 2.3.0 or back: fetches the partner's
     * endpoints of that version, checks them as registration does, and sends this side's credentials of that
     * version (with a new token, so the tokens are rotated too) in a PUT to that version's credentials endpoint,
     * where the partner reads this side's endpoints of that version. The party is stored with the version, its
     * endpoints and the new tokens. Moving to the version the party has already refreshes its endpoints ({@code
     * [[credentials_changing_endpoints_for_the_current_version]]}).
     *
     * @param version the version to move to, one the client speaks ({@link OcpiClient#SUPPORTED_VERSIONS}, up to
     *     its {@link OcpiClient.Builder#maxVersion maxVersion})
     * @return the moved party, as stored
     * @throws IllegalArgumentException if the client does not speak {@code version}; nothing is sent
     * @throws OcpiRegistrationException naming the step that failed, {@link Step#CHOOSE_VERSION} when the partner
     *     does not offer {@code version}; the party stays as it was
     */
    public Party moveTo(Party party, String version) {
        if (!client.versions().contains(version)) {
            throw new IllegalArgumentException("the client speaks " + client.versions() + ", not " + version);
        }
        return put(party, version);
    }

    /** Sends new credentials with a PUT, at the version given or else the highest both sides speak. */
    private Party put(Party party, @Nullable String version) {
        Access current = access(party);
        CallOptions flow = flow();
        Connection connection = connect(party.versionsUrl(), current, flow, version);
        String newTokenB = CredentialsTokens.generate();
        Party switching = party.withIncomingToken(newTokenB);
        step(Step.STORE_PARTY, () -> {
            store.save(switching);
            return switching;
        });
        TheirCredentials theirs;
        try {
            theirs = step(Step.PUT_CREDENTIALS, () -> exchange("PUT", connection, newTokenB, current, flow));
        } catch (RuntimeException e) {
            store.save(party);
            throw e;
        }
        Party updated = new Party(
                party.id(),
                Party.Status.REGISTERED,
                newTokenB,
                theirs.token(),
                theirs.url(),
                connection.version(),
                theirs.roles(),
                connection.endpoints(),
                party.plainTokenAllowed());
        step(Step.STORE_PARTY, () -> {
            store.save(updated);
            return updated;
        });
        LOG.info("updated the registration with {}, OCPI {}", party.id(), connection.version());
        return updated;
    }

    /**
     * Unregisters from a partner: tells it with a DELETE that this side's credentials are no longer valid, and
     * removes it from the store. A partner that answers 405 (it does not know this side) counts as unregistered.
     */
    public void unregister(Party party) {
        Access current = access(party);
        String url = credentialsUrl(party);
        try {
            step(
                    Step.DELETE_CREDENTIALS,
                    () -> transport.call("DELETE", url, null, NO_DATA, current, flow(), false, false));
        } catch (OcpiRegistrationException e) {
            if (!(e.getCause() instanceof OcpiHttpException http && http.httpStatus() == 405)) {
                throw e;
            }
            LOG.info("{} did not know this side any more (HTTP 405)", party.id());
        }
        store.delete(party.id());
        LOG.info("unregistered from {}", party.id());
    }

    /**
     * Returns the partner's credentials for this side, as its GET answers, of a partner registered with OCPI 2.2.1.
     *
     * @throws IllegalStateException naming the party's version, if it is not 2.2.1 (see {@link #credentialsV230})
     */
    public Credentials credentials(Party party) {
        return credentials(party, "2.2.1", Credentials.class);
    }

    /**
     * Returns the partner's credentials for this side, as its GET answers, of a partner registered with OCPI 2.3.0.
     *
     * @throws IllegalStateException naming the party's version, if it is not 2.3.0 (see {@link #credentials})
     */
    public io.github.ocpi4j.model.v230.credentials.Credentials credentialsV230(Party party) {
        return credentials(party, "2.3.0", io.github.ocpi4j.model.v230.credentials.Credentials.class);
    }

    private <T> T credentials(Party party, String version, Class<T> type) {
        if (!version.equals(party.version())) {
            throw new IllegalStateException(
                    party.id() + " is registered with OCPI " + party.version() + ", not " + version);
        }
        TheirCredentials theirs = OcpiVersion.of(version)
                .exchange(transport, "GET", credentialsUrl(party), null, access(party), flow(), true);
        return type.cast(theirs.object());
    }

    /** Sends this side's credentials of the connection's version with a new token, and reads the partner's. */
    private TheirCredentials exchange(
            String method, Connection connection, String ourToken, Access access, CallOptions flow) {
        OcpiVersion version = OcpiVersion.of(connection.version());
        return version.exchange(
                transport,
                method,
                connection.credentialsUrl(),
                version.credentials(ourToken, ours),
                access,
                flow,
                false);
    }

    /** The version chosen and the partner's endpoints of it, checked. */
    private record Connection(String version, List<PartyEndpoint> endpoints, String credentialsUrl) {}

    /** Connects at {@code pinned}, or when it is {@code null} at the highest version both sides speak. */
    private Connection connect(String versionsUrl, Access access, CallOptions flow, @Nullable String pinned) {
        List<Version> offered = step(Step.FETCH_VERSIONS, () -> versions.versions(versionsUrl, access, flow));
        Version chosen = step(Step.CHOOSE_VERSION, () -> client.choose(versionsUrl, offered, pinned));
        String version = chosen.version().value();
        List<PartyEndpoint> endpoints =
                step(Step.FETCH_VERSION_DETAILS, () -> versions.endpoints(version, chosen.url(), access, flow));
        List<String> missing = new ArrayList<>();
        for (PartyEndpoint need : required) {
            if (endpoints.stream()
                    .noneMatch(e -> e.module().equals(need.module()) && e.role().equals(need.role()))) {
                missing.add(need.module() + " " + need.role());
            }
        }
        Optional<String> credentialsUrl = credentialsUrl(endpoints);
        if (credentialsUrl.isEmpty()) {
            missing.add(0, "credentials");
        }
        if (!missing.isEmpty()) {
            throw new OcpiRegistrationException(
                    Step.CHECK_ENDPOINTS, versionsUrl + " (OCPI " + version + ") lacks the endpoints " + missing, null);
        }
        return new Connection(version, endpoints, credentialsUrl.get());
    }

    private static String credentialsUrl(Party party) {
        return credentialsUrl(party.endpoints())
                .orElseThrow(() -> new OcpiRegistrationException(
                        Step.CHECK_ENDPOINTS, party.id() + " has no credentials endpoint", null));
    }

    /** The URL of the partner's credentials endpoint, in whichever role it declares it. */
    private static Optional<String> credentialsUrl(List<PartyEndpoint> endpoints) {
        return endpoints.stream()
                .filter(e -> e.module().equals(ModuleID.CREDENTIALS.value()))
                .map(PartyEndpoint::url)
                .findFirst();
    }

    private static Access access(Party party) {
        if (party.outgoingToken() == null || party.versionsUrl() == null || party.status() != Party.Status.REGISTERED) {
            throw new IllegalArgumentException(party.id() + " is not registered: " + party);
        }
        return new Access(party.outgoingToken(), party.plainTokenAllowed(), CallOptions.NONE);
    }

    /**
     * Says what to do when the partner answers token A with 401: a token A serves one registration only (the
     * partner replaces it by the token it answers with), so a second registration with it is refused. Other failures
     * are returned as they are.
     */
    private static OcpiRegistrationException refusedTokenA(OcpiRegistrationException e, boolean plainToken) {
        if (!(e.getCause() instanceof OcpiHttpException http) || http.httpStatus() != 401) {
            return e;
        }
        return new OcpiRegistrationException(
                e.step(),
                "the partner refuses token A, and a token A serves one registration only: if it was used before,"
                        + " ask the partner for a new one"
                        + (plainToken
                                ? ""
                                : " (a platform of OCPI 2.1.1 or 2.2 may also expect it without Base64: register"
                                        + " with plainToken true)"),
                http);
    }

    private static CallOptions flow() {
        return CallOptions.builder()
                .correlationId(java.util.UUID.randomUUID().toString())
                .build();
    }

    private static <T> T step(Step step, Supplier<T> action) {
        try {
            return action.get();
        } catch (OcpiRegistrationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new OcpiRegistrationException(step, describe(step), e);
        }
    }

    private static String describe(Step step) {
        return switch (step) {
            case FETCH_VERSIONS -> "could not fetch the partner's versions";
            case CHOOSE_VERSION -> "no OCPI version in common";
            case FETCH_VERSION_DETAILS -> "could not fetch the partner's version details";
            case CHECK_ENDPOINTS -> "the partner lacks endpoints this side needs";
            case POST_CREDENTIALS -> "the partner refused this side's credentials";
            case PUT_CREDENTIALS -> "the partner refused this side's new credentials";
            case DELETE_CREDENTIALS -> "the partner refused the unregistration";
            case STORE_PARTY -> "could not keep the party in the store";
        };
    }

    /** Builds a {@link Registrar}. Not thread-safe. */
    public static final class Builder {
        private final OcpiClient client;
        private final PartyStore store;
        private @Nullable String ourVersionsUrl;
        private List<CredentialsRole> ourRoles = List.of();
        private @Nullable List<io.github.ocpi4j.model.v230.credentials.CredentialsRole> ourV230Roles;
        private final List<PartyEndpoint> required = new ArrayList<>();

        private Builder(OcpiClient client, PartyStore store) {
            this.client = Objects.requireNonNull(client, "client");
            this.store = Objects.requireNonNull(store, "store");
        }

        /** Sets the URL of this side's versions endpoint, which the partner will call with token B. */
        public Builder ourVersionsUrl(String url) {
            this.ourVersionsUrl = url;
            return this;
        }

        /**
         * Sets the roles this side declares in its credentials; required. OCPI 2.2.1 credentials carry them as they
         * are. OCPI 2.3.0 credentials carry the same roles but a role {@code HUB}, which 2.3.0 does not have: its
         * country code and party id become {@code hub_party_id} instead ({@code [[credentials_credentials_object]]}).
         */
        public Builder ourRoles(List<CredentialsRole> roles) {
            this.ourRoles = List.copyOf(roles);
            return this;
        }

        /**
         * Sets the roles of this side's OCPI 2.3.0 credentials, instead of those carried over from {@link
         * #ourRoles}: for a hub, which in 2.3.0 lists the parties reachable through it as its roles ({@code
         * [[credentials_credentials_object]]}). Its {@code hub_party_id} still comes from the role {@code HUB} of
         * {@link #ourRoles}.
         */
        public Builder ourV230Roles(List<io.github.ocpi4j.model.v230.credentials.CredentialsRole> roles) {
            this.ourV230Roles = List.copyOf(roles);
            return this;
        }

        /**
         * Requires the partner to offer an endpoint; without it registration stops before sending credentials
         * ({@code [[credentials_required_endpoints_not_available]]}).
         */
        public Builder requireEndpoint(ModuleID module, InterfaceRole role) {
            required.add(new PartyEndpoint(module.value(), role.name(), ""));
            return this;
        }

        /** Returns the registrar. */
        public Registrar build() {
            return new Registrar(this);
        }
    }
}
