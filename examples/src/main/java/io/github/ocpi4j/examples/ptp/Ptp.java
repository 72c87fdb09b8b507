package io.github.ocpi4j.examples.ptp;

import io.github.ocpi4j.client.InMemoryPartyStore;
import io.github.ocpi4j.client.ListQuery;
import io.github.ocpi4j.client.OcpiClient;
import io.github.ocpi4j.client.Partner;
import io.github.ocpi4j.client.Party;
import io.github.ocpi4j.client.Registrar;
import io.github.ocpi4j.client.v230.V230;
import io.github.ocpi4j.examples.versions.Parties;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.v230.cdrs.CDR;
import io.github.ocpi4j.model.v230.commands.CommandResponse;
import io.github.ocpi4j.model.v230.commands.CommandResponseType;
import io.github.ocpi4j.model.v230.commands.CommandResult;
import io.github.ocpi4j.model.v230.commands.CommandResultType;
import io.github.ocpi4j.model.v230.commands.CommandType;
import io.github.ocpi4j.model.v230.commands.StartSession;
import io.github.ocpi4j.model.v230.credentials.CredentialsRole;
import io.github.ocpi4j.model.v230.locations.BusinessDetails;
import io.github.ocpi4j.model.v230.locations.Connector;
import io.github.ocpi4j.model.v230.locations.Location;
import io.github.ocpi4j.model.v230.payments.CaptureStatusCode;
import io.github.ocpi4j.model.v230.payments.FinancialAdviceConfirmation;
import io.github.ocpi4j.model.v230.payments.Terminal;
import io.github.ocpi4j.model.v230.sessions.Session;
import io.github.ocpi4j.model.v230.tariffs.Tariff;
import io.github.ocpi4j.model.v230.tariffs.TariffType;
import io.github.ocpi4j.model.v230.tokens.Token;
import io.github.ocpi4j.model.v230.tokens.TokenType;
import io.github.ocpi4j.model.v230.tokens.WhitelistType;
import io.github.ocpi4j.model.v230.types.DisplayText;
import io.github.ocpi4j.model.v230.types.Price;
import io.github.ocpi4j.model.v230.types.Role;
import io.github.ocpi4j.model.v230.types.TaxAmount;
import io.github.ocpi4j.server.OcpiServer;
import io.github.ocpi4j.server.jdk.JdkHttpServerAdapter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Payment Terminal Provider (PTP) in memory: the PTP side of OCPI 2.3.0, with ocpi4j, as an example.
 *
 * <pre>{@code
 * Ptp ptp = Ptp.builder().party("NL", "PTP")
 *         .start(new InetSocketAddress("127.0.0.1", 0));      // serves at http://127.0.0.1:<port>/ocpi
 * Party cpo = ptp.register(cpoVersionsUrl, tokenA);          // the credentials handshake, on 2.3.0, as role PTP
 * ptp.cpo().v230().tariffsSender().tariffs(ListQuery.all()); // any module of the CPO
 * // once the CPO assigned terminal T1 to the location of EVSE LOC001-2 (JdbcCpo.assignTerminal):
 * CardPayment paid = ptp.presentCard("T1", "LOC001-2", "1", "4000000000001000"); // STARTED, or DECLINED
 * ptp.confirmation(paid.authorizationReference()).get();   // posted to the CPO once its CDR came
 * ptp.close();
 * }</pre>
 *
 * <p>As a server it offers what a PTP offers ({@code [[mod_payments_payments_module]]}): the Receivers of Locations,
 * Tariffs, Sessions and CDRs, the Commands Sender where the CPO posts the results of the PTP's commands, and the
 * Payments Sender where the CPO activates, updates and assigns its terminals. It speaks OCPI 2.3.0 only, as 2.2.1
 * has neither the module nor the role, and states its role {@code PTP} in its credentials ({@link
 * OcpiServer.Builder#v230Roles}). A card presented at one of its terminals pays for a session ({@link #presentCard}):
 * the PTP reserves the tariff's {@code preauthorize_amount} on it, starts the session, and captures and confirms the
 * CDR's total when the CDR comes.
 *
 * <p>Thread-safe: CPOs call it concurrently.
 */
public final class Ptp implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Ptp.class);

    /** The id under which the PTP keeps the CPO it registered with in its party store. */
    static final String CPO = "cpo";

    private static final String V230 = "2.3.0";

    private final OcpiClient client;
    private final boolean ownClient;
    private final CredentialsRole role;
    private final Clock clock;
    private final Acquirer acquirer;
    private final Duration wait;
    private final PtpServices services;
    /** Settles card payments when their CDRs come, off the threads of the PTP's server. */
    private final ExecutorService settling = Executors.newSingleThreadExecutor(runnable -> {
        Thread t = new Thread(runnable, "ocpi4j-ptp-settling");
        t.setDaemon(true);
        return t;
    });
    /** The card payments whose sessions the CPO started and whose CDRs have not come yet, by authorization_reference. */
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    /** The confirmations of card payments, by authorization_reference; completed when posted to the CPO. */
    private final Map<String, CompletableFuture<FinancialAdviceConfirmation>> confirmations = new ConcurrentHashMap<>();

    private final JdkHttpServerAdapter http;
    private final OcpiServer server;

    /** A card payment the PTP waits to settle: what it reserved where, and on which card. */
    private record Pending(String card, String preauthorization, String terminalId) {}

    private Ptp(Builder b, InetSocketAddress bindTo) {
        this.clock = b.clock;
        this.acquirer = b.acquirer;
        this.wait = b.wait;
        this.services = new PtpServices((party, cdr) -> {
            if (party.equals(CPO)) { // the CPO this PTP charges through
                settling.execute(() -> settle(cdr));
            }
        });
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

    // ---- card payments ([[mod_payments_transaction_flow]])

    /**
     * A driver presents a card at one of the PTP's terminals to charge at a connector: the PTP reads the connector
     * from the CPO (the terminal's locations, Locations Sender) for its tariff, and the tariff (Tariffs Sender) for its
     * {@code preauthorize_amount}; reserves that amount on the card with the {@link Acquirer}; then sends START_SESSION
     * (Commands Receiver) with a token of its own of type {@code AD_HOC_USER}, issued for this one payment, and an
     * {@code authorization_reference} that the session, the CDR and the Financial Advice Confirmation carry. It waits
     * for the CPO's CommandResult. A declined card sends nothing to the CPO; a start the CPO refuses releases the
     * reservation.
     *
     * <p>The rest follows from the CPO: it pushes the session as it charges, stops it before it costs more than the
     * amount reserved, and posts the CDR, which it invoices ({@code invoice_reference_id}); the PTP then captures the
     * CDR's total, incl. taxes, and posts the Financial Advice Confirmation ({@link #confirmation}).
     *
     * @param terminalId the terminal, one the CPO assigned to the connector's location
     * @param evseUid the EVSE the driver chose
     * @param connectorId the connector of that EVSE
     * @param card the card's number, as the terminal read it
     * @return what came of it
     * @throws IllegalArgumentException if this PTP runs no such terminal at the CPO's chargers
     * @throws IllegalStateException if the PTP has not registered with a CPO
     * @throws io.github.ocpi4j.model.OcpiException if the CPO cannot be reached or answers with an error
     */
    public CardPayment presentCard(String terminalId, String evseUid, String connectorId, String card) {
        Terminal terminal = services.terminals(CPO).stream()
                .filter(t -> t.terminalId().equals(CiString.of(terminalId)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "terminalId: this PTP runs no terminal " + terminalId + " at the CPO's chargers"));
        V230 cpo = cpo().v230();
        String locationId = null;
        Connector connector = null;
        for (CiString location : terminal.locationIds()) {
            Optional<Connector> found = cpo.locationsSender().connector(location.value(), evseUid, connectorId);
            if (found.isPresent()) {
                locationId = location.value();
                connector = found.get();
                break;
            }
        }
        if (connector == null) {
            return refused("terminal " + terminalId + " serves no EVSE " + evseUid + " with connector " + connectorId);
        }
        Instant now = clock.instant();
        List<CiString> ids = connector.tariffIds();
        Optional<Tariff> tariff = cpo.tariffsSender().stream(ListQuery.all())
                .filter(t -> ids.contains(t.id()) && applies(t, now))
                .min(Comparator.comparingInt(t -> ids.indexOf(t.id())));
        if (tariff.isEmpty()) {
            return refused("connector " + connectorId + " of EVSE " + evseUid + " has no tariff in force");
        }
        Tariff t = tariff.get();
        String currency = t.currency();
        if (t.preauthorizeAmount() == null) {
            return new CardPayment(
                    CardPayment.Outcome.REFUSED,
                    "tariff " + t.id() + " states no preauthorize_amount",
                    null,
                    t.id().value(),
                    null,
                    currency);
        }
        BigDecimal amount = t.preauthorizeAmount();
        Optional<String> preauthorization = acquirer.preauthorize(card, amount, currency);
        if (preauthorization.isEmpty()) {
            return new CardPayment(
                    CardPayment.Outcome.DECLINED,
                    "the acquirer declined card " + masked(card) + " for " + amount.toPlainString() + " " + currency,
                    null,
                    t.id().value(),
                    null,
                    currency);
        }
        String reference = UUID.randomUUID().toString();
        pending.put(reference, new Pending(card, preauthorization.get(), terminalId));
        String refusal = start(cpo, reference, locationId, evseUid, connectorId, now);
        if (refusal != null) {
            pending.remove(reference);
            acquirer.release(preauthorization.get());
            return new CardPayment(CardPayment.Outcome.REFUSED, refusal, reference, t.id().value(), null, currency);
        }
        return new CardPayment(
                CardPayment.Outcome.STARTED,
                amount.toPlainString() + " " + currency + " reserved on card " + masked(card)
                        + "; the CPO started the session",
                reference,
                t.id().value(),
                amount,
                currency);
    }

    /** Sends START_SESSION and waits for its result; returns why the CPO refused it, or {@code null}. */
    private @Nullable String start(
            V230 cpo, String reference, String locationId, String evseUid, String connectorId, Instant now) {
        Token token = Token.builder()
                .countryCode(role.countryCode())
                .partyId(role.partyId())
                .uid(reference)
                .type(TokenType.AD_HOC_USER)
                .contractId(reference)
                .issuer(role.businessDetails().name())
                .valid(true)
                .whitelist(WhitelistType.NEVER)
                .lastUpdated(now)
                .build();
        CompletableFuture<CommandResult> result = services.result(CommandType.START_SESSION, reference);
        CommandResponse response = cpo.commandsReceiver()
                .startSession(StartSession.builder()
                        .responseUrl(server.v230Urls().commandResponseUrl(CommandType.START_SESSION, reference))
                        .token(token)
                        .locationId(locationId)
                        .evseUid(evseUid)
                        .connectorId(connectorId)
                        .authorizationReference(reference)
                        .build());
        if (response.result() != CommandResponseType.ACCEPTED) {
            return "START_SESSION " + response.result() + words(response.message());
        }
        try {
            CommandResult done = result.get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return done.result() == CommandResultType.ACCEPTED
                    ? null
                    : "START_SESSION " + done.result() + words(done.message());
        } catch (TimeoutException e) {
            return "no CommandResult of START_SESSION within " + wait.toSeconds() + " s";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while waiting for the CommandResult of START_SESSION";
        } catch (ExecutionException e) {
            return "START_SESSION failed: " + e.getCause().getMessage();
        }
    }

    /**
     * Settles a card payment when its CDR comes: the acquirer captures the CDR's total, incl. taxes; when the CPO
     * invoices the session ({@code invoice_reference_id} set), the PTP posts a Financial Advice Confirmation with what
     * was captured and how ({@code [[mod_payments_cpo_financial_advice_confirmation_post_method]]}). A CDR of no card
     * payment of this PTP's, or one settled already, changes nothing.
     */
    private void settle(CDR cdr) {
        CiString reference = cdr.authorizationReference();
        Pending payment = reference == null ? null : pending.remove(reference.value());
        if (payment == null) {
            return;
        }
        CompletableFuture<FinancialAdviceConfirmation> confirmed = confirmation(reference.value());
        try {
            BigDecimal total = cdr.totalCost().afterTaxes();
            BigDecimal captured = acquirer.capture(payment.preauthorization(), total);
            if (cdr.invoiceReferenceId() == null) {
                LOG.info("CDR {}: the PTP invoices card payment {} itself", cdr.id(), reference);
                confirmed.cancel(false);
                return;
            }
            CaptureStatusCode status = captured.compareTo(total) >= 0
                    ? CaptureStatusCode.SUCCESS
                    : captured.signum() > 0 ? CaptureStatusCode.PARTIAL_SUCCESS : CaptureStatusCode.FAILED;
            FinancialAdviceConfirmation confirmation = FinancialAdviceConfirmation.builder()
                    .id(UUID.randomUUID().toString())
                    .authorizationReference(reference)
                    .totalCosts(
                            status == CaptureStatusCode.SUCCESS ? cdr.totalCost() : share(cdr.totalCost(), captured))
                    .currency(cdr.currency())
                    .eftData(List.of(
                            CiString.of("card " + masked(payment.card())),
                            CiString.of("acquirer reference " + payment.preauthorization()),
                            CiString.of("terminal " + payment.terminalId())))
                    .captureStatusCode(status)
                    .captureStatusMessage(
                            status == CaptureStatusCode.SUCCESS
                                    ? null
                                    : "captured " + captured.toPlainString() + " of " + total.toPlainString())
                    .lastUpdated(clock.instant())
                    .build();
            cpo().v230().paymentsReceiver().post(confirmation);
            services.keep(CPO, confirmation);
            confirmed.complete(confirmation);
        } catch (RuntimeException e) {
            LOG.warn("settling card payment {} failed: {}", reference, e.getMessage());
            confirmed.completeExceptionally(e);
        }
    }

    /**
     * Returns the Financial Advice Confirmation of a card payment, completed when the PTP has posted it to the CPO
     * after the CDR came; canceled when the CDR says the PTP invoices the session itself.
     *
     * @param authorizationReference the payment's reference ({@link CardPayment#authorizationReference()})
     */
    public CompletableFuture<FinancialAdviceConfirmation> confirmation(String authorizationReference) {
        return confirmations.computeIfAbsent(authorizationReference, k -> new CompletableFuture<>());
    }

    /** The captured part of a total: its taxes in the total's proportion, in one tax of the first one's name. */
    private static Price share(Price total, BigDecimal captured) {
        BigDecimal all = total.afterTaxes();
        if (all.signum() == 0 || total.taxes().isEmpty()) {
            return new Price(captured, List.of());
        }
        BigDecimal before = total.beforeTaxes().multiply(captured).divide(all, 4, RoundingMode.HALF_UP);
        TaxAmount first = total.taxes().get(0);
        return new Price(
                before, List.of(new TaxAmount(first.name(), null, first.percentage(), captured.subtract(before))));
    }

    private static boolean applies(Tariff tariff, Instant now) {
        boolean regular = tariff.type() == null || tariff.type() == TariffType.REGULAR; // no charging preference
        return regular
                && (tariff.startDateTime() == null || !now.isBefore(tariff.startDateTime()))
                && (tariff.endDateTime() == null || now.isBefore(tariff.endDateTime()));
    }

    private static CardPayment refused(String why) {
        return new CardPayment(CardPayment.Outcome.REFUSED, why, null, null, null, null);
    }

    private static String words(List<DisplayText> message) {
        return message.isEmpty() ? "" : ": " + message.get(0).text();
    }

    private static String masked(String card) {
        return "****" + card.substring(Math.max(0, card.length() - 4));
    }

    /** Returns the result of a command the PTP sent, completed when the CPO posts it to the Commands Sender. */
    public CompletableFuture<CommandResult> commandResult(CommandType type, String id) {
        return services.result(type, id);
    }

    /** Stops serving, and closes the client if the PTP made it. */
    @Override
    public void close() {
        settling.shutdownNow();
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
        private Acquirer acquirer = new SimulatedAcquirer();
        private Duration wait = Duration.ofSeconds(30);

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

        /** Sets the acquirer that reserves and captures amounts on cards; a {@link SimulatedAcquirer} by default. */
        public Builder acquirer(Acquirer acquirer) {
            this.acquirer = Objects.requireNonNull(acquirer, "acquirer");
            return this;
        }

        /**
         * Sets how long {@link Ptp#presentCard} waits for the CPO's CommandResult of START_SESSION; 30 seconds by
         * default.
         */
        public Builder commandTimeout(Duration wait) {
            if (wait.isNegative() || wait.isZero()) {
                throw new IllegalArgumentException("commandTimeout: must be positive");
            }
            this.wait = wait;
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
