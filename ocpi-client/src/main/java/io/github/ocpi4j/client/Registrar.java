package io.github.ocpi4j.client;

import io.github.ocpi4j.client.OcpiRegistrationException.Step;
import io.github.ocpi4j.client.internal.Access;
import io.github.ocpi4j.client.internal.Transport;
import io.github.ocpi4j.model.OcpiResponse;
import io.github.ocpi4j.model.OcpiType;
import io.github.ocpi4j.model.v221.credentials.Credentials;
import io.github.ocpi4j.model.v221.credentials.CredentialsRole;
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
 * token A a partner gave out of band, update with token rotation, and unregistration. What it learns goes to the
 * {@link PartyStore} the server authenticates with, so the partner's calls back with token B are accepted.
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
 * registrar.unregister(rotated);
 * }</pre>
 *
 * <p>Each step that fails throws {@link OcpiRegistrationException} naming the step; a failed registration leaves
 * no party behind and a failed update restores the previous one. Thread-safe.
 */
public final class Registrar {
    private static final Logger LOG = LoggerFactory.getLogger("io.github.ocpi4j.client");
    private static final OcpiType<OcpiResponse<Credentials>> CREDENTIALS = OcpiType.responseOf(Credentials.class);
    private static final OcpiType<OcpiResponse<Void>> NO_DATA = OcpiType.responseOf(Void.class);

    private final Transport transport;
    private final Versions versions;
    private final PartyStore store;
    private final String ourVersionsUrl;
    private final List<CredentialsRole> ourRoles;
    private final List<PartyEndpoint> required;

    private Registrar(Builder b) {
        this.transport = b.client.transport();
        this.versions = new Versions(transport);
        this.store = b.store;
        this.ourVersionsUrl = Objects.requireNonNull(b.ourVersionsUrl, "ourVersionsUrl");
        if (b.ourRoles.isEmpty()) {
            throw new IllegalArgumentException("ourRoles: at least one role is needed");
        }
        this.ourRoles = List.copyOf(b.ourRoles);
        this.required = List.copyOf(b.required);
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
        Connection connection = connect(versionsUrl, withTokenA, flow);

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
        Credentials theirs;
        try {
            theirs = step(
                    Step.POST_CREDENTIALS,
                    () -> exchange("POST", connection.credentialsUrl(), tokenB, withTokenA, flow));
        } catch (RuntimeException e) {
            store.delete(partyId);
            throw e;
        }
        Party registered = new Party(
                partyId,
                Party.Status.REGISTERED,
                tokenB,
                theirs.token(),
                theirs.url(),
                connection.version(),
                roles(theirs),
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
     * fetches its versions and endpoints again, switching to a newer common version if there is one, and exchanges
     * new tokens both ways with a PUT.
     *
     * @return the updated party, as stored
     */
    public Party update(Party party) {
        Access current = access(party);
        CallOptions flow = flow();
        Connection connection = connect(party.versionsUrl(), current, flow);
        String newTokenB = CredentialsTokens.generate();
        Party switching = party.withIncomingToken(newTokenB);
        step(Step.STORE_PARTY, () -> {
            store.save(switching);
            return switching;
        });
        Credentials theirs;
        try {
            theirs = step(
                    Step.PUT_CREDENTIALS, () -> exchange("PUT", connection.credentialsUrl(), newTokenB, current, flow));
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
                roles(theirs),
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

    /** Returns the partner's credentials for this side, as its GET answers. */
    public Credentials credentials(Party party) {
        return transport
                .call("GET", credentialsUrl(party), null, CREDENTIALS, access(party), flow(), true, false)
                .orElseThrow()
                .data();
    }

    private Credentials exchange(String method, String url, String ourToken, Access access, CallOptions flow) {
        Credentials ours = new Credentials(ourToken, ourVersionsUrl, ourRoles);
        Credentials theirs = transport
                .call(method, url, ours, CREDENTIALS, access, flow, false, false)
                .orElseThrow()
                .data();
        if (theirs == null || theirs.token() == null || theirs.url() == null) {
            throw new IllegalStateException("the answer holds no credentials");
        }
        return theirs;
    }

    /** The version both sides speak and its endpoints, checked. */
    private record Connection(String version, List<PartyEndpoint> endpoints, String credentialsUrl) {}

    private Connection connect(String versionsUrl, Access access, CallOptions flow) {
        List<Version> offered = step(Step.FETCH_VERSIONS, () -> versions.versions(versionsUrl, access, flow));
        Version chosen = step(Step.CHOOSE_VERSION, () -> OcpiClient.highestMutual(versionsUrl, offered));
        List<PartyEndpoint> endpoints =
                step(Step.FETCH_VERSION_DETAILS, () -> versions.endpoints(chosen.url(), access, flow));
        String version = chosen.version().value();
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

    private static List<PartyRole> roles(Credentials credentials) {
        List<PartyRole> roles = new ArrayList<>();
        for (CredentialsRole r : credentials.roles()) {
            if (r != null && r.role() != null && r.countryCode() != null && r.partyId() != null) {
                roles.add(new PartyRole(r.role().name(), r.countryCode(), r.partyId()));
            }
        }
        return roles;
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

        /** Sets the roles this side declares in its credentials. */
        public Builder ourRoles(List<CredentialsRole> roles) {
            this.ourRoles = List.copyOf(roles);
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
