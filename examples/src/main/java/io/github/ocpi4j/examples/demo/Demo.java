package io.github.ocpi4j.examples.demo;

import static io.github.ocpi4j.examples.demo.Transcript.expect;
import static io.github.ocpi4j.examples.demo.Transcript.expectEqual;

import io.github.ocpi4j.client.ListQuery;
import io.github.ocpi4j.client.OcpiClient;
import io.github.ocpi4j.client.OcpiHttpException;
import io.github.ocpi4j.client.Partner;
import io.github.ocpi4j.client.Party;
import io.github.ocpi4j.client.RetryPolicy;
import io.github.ocpi4j.examples.cpo.JdbcCpo;
import io.github.ocpi4j.examples.cpo.OutboxEntry;
import io.github.ocpi4j.examples.emsp.Emsp;
import io.github.ocpi4j.examples.emsp.Pulled;
import io.github.ocpi4j.examples.emsp.SampleTokens;
import io.github.ocpi4j.examples.ptp.Ptp;
import io.github.ocpi4j.model.translation.Translated;
import io.github.ocpi4j.model.translation.V221ToV230;
import io.github.ocpi4j.model.translation.V230ToV221;
import io.github.ocpi4j.model.v221.cdrs.CDR;
import io.github.ocpi4j.model.v221.commands.CommandResponse;
import io.github.ocpi4j.model.v221.commands.CommandResponseType;
import io.github.ocpi4j.model.v221.commands.CommandResult;
import io.github.ocpi4j.model.v221.commands.CommandResultType;
import io.github.ocpi4j.model.v221.commands.CommandType;
import io.github.ocpi4j.model.v221.locations.Location;
import io.github.ocpi4j.model.v221.locations.Status;
import io.github.ocpi4j.model.v221.pricing.Pricing;
import io.github.ocpi4j.model.v221.pricing.PricingResult;
import io.github.ocpi4j.model.v221.sessions.Session;
import io.github.ocpi4j.model.v221.sessions.SessionStatus;
import io.github.ocpi4j.model.v221.tariffs.Tariff;
import io.github.ocpi4j.model.v221.tokens.AllowedType;
import io.github.ocpi4j.model.v221.tokens.TokenType;
import io.github.ocpi4j.model.v221.types.Price;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;

/**
 * The demo: a CPO ({@link JdbcCpo}, its data in SQL, offering OCPI 2.2.1 and 2.3.0) and an eMSP ({@link Emsp}, on
 * 2.2.1) on loopback, each an {@code OcpiServer} on the JDK's HTTP server and an {@code OcpiClient}, playing
 * authentication, reservations and transactions from the registration handshake to the CDR; then a second eMSP on
 * 2.3.0 registering at the same CPO and reading the same location in its version, and booking chargers ahead of time
 * (Bookings 1.1). Among the transactions, a driver pays by card at a payment terminal: a PTP ({@link Ptp}, on 2.3.0)
 * starts and settles the session with the CPO. A transcript shows every step and every HTTP call.
 *
 * <p>Time is the demo's own ({@link DemoClock}): it starts on Monday 2 March 2026 at 15:45 in Amsterdam and moves
 * only when the demo says, so that hours of charging play in seconds and costs come out the same on every run.
 */
public final class Demo {
    private static final Instant START = Instant.parse("2026-03-02T14:45:00Z");
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String LOCATION = "LOC001";
    private static final String BLOCKED_CARD = "RFID0002";
    private static final String DRIVER = SampleTokens.APP_USER;
    private static final String V221 = "2.2.1";
    private static final String V230 = "2.3.0";

    private final Transcript transcript;
    private final PrintStream err;
    private final @Nullable String jdbcUrl;
    private final DemoClock clock = new DemoClock(START);
    /** The session the demo charges, once started. */
    private String chargedSession = "";

    /**
     * @param out where the transcript goes
     * @param err where a failed step is named
     * @param jdbcUrl the CPO's database, which each run empties and loads with the sample data, so that every run
     *     plays the same; {@code null} for a new in-memory H2 database
     */
    public Demo(PrintStream out, PrintStream err, @Nullable String jdbcUrl) {
        this.transcript = new Transcript(out);
        this.err = err;
        this.jdbcUrl = jdbcUrl;
    }

    /**
     * Plays the demo, and ends the transcript with one line: {@code demo: all N steps gave the expected answers},
     * or on {@code err} {@code demo: step 2.3 (what it does) failed: why}.
     *
     * @return whether every step gave the expected answer
     */
    public boolean run() {
        InetSocketAddress loopback = new InetSocketAddress("127.0.0.1", 0);
        AtomicInteger ptpPort = new AtomicInteger(-1); // the CPO's client calls eMSPs and the PTP
        try (OcpiClient cpoClient = client(
                        request -> request.url().port() == ptpPort.get() ? "CPO -> PTP" : "CPO -> eMSP",
                        RetryPolicy.none(),
                        V230);
                OcpiClient ptpClient = client(request -> "PTP -> CPO", RetryPolicy.defaults(), V230);
                OcpiClient emspClient = client("eMSP -> CPO", RetryPolicy.defaults(), V221);
                OcpiClient otherClient = client("OTH -> CPO", RetryPolicy.defaults(), V221);
                OcpiClient nextClient = client("NXT -> CPO", RetryPolicy.defaults(), V230);
                JdbcCpo cpo = cpo(cpoClient, loopback);
                Emsp emsp = Emsp.builder()
                        .party("NL", "EMS")
                        .clock(clock)
                        .sampleData(true)
                        .client(emspClient)
                        .start(loopback);
                Emsp next = Emsp.builder()
                        .party("NL", "NXT")
                        .versions(V230)
                        .clock(clock)
                        .sampleData(true) // its drivers' tokens, for the bookings
                        .client(nextClient)
                        .start(loopback);
                Ptp ptp = Ptp.builder()
                        .party("NL", "PTP")
                        .clock(clock)
                        .client(ptpClient)
                        .start(loopback)) {
            ptpPort.set(URI.create(ptp.versionsUrl()).getPort());
            transcript.title("ocpi4j demo: a CPO (NL-CPO, OCPI 2.2.1 and 2.3.0) with an eMSP on 2.2.1 (NL-EMS), one"
                    + " on 2.3.0 (NL-NXT) and a payment terminal provider on 2.3.0 (NL-PTP), on loopback");
            transcript.title("  CPO  " + cpo.versionsUrl() + "  (data in "
                    + (jdbcUrl == null ? "H2, in memory" : jdbcUrl + ", emptied and loaded with the sample data")
                    + ")");
            transcript.title("  eMSP " + emsp.versionsUrl() + "  (NL-EMS)");
            transcript.title("  eMSP " + next.versionsUrl() + "  (NL-NXT)");
            transcript.title("  PTP  " + ptp.versionsUrl() + "  (NL-PTP, payment terminals, OCPI 2.3.0)");
            transcript.title(
                    "  time " + START.atZone(AMSTERDAM).toLocalDateTime() + " in Amsterdam, moved on by the demo");
            authentication(cpo, emsp, otherClient);
            String evse = reservations(cpo, emsp);
            transactions(cpo, emsp, evse);
            new CardPaymentDemo(transcript, clock, cpo, ptp).play(); // within Transactions: paid by card at a terminal
            pulls(emsp);
            twoVersions(cpo, emsp, next);
            new BookingsDemo(transcript, clock, cpo, next).play(); // Bookings 1.1, reservations ahead of time
            transcript.title("");
            transcript.title("demo: all " + transcript.passed() + " steps gave the expected answers");
            return true;
        } catch (Transcript.StepFailed e) {
            err.println("demo: " + e.getMessage());
            return false;
        }
    }

    /** A client that logs its calls to the transcript and agrees on {@code maxVersion} at most. */
    private OcpiClient client(String direction, RetryPolicy retries, String maxVersion) {
        return client(request -> direction, retries, maxVersion);
    }

    /** A client that calls several parties, each call logged with who calls whom. */
    private OcpiClient client(Function<Request, String> direction, RetryPolicy retries, String maxVersion) {
        return OcpiClient.builder()
                .maxVersion(maxVersion)
                .okHttpClient(new OkHttpClient.Builder()
                        .addInterceptor(new HttpLog(direction, transcript::http))
                        .build())
                .retryPolicy(retries)
                .build();
    }

    private JdbcCpo cpo(OcpiClient client, InetSocketAddress address) {
        JdbcCpo.Builder builder = JdbcCpo.builder()
                .party("NL", "CPO")
                .clock(clock)
                .emptyAtStart(true) // what an earlier run left, so that the steps play the same every time
                .sampleData(true)
                .retryInterval(Duration.ZERO) // the demo delivers and expires when it says
                .client(client);
        if (jdbcUrl != null) {
            builder.jdbcUrl(jdbcUrl);
        }
        return builder.start(address);
    }

    // ---- 1. Authentication

    private void authentication(JdbcCpo cpo, Emsp emsp, OcpiClient otherClient) {
        transcript.section("Authentication: the credentials handshake, tokens, and each party's own data");
        String[] tokenA = new String[1];
        transcript.step("The CPO creates a token A for the eMSP and hands it over out of band", () -> {
            tokenA[0] = cpo.newTokenA("emsp");
            return "token A " + masked(tokenA[0]) + ", kept by the CPO as a pending party";
        });
        transcript.step(
                "The eMSP registers with token A: it reads the CPO's versions and endpoints and POSTs its credentials"
                        + " with a new token B; the CPO reads the eMSP's endpoints with token B and answers token C",
                () -> {
                    Party theCpo = emsp.register(cpo.versionsUrl(), tokenA[0]);
                    Party theEmsp = cpo.server().partyStore().findById("emsp").orElseThrow();
                    expectEqual(Party.Status.REGISTERED, theCpo.status(), "the CPO at the eMSP");
                    expectEqual(Party.Status.REGISTERED, theEmsp.status(), "the eMSP at the CPO");
                    expect(!tokenA[0].equals(theEmsp.incomingToken()), "token A replaced by token C");
                    return "both registered; the eMSP keeps "
                            + theCpo.endpoints().size() + " endpoints of the CPO," + " the CPO "
                            + theEmsp.endpoints().size() + " of the eMSP; tokens B and C differ from A";
                });
        transcript.step("Token A no longer opens anything", () -> {
            try {
                otherClient.connect(cpo.versionsUrl(), tokenA[0]);
            } catch (OcpiHttpException e) {
                expectEqual(401, e.httpStatus(), "HTTP status with token A");
                return "401 Unauthorized";
            }
            throw new Transcript.Unexpected("token A was still accepted");
        });
        transcript.step("The eMSP pushes its tokens to the CPO's Tokens Receiver", () -> {
            int pushed = emsp.pushTokens();
            expectEqual(SampleTokens.COUNT, pushed, "tokens pushed");
            return pushed + " tokens PUT, RFID cards and app users";
        });
        transcript.step("The eMSP blocks card " + BLOCKED_CARD + " (lost by its driver) and tells the CPO", () -> {
            emsp.block(BLOCKED_CARD);
            return "PATCH valid: false";
        });
        transcript.step(
                "Card " + BLOCKED_CARD + " is held to the reader of EVSE " + LOCATION + "-4: the CPO asks the eMSP in"
                        + " real time",
                () -> {
                    AllowedType answer = cpo.authorizeCard(LOCATION, LOCATION + "-4", BLOCKED_CARD);
                    expectEqual(AllowedType.BLOCKED, answer, "the charger's decision");
                    return "the eMSP answers BLOCKED: the charger refuses the card";
                });
        transcript.step("Another eMSP, DE-OTH, with its own token at the CPO, tries to read NL-EMS's data", () -> {
            cpo.preRegister("DE", "OTH", "token-of-oth");
            Partner other = otherClient.connect(cpo.versionsUrl(), "token-of-oth");
            boolean token = other.v221()
                    .tokensReceiver()
                    .token("NL", "EMS", SampleTokens.RFID_VALID, TokenType.RFID)
                    .isPresent();
            long sessions = other.v221().sessionsSender().stream(ListQuery.all().dateFrom(Instant.EPOCH))
                    .count();
            long cdrs = other.v221().cdrsSender().stream(ListQuery.all()).count();
            expect(!token, "NL-EMS's token hidden from DE-OTH");
            expectEqual(0L, sessions, "sessions DE-OTH sees");
            expectEqual(0L, cdrs, "CDRs DE-OTH sees");
            return "404 for NL-EMS's token, and no sessions or CDRs: each party sees only its own";
        });
    }

    // ---- 2. Reservations

    private String reservations(JdbcCpo cpo, Emsp emsp) {
        transcript.section("Reservations: RESERVE_NOW, CANCEL_RESERVATION, expiry, an occupied EVSE");
        String evse1 = LOCATION + "-1";
        String evse2 = LOCATION + "-2";
        String evse3 = LOCATION + "-3";
        transcript.step(
                "RESERVE_NOW R-1: " + DRIVER + " reserves EVSE " + evse1 + " for two hours; the CPO answers at once,"
                        + " the charger's result follows at the eMSP's response_url",
                () -> {
                    String result = reserve(cpo, emsp, "R-1", evse1, DRIVER, Duration.ofHours(2));
                    expectEqual(Status.RESERVED, status(cpo, evse1), "EVSE " + evse1);
                    return result + "; EVSE " + evse1 + " is RESERVED";
                });
        transcript.step("RESERVE_NOW R-2 on EVSE " + evse2 + ", then CANCEL_RESERVATION R-2", () -> {
            reserve(cpo, emsp, "R-2", evse2, "APP0002", Duration.ofHours(1));
            CommandResponse response = emsp.cancelReservation("R-2");
            expectEqual(CommandResponseType.ACCEPTED, response.result(), "CommandResponse to the cancel");
            CommandResult result = awaitResult(emsp, CommandType.CANCEL_RESERVATION, "R-2");
            cpo.deliverPending();
            expectEqual(CommandResultType.CANCELED_RESERVATION, result.result(), "CommandResult of the cancel");
            expectEqual(Status.AVAILABLE, status(cpo, evse2), "EVSE " + evse2);
            return "CommandResponse ACCEPTED, CommandResult CANCELED_RESERVATION; EVSE " + evse2 + " is AVAILABLE";
        });
        transcript.step("RESERVE_NOW R-3 on EVSE " + evse3 + " for 15 minutes, never used; 20 minutes pass", () -> {
            reserve(cpo, emsp, "R-3", evse3, "APP0003", Duration.ofMinutes(15));
            clock.advance(Duration.ofMinutes(20));
            int expired = cpo.expireReservations();
            cpo.deliverPending();
            expectEqual(1, expired, "reservations expired");
            expectEqual(Status.AVAILABLE, status(cpo, evse3), "EVSE " + evse3);
            return "R-3 expired at " + local(clock.instant().minus(Duration.ofMinutes(5))) + "; EVSE " + evse3
                    + " is AVAILABLE again";
        });
        transcript.step("RESERVE_NOW R-4 on EVSE " + evse1 + ", which R-1 holds", () -> {
            CommandResponse response =
                    emsp.reserveNow(LOCATION, evse1, "APP0004", clock.instant().plus(Duration.ofHours(1)), "R-4");
            expectEqual(CommandResponseType.REJECTED, response.result(), "CommandResponse");
            return "CommandResponse REJECTED: " + text(response);
        });
        return evse1;
    }

    private String reserve(
            JdbcCpo cpo, Emsp emsp, String reservationId, String evseUid, String tokenUid, Duration length) {
        CommandResponse response =
                emsp.reserveNow(LOCATION, evseUid, tokenUid, clock.instant().plus(length), reservationId);
        expectEqual(CommandResponseType.ACCEPTED, response.result(), "CommandResponse to " + reservationId);
        CommandResult result = awaitResult(emsp, CommandType.RESERVE_NOW, reservationId);
        expectEqual(CommandResultType.ACCEPTED, result.result(), "CommandResult of " + reservationId);
        cpo.deliverPending(); // the reservation's session
        return "CommandResponse ACCEPTED (timeout " + response.timeout() + " s), CommandResult ACCEPTED";
    }

    // ---- 3. Transactions

    private void transactions(JdbcCpo cpo, Emsp emsp, String evse) {
        transcript.section("Transactions: START_SESSION, the session as it charges, STOP_SESSION, the CDR");
        String[] sessionId = new String[1];
        transcript.step(
                "START_SESSION: " + DRIVER + " starts charging at EVSE " + evse + " on reservation R-1 (its"
                        + " authorization_reference); the eMSP authorized " + DRIVER + " by sending the command, so"
                        + " the CPO passes it to the charger without checking the token or asking the eMSP again",
                () -> {
                    CommandResponse response = emsp.startSession(LOCATION, evse, null, DRIVER, "R-1");
                    expectEqual(CommandResponseType.ACCEPTED, response.result(), "CommandResponse");
                    CommandResult result = awaitResult(emsp, CommandType.START_SESSION, "R-1");
                    expectEqual(CommandResultType.ACCEPTED, result.result(), "CommandResult");
                    cpo.deliverPending();
                    Session session = cpo.sessionAt(LOCATION, evse).orElseThrow();
                    sessionId[0] = session.id().value();
                    chargedSession = sessionId[0];
                    expectEqual(SessionStatus.ACTIVE, session.status(), "session at the CPO");
                    expectEqual(
                            SessionStatus.ACTIVE,
                            emspSession(emsp, sessionId[0]).status(),
                            "session at the eMSP");
                    expect(
                            emsp.received().stream()
                                    .noneMatch(r -> r.toString().startsWith("POST tokens " + DRIVER + "/authorize")),
                            "no real-time authorization of " + DRIVER + ": the command authorizes it");
                    return "no real-time authorization, CommandResult ACCEPTED; session " + sessionId[0]
                            + " ACTIVE at both; EVSE " + status(cpo, evse);
                });
        BigDecimal[] kwh = {BigDecimal.ZERO};
        transcript.step(
                "The car charges at 11 kW until it is full: every 30 minutes the charger reports its meter, and the"
                        + " CPO PATCHes the eMSP's session with its charging periods, kWh and cost",
                () -> {
                    Session session = null;
                    for (int reading = 1; reading <= 3; reading++) {
                        clock.advance(Duration.ofMinutes(30));
                        kwh[0] = kwh[0].add(new BigDecimal("5.5"));
                        BigDecimal power = reading < 3 ? new BigDecimal("11") : BigDecimal.ZERO; // full at the third
                        session = cpo.meter(sessionId[0], clock.instant(), kwh[0], power);
                        cpo.deliverPending();
                    }
                    Session atEmsp = emspSession(emsp, sessionId[0]);
                    expectEqual(session.kwh(), atEmsp.kwh(), "kWh at the eMSP");
                    expectEqual(session.totalCost(), atEmsp.totalCost(), "cost at the eMSP");
                    return "at " + local(clock.instant()) + ": " + atEmsp.kwh().toPlainString() + " kWh, "
                            + money(atEmsp.totalCost(), atEmsp.currency()) + " at the eMSP, as at the CPO";
                });
        transcript.step(
                "The car parks on, past 18:00 when parking stops being paid; the eMSP goes offline, and the driver"
                        + " ends the session in the app: STOP_SESSION",
                () -> {
                    emsp.stop();
                    clock.advance(Duration.ofMinutes(30));
                    cpo.meter(sessionId[0], clock.instant(), kwh[0], BigDecimal.ZERO);
                    cpo.deliverPending();
                    CommandResponse response = emsp.stopSession(sessionId[0]);
                    expectEqual(CommandResponseType.ACCEPTED, response.result(), "CommandResponse");
                    List<OutboxEntry> waiting = awaitPending(cpo, 4);
                    waiting.forEach(e -> transcript.line("waiting: " + e.describe()));
                    return waiting.size() + " pushes wait in the CPO's outbox, in order";
                });
        transcript.step("The eMSP is back: the CPO delivers what waited, in order; nothing is lost", () -> {
            emsp.restart();
            cpo.deliverPending();
            expect(cpo.pending().isEmpty(), "an empty outbox, not " + cpo.pending());
            CommandResult stopped = awaitResult(emsp, CommandType.STOP_SESSION, sessionId[0]);
            expectEqual(CommandResultType.ACCEPTED, stopped.result(), "CommandResult of the stop");
            Session atEmsp = emspSession(emsp, sessionId[0]);
            expectEqual(SessionStatus.COMPLETED, atEmsp.status(), "session at the eMSP");
            expectEqual(0, kwh[0].compareTo(atEmsp.kwh()), "kWh at the eMSP " + atEmsp.kwh() + " = " + kwh[0]);
            expect(cdr(emsp, sessionId[0]).isPresent(), "the CDR at the eMSP");
            atEmsp.chargingPeriods()
                    .forEach(p -> transcript.line("period from " + local(p.startDateTime()) + ": "
                            + p.dimensions().stream()
                                    .map(d -> d.type() + " "
                                            + d.volume().stripTrailingZeros().toPlainString())
                                    .collect(Collectors.joining(", "))));
            return "CommandResult ACCEPTED; session COMPLETED with "
                    + atEmsp.kwh().toPlainString() + " kWh in "
                    + atEmsp.chargingPeriods().size() + " charging periods; the CDR";
        });
        transcript.step(
                "The eMSP checks the CDR it is billed: ocpi4j's Pricing recomputes its costs from the tariff", () -> {
                    CDR cdr = cdr(emsp, sessionId[0]).orElseThrow();
                    expect(!cdr.tariffs().isEmpty(), "the CDR's tariff");
                    Tariff tariff = cdr.tariffs().get(0);
                    PricingResult recomputed = Pricing.price(tariff, cdr, AMSTERDAM);
                    expectEqual(cdr.totalCost(), recomputed.totalCost(), "total_cost");
                    expectEqual(cdr.totalEnergyCost(), recomputed.totalEnergyCost(), "total_energy_cost");
                    expectEqual(cdr.totalTimeCost(), recomputed.totalTimeCost(), "total_time_cost");
                    expectEqual(cdr.totalParkingCost(), recomputed.totalParkingCost(), "total_parking_cost");
                    expectEqual(cdr.totalFixedCost(), recomputed.totalFixedCost(), "total_fixed_cost");
                    recomputed.explanation().stream()
                            .filter(line -> line.costExclVat().signum() != 0)
                            .forEach(line -> transcript.line("billed: " + line.dimension() + " "
                                    + line.quantity().toPlainString() + " at "
                                    + line.price().toPlainString() + " = "
                                    + line.costExclVat().toPlainString() + " excl. VAT (" + line.note() + ")"));
                    return "CDR " + cdr.id() + " under tariff " + tariff.id() + ": total_cost "
                            + money(cdr.totalCost(), cdr.currency()) + " (energy "
                            + cdr.totalEnergy().toPlainString()
                            + " kWh, " + cdr.totalTime().toPlainString() + " h): the same to the cent";
                });
    }

    // ---- 4. Lists

    private void pulls(Emsp emsp) {
        transcript.section("The eMSP pulls the CPO's lists through all their pages");
        transcript.step("Locations", () -> pulled(emsp.pullLocations()));
        transcript.step("Tariffs", () -> {
            Pulled tariffs = emsp.pullTariffs();
            expect(tariffs.objects() > 0, "tariffs");
            return tariffs.toString();
        });
        transcript.step("Sessions of NL-EMS's tokens", () -> pulled(emsp.pullSessions(Instant.EPOCH)));
        transcript.step("CDRs of NL-EMS's tokens", () -> pulled(emsp.pullCdrs()));
    }

    // ---- 5. Two versions

    private void twoVersions(JdbcCpo cpo, Emsp emsp, Emsp next) {
        transcript.section("Two versions at one CPO: an eMSP on OCPI 2.3.0 beside the one on 2.2.1");
        transcript.step(
                "A second eMSP, NL-NXT, which speaks OCPI 2.3.0 only, registers with a token A of its own: both sides"
                        + " agree on 2.3.0 and the CPO reads NL-NXT's 2.3.0 endpoints",
                () -> {
                    Party theCpo = next.register(cpo.versionsUrl(), cpo.newTokenA("next"));
                    Party atCpo = cpo.server().partyStore().findById("next").orElseThrow();
                    Party first = cpo.server().partyStore().findById("emsp").orElseThrow();
                    expectEqual(V230, theCpo.version(), "the version NL-NXT agreed");
                    expectEqual(V230, atCpo.version(), "NL-NXT's version at the CPO");
                    expectEqual(V221, first.version(), "NL-EMS's version at the CPO");
                    return "NL-NXT registered on " + atCpo.version() + ", NL-EMS stays on " + first.version()
                            + "; one party store, one set of tables";
                });
        transcript.step(
                "NL-EMS reads location " + LOCATION + " in 2.2.1 and NL-NXT in 2.3.0: the same stored location,"
                        + " translated for NL-NXT",
                () -> {
                    Location on221 = emsp.cpo()
                            .v221()
                            .locationsSender()
                            .location(LOCATION)
                            .orElseThrow(() -> new Transcript.Unexpected("NL-EMS got no " + LOCATION));
                    io.github.ocpi4j.model.v230.locations.Location on230 = next.cpo()
                            .v230()
                            .locationsSender()
                            .location(LOCATION)
                            .orElseThrow(() -> new Transcript.Unexpected("NL-NXT got no " + LOCATION));
                    Translated<io.github.ocpi4j.model.v230.locations.Location> translated = V221ToV230.location(on221);
                    expect(translated.isLossless(), "a lossless translation, not " + translated.losses());
                    expectEqual(translated.value(), on230, "the 2.3.0 location, translated from the 2.2.1 one");
                    expectEqual(on221, V230ToV221.location(on230).value(), "the 2.2.1 location, back from 2.3.0");
                    return on230.evses().size() + " EVSEs, the same in both versions; 2.3.0's own fields"
                            + " (parking_places, help_phone) are absent, as 2.2.1 has none to fill them";
                });
        transcript.step(
                "NL-NXT asks for CDRs in 2.3.0: the CDRs are NL-EMS's, and a party sees only its own in every"
                        + " version",
                () -> {
                    long cdrs = next.cpo().v230().cdrsSender().stream(ListQuery.all())
                            .count();
                    expectEqual(0L, cdrs, "CDRs NL-NXT sees");
                    return "no CDRs: NL-EMS's CDR stays NL-EMS's";
                });
        transcript.step(
                "NL-EMS's CDR of the session above in 2.3.0, translated as the CPO's 2.3.0 interface serves a CDR to"
                        + " its owner (V221ToV230.cdr): each price becomes before_taxes plus a tax VAT, of equal value",
                () -> {
                    CDR on221 = cdr(emsp, chargedSession)
                            .orElseThrow(() -> new Transcript.Unexpected("NL-EMS holds no CDR of " + chargedSession));
                    io.github.ocpi4j.model.v230.cdrs.CDR on230 =
                            V221ToV230.cdr(on221).value();
                    samePrice(on221.totalCost(), on230.totalCost(), "total_cost");
                    samePrice(on221.totalEnergyCost(), on230.totalEnergyCost(), "total_energy_cost");
                    samePrice(on221.totalParkingCost(), on230.totalParkingCost(), "total_parking_cost");
                    return "total_cost " + money(on221.totalCost(), on221.currency()) + " in 2.2.1 = before_taxes "
                            + on230.totalCost().beforeTaxes().toPlainString() + " + VAT "
                            + on230.totalCost().taxes().get(0).amount().toPlainString() + " in 2.3.0";
                });
    }

    /** A 2.3.0 price of a 2.2.1 one: {@code before_taxes = excl_vat}, and the taxes add up to {@code incl_vat}. */
    private static void samePrice(
            @Nullable Price on221, io.github.ocpi4j.model.v230.types.@Nullable Price on230, String field) {
        if (on221 == null || on230 == null) {
            expect(on221 == null && on230 == null, field + " in both versions or in neither");
            return;
        }
        expectEqual(0, on221.exclVat().compareTo(on230.beforeTaxes()), field + ": before_taxes = excl_vat");
        BigDecimal taxes = on230.taxes().stream()
                .map(io.github.ocpi4j.model.v230.types.TaxAmount::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        expect(on221.inclVat() != null, field + ".incl_vat");
        expectEqual(
                0,
                on221.inclVat().compareTo(on230.beforeTaxes().add(taxes)),
                field + ": before_taxes + taxes = incl_vat");
    }

    private static String pulled(Pulled pulled) {
        expect(pulled.pages() > 1, "several pages, not " + pulled.pages());
        return pulled.toString();
    }

    // ---- helpers

    private static CommandResult awaitResult(Emsp emsp, CommandType type, String id) {
        return emsp.awaitResult(type, id, WAIT)
                .orElseThrow(() -> new Transcript.Unexpected(
                        "no CommandResult of " + type + " " + id + " within " + WAIT.toSeconds() + " s"));
    }

    /** Waits until the CPO's outbox holds this many pushes: the charger carries commands out on its own thread. */
    private static List<OutboxEntry> awaitPending(JdbcCpo cpo, int count) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (cpo.pending().size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        List<OutboxEntry> pending = cpo.pending();
        expectEqual(
                count,
                pending.size(),
                "pushes waiting: " + pending.stream().map(OutboxEntry::describe).collect(Collectors.joining(", ")));
        return pending;
    }

    private static Session emspSession(Emsp emsp, String sessionId) {
        return emsp.sessions().stream()
                .filter(s -> s.id().value().equals(sessionId))
                .findFirst()
                .orElseThrow(() -> new Transcript.Unexpected("the eMSP has no session " + sessionId));
    }

    private static Optional<CDR> cdr(Emsp emsp, String sessionId) {
        return emsp.cdrs().stream()
                .filter(c -> c.sessionId() != null && c.sessionId().value().equals(sessionId))
                .findFirst();
    }

    private static Status status(JdbcCpo cpo, String evseUid) {
        return cpo.evseStatus(LOCATION, evseUid).orElseThrow();
    }

    private static String text(CommandResponse response) {
        return response.message().isEmpty()
                ? "(no message)"
                : response.message().get(0).text();
    }

    private static String local(Instant instant) {
        return instant.atZone(AMSTERDAM).toLocalTime().toString();
    }

    private static String money(@Nullable Price price, Object currency) {
        return price == null
                ? "no cost yet"
                : price.exclVat().toPlainString() + " " + currency + " excl. VAT, "
                        + (price.inclVat() == null ? "?" : price.inclVat().toPlainString()) + " incl. VAT";
    }

    private static String masked(String token) {
        return token.substring(0, Math.min(6, token.length())) + "...";
    }
}
