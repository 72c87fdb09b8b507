package io.github.ocpi4j.examples.ptp;

import io.github.ocpi4j.client.InMemoryPartyStore;
import io.github.ocpi4j.client.OcpiClient;
import io.github.ocpi4j.client.Partner;
import io.github.ocpi4j.client.Party;
import io.github.ocpi4j.client.Registrar;
import io.github.ocpi4j.examples.versions.Parties;
import io.github.ocpi4j.model.v230.cdrs.CDR;
import io.github.ocpi4j.model.v230.commands.CommandResult;
import io.github.ocpi4j.model.v230.commands.CommandType;
import io.github.ocpi4j.model.v230.credentials.CredentialsRole;
import io.github.ocpi4j.model.v230.locations.BusinessDetails;
import io.github.ocpi4j.model.v230.locations.Location;
import io.github.ocpi4j.model.v230.payments.Terminal;
import io.github.ocpi4j.model.v230.sessions.Session;
import io.github.ocpi4j.model.v230.tariffs.Tariff;
import io.github.ocpi4j.model.v230.types.Role;
import io.github.ocpi4j.server.OcpiServer;
import io.github.ocpi4j.server.jdk.JdkHttpServerAdapter;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * A Payment Terminal Provider (PTP) in memory: the PTP side of OCPI 2.3.0, with ocpi4j, as an example.
 *
 * <pre>{@code
 * Ptp ptp = Ptp.builder().party("NL", "PTP")
 *         .start(new InetSocketAddress("127.0.0.1", 0));      // serves at http://127.0.0.1:<port>/ocpi
 * Party cpo = ptp.register(cpoVersionsUrl, tokenA);          // the credentials handshake, on 2.3.0, as role PTP
 * ptp.cpo().v230().tariffsSender().tariffs(ListQuery.all()); // any module of the CPO
 * ptp.close();
 * }</pre>
 *
 * <p>As a server it offers what a PTP offers ({@code [[mod_payments_payments_module]]}): the Receivers of Locations,
 * Tariffs, Sessions and CDRs, the Commands Sender where the CPO posts the results of the PTP's commands, and the
 * Payments Sender where the CPO activates, updates and assigns its terminals. It speaks OCPI 2.3.0 only, as 2.2.1
 * has neither the module nor the role, and states its role {@code PTP} in its credentials ({@link
 * OcpiServer.Builder#v230Roles}).
 *
 * <p>Thread-safe: CPOs call it concurrently.
 */
public final class Ptp implements AutoCloseable {
    /** The id under which the PTP keeps the CPO it registered with in its party store. */
    static final String CPO = "cpo";

    private static final String V230 = "2.3.0";

    private final OcpiClient client;
    private final boolean ownClient;
    private final CredentialsRole role;
    private final PtpServices services = new PtpServices();
    private final JdkHttpServerAdapter http;
    private final OcpiServer server;

    private Ptp(Builder b, InetSocketAddress bindTo) {
        this.ownClient = b.client == null;
        this.client = b.client != null
                ? b.client
                : OcpiClient.builder().maxVersion(V230).build();
        this.role = CredentialsRole.builder()
                .role(Role.PTP)
                .businessDetails(new BusinessDetails("ocpi4j example PTP", null, null))
                .countryCode(b.countryCode)
                .partyId(b.partyId)
                .build();
        try {
            this.http = JdkHttpServerAdapter.start(
                    bindTo,
                    port -> OcpiServer.builder()
                            .baseUrl("http://" + bindTo.getHostString() + ":" + port + "/ocpi")
                            .partyStore(new InMemoryPartyStore())
                            .client(client)
                            .v230Roles(List.of(role))
                            .clock(b.clock)
                            .v230(s -> s.locationsReceiver(services)
                                    .tariffsReceiver(services)
                                    .sessionsReceiver(services)
                                    .cdrsReceiver(services)
                                    .commandsSender(services)
                                    .paymentsSender(services))
                            .build());
            this.server = http.server();
        } catch (RuntimeException e) {
            if (ownClient) {
                client.close();
            }
            throw e;
        }
    }

    /** Returns a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns the URL of the PTP's versions endpoint, which it gives CPOs when registering. */
    public String versionsUrl() {
        return server.versionsUrl();
    }

    // ---- registration

    /**
     * Registers with a CPO on OCPI 2.3.0 ({@code [[credentials_registration]]}), naming itself with the role {@code
     * PTP}: fetches the CPO's versions and endpoints with token A, sends the PTP's credentials with a new token B and
     * keeps the token C the CPO answers with.
     *
     * @param cpoVersionsUrl the CPO's versions endpoint, which must offer 2.3.0
     * @param tokenA the token the CPO gave out of band for registering
     * @return the CPO as the PTP keeps it
     * @throws IllegalStateException if the PTP has registered with a CPO already
     * @throws io.github.ocpi4j.client.OcpiRegistrationException naming the step of the handshake that failed
     */
    public Party register(String cpoVersionsUrl, String tokenA) {
        if (server.partyStore().findById(CPO).isPresent()) {
            throw new IllegalStateException("this PTP has registered with a CPO already");
        }
        // the registrar needs 2.2.1 roles too; the client's cap keeps the handshake on 2.3.0, where the PTP is itself
        io.github.ocpi4j.model.v221.credentials.CredentialsRole other =
                io.github.ocpi4j.model.v221.credentials.CredentialsRole.builder()
                        .role(io.github.ocpi4j.model.v221.types.Role.OTHER)
                        .businessDetails(new io.github.ocpi4j.model.v221.locations.BusinessDetails(
                                role.businessDetails().name(), null, null))
                        .countryCode(role.countryCode())
                        .partyId(role.partyId())
                        .build();
        Registrar registrar = Registrar.builder(client, server.partyStore())
                .ourVersionsUrl(server.versionsUrl())
                .ourRoles(List.of(other))
                .ourV230Roles(List.of(role))
                .build();
        return registrar.register(CPO, cpoVersionsUrl, tokenA);
    }

    /**
     * Returns a new token A for a CPO to register with at this PTP (the CPO starts the handshake), kept as a pending
     * party.
     *
     * @param partyId this PTP's id for the CPO in its party store, such as {@code cpo-acme}
     * @throws IllegalArgumentException if a registered party has this id
     */
    public String newTokenA(String partyId) {
        return Parties.newTokenA(server.partyStore(), partyId);
    }

    /**
     * Admits a CPO without the credentials handshake: {@code token} then opens this PTP's modules to it at once. The
     * PTP cannot call that CPO until one of them registers with a token A.
     *
     * @param countryCode the CPO's country code
     * @param partyId the CPO's party id
     * @param token the credentials token the CPO will send
     * @throws IllegalArgumentException if the codes or the token are not valid
     */
    public void preRegister(String countryCode, String partyId, String token) {
        Parties.preRegister(server.partyStore(), "CPO", countryCode, partyId, token);
    }

    /**
     * Returns the CPO the PTP registered with, to call any of its modules through {@code cpo().v230()}.
     *
     * @throws IllegalStateException if the PTP has not registered
     */
    public Partner cpo() {
        return client.partner(Parties.registered(server.partyStore(), CPO, "this PTP has not registered with a CPO"));
    }

    // ---- what the PTP holds

    /** Returns the locations CPOs pushed, in the order first received. */
    public List<Location> locations() {
        return services.locations();
    }

    /** Returns the tariffs CPOs pushed, in the order first received. */
    public List<Tariff> tariffs() {
        return services.tariffs();
    }

    /** Returns the sessions CPOs pushed, in the order first received. */
    public List<Session> sessions() {
        return services.sessions();
    }

    /** Returns the CDRs CPOs posted, in the order received. */
    public List<CDR> cdrs() {
        return services.cdrs();
    }

    /** Returns the terminals the PTP runs at the chargers of the CPO it registered with, as that CPO last set them. */
    public List<Terminal> terminals() {
        return services.terminals(CPO);
    }

    /** Returns the result of a command the PTP sent, completed when the CPO posts it to the Commands Sender. */
    public CompletableFuture<CommandResult> commandResult(CommandType type, String id) {
        return services.result(type, id);
    }

    /** Stops serving, and closes the client if the PTP made it. */
    @Override
    public void close() {
        http.close();
        if (ownClient) {
            client.close();
        }
    }

    /** Builds a {@link Ptp}. Not thread-safe. */
    public static final class Builder {
        private String countryCode = "NL";
        private String partyId = "PTP";
        private Clock clock = Clock.systemUTC();
        private @Nullable OcpiClient client;

        private Builder() {}

        /**
         * Sets the PTP's country code and party id ({@code NL} and {@code PTP} by default), its role {@code PTP} in
         * the credentials.
         *
         * @param countryCode ISO 3166-1 alpha-2, upper case
         * @param partyId three upper-case letters or digits
         */
        public Builder party(String countryCode, String partyId) {
            Parties.requireCodes(countryCode, partyId);
            this.countryCode = countryCode;
            this.partyId = partyId;
            return this;
        }

        /** Sets the clock of the responses and of the PTP's objects; the system's by default. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets the client the PTP calls CPOs with, and the server calls them back with in the credentials handshake;
         * by default one of its own, capped at OCPI 2.3.0, which {@link Ptp#close()} closes. A client given here must
         * reach 2.3.0 too.
         */
        public Builder client(OcpiClient client) {
            this.client = Objects.requireNonNull(client, "client");
            return this;
        }

        /**
         * Starts the PTP on the JDK's HTTP server at an address; port 0 takes a free port, which the base URL then
         * holds ({@code http://<host>:<port>/ocpi}).
         *
         * @throws java.io.UncheckedIOException if the address cannot be bound
         */
        public Ptp start(InetSocketAddress address) {
            return new Ptp(this, Objects.requireNonNull(address, "address"));
        }
    }
}
