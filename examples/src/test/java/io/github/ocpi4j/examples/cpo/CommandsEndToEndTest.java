package io.github.ocpi4j.examples.cpo;

import static io.github.ocpi4j.examples.cpo.FakeEmsp.await;
import static io.github.ocpi4j.examples.cpo.Fixtures.AMSTERDAM;
import static io.github.ocpi4j.examples.cpo.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ocpi4j.examples.cpo.Fixtures.MovableClock;
import io.github.ocpi4j.model.OcpiStatusCode;
import io.github.ocpi4j.model.OcpiStatusException;
import io.github.ocpi4j.model.v221.cdrs.CDR;
import io.github.ocpi4j.model.v221.cdrs.CdrDimensionType;
import io.github.ocpi4j.model.v221.commands.CommandResponse;
import io.github.ocpi4j.model.v221.commands.CommandResponseType;
import io.github.ocpi4j.model.v221.commands.CommandResult;
import io.github.ocpi4j.model.v221.commands.CommandResultType;
import io.github.ocpi4j.model.v221.commands.CommandType;
import io.github.ocpi4j.model.v221.commands.ReserveNow;
import io.github.ocpi4j.model.v221.commands.StartSession;
import io.github.ocpi4j.model.v221.commands.StopSession;
import io.github.ocpi4j.model.v221.commands.UnlockConnector;
import io.github.ocpi4j.model.v221.locations.Status;
import io.github.ocpi4j.model.v221.pricing.Pricing;
import io.github.ocpi4j.model.v221.sessions.Session;
import io.github.ocpi4j.model.v221.sessions.SessionStatus;
import io.github.ocpi4j.model.v221.tokens.AllowedType;
import io.github.ocpi4j.model.v221.tokens.Token;
import io.github.ocpi4j.model.v221.tokens.TokenType;
import io.github.ocpi4j.model.v221.tokens.WhitelistType;
import io.github.ocpi4j.model.v221.types.DisplayText;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The CPO's commands end to end over loopback: the eMSP NL-EMS (ocpi4j's own server and client) registers with token
 * A, pushes its tokens, and sends commands; the CPO answers each at once, carries it out, and posts the result,
 * the sessions and the CDR back to the eMSP.
 */
class CommandsEndToEndTest {
    private final Loopback loopback = new Loopback();
    private final MovableClock clock = loopback.clock;
    private final FakeEmsp emsp = loopback.emsp;
    private final JdbcCpo cpo = loopback.cpo;
    private final Token rfid = loopback.rfid;
    private final Token askFirst = loopback.askFirst;

    @AfterEach
    void close() {
        loopback.close();
    }

    // ---- RESERVE_NOW

    /**
     * A successful reservation creates a Session that the CPO pushes ({@code [[mod_commands_reservenow_object]]},
     * {@code [[mod_sessions_reservation]]}); its connector is not chosen yet, so {@code #NA} ({@code
     * [[transport_and_format_not_available]]}).
     */
    @Test
    void reserveNowOnAnAvailableEvseIsAcceptedThenReportedWithItsReservationSession() {
        CommandResponse response = reserve("R1", "LOC1-1", rfid, NOW.plus(Duration.ofMinutes(30)));

        assertThat(response.result()).isEqualTo(CommandResponseType.ACCEPTED);
        assertThat(response.timeout()).isPositive();
        assertThat(emsp.awaitResult(CommandType.RESERVE_NOW, "R1").result()).isEqualTo(CommandResultType.ACCEPTED);
        assertThat(cpo.evseStatus("LOC1", "LOC1-1")).contains(Status.RESERVED);
        Session session = cpo.sessionAt("LOC1", "LOC1-1").orElseThrow();
        assertThat(session.status()).isEqualTo(SessionStatus.RESERVATION);
        assertThat(session.connectorId().value()).isEqualTo("#NA");
        await(
                "the reservation's session at the eMSP",
                () -> emsp.session(session.id()).isPresent());
        assertThat(emsp.session(session.id())).contains(session);
    }

    @Test
    void reserveNowOnAnOccupiedOrReservedEvseIsRejectedWithAMessage() {
        reserve("R1", "LOC1-1", rfid, NOW.plus(Duration.ofMinutes(30)));
        emsp.awaitResult(CommandType.RESERVE_NOW, "R1");

        CommandResponse occupied = reserve("R2", "LOC1-3", rfid, NOW.plus(Duration.ofMinutes(30)));
        CommandResponse reserved = reserve("R3", "LOC1-1", askFirst, NOW.plus(Duration.ofMinutes(30)));

        assertThat(occupied.result()).isEqualTo(CommandResponseType.REJECTED);
        assertThat(occupied.message()).extracting(DisplayText::text).containsExactly("EVSE LOC1-3 is CHARGING");
        assertThat(reserved.result()).isEqualTo(CommandResponseType.REJECTED);
        assertThat(reserved.message()).extracting(DisplayText::text).containsExactly("EVSE LOC1-1 is RESERVED");
        assertThat(cpo.evseStatus("LOC1", "LOC1-3")).contains(Status.CHARGING);
    }

    /**
     * The same {@code reservation_id} at the same location replaces the reservation ({@code
     * [[mod_commands_reservenow_object]]}).
     */
    @Test
    void reserveNowWithTheSameReservationIdReplacesTheReservationAndMovesItsSession() {
        reserve("R1", "LOC1-1", rfid, later());
        emsp.awaitResult(CommandType.RESERVE_NOW, "R1");
        Session first = cpo.sessionAt("LOC1", "LOC1-1").orElseThrow();

        ReserveNow moved = reservation("R1", "LOC1-2", rfid, later().plus(Duration.ofHours(1))).toBuilder()
                .responseUrl(emsp.responseUrl(CommandType.RESERVE_NOW, "R1-again"))
                .build();
        assertThat(emsp.cpo().commandsReceiver().reserveNow(moved).result()).isEqualTo(CommandResponseType.ACCEPTED);
        emsp.awaitResult(CommandType.RESERVE_NOW, "R1-again");

        assertThat(cpo.evseStatus("LOC1", "LOC1-1")).contains(Status.AVAILABLE);
        assertThat(cpo.evseStatus("LOC1", "LOC1-2")).contains(Status.RESERVED);
        Session second = cpo.sessionAt("LOC1", "LOC1-2").orElseThrow();
        assertThat(second.id().value()).isEqualTo(first.id().value());
        assertThat(second.startDateTime()).isEqualTo(first.startDateTime());
        clock.advance(Duration.ofMinutes(61));
        assertThat(cpo.expireReservations())
                .as("the replacement's expiry date holds")
                .isZero();
    }

    /**
     * The CPO passes RESERVE_NOW on without checking the token, and asks the eMSP nothing about it ({@code
     * [[mod_commands_reservenow_object]]}): an RFID token never pushed is reserved for, while one the eMSP pushed as
     * blocked is refused by the charger, in the CommandResult, not by the CPO's answer.
     */
    @Test
    void reserveNowIsAcceptedWhateverTheTokenAndTheChargerRefusesOneTheEmspBlocked() {
        Token blocked = Fixtures.token("EMS", "RFID-9", false, WhitelistType.NEVER);
        emsp.cpo().tokensReceiver().put(blocked);
        Token unknown = Fixtures.token("EMS", "RFID-0", true, WhitelistType.NEVER);

        CommandResponse toBlocked =
                reserve("R1", "LOC1-1", blocked.toBuilder().valid(true).build(), later());
        CommandResponse toUnknown = reserve("R2", "LOC1-2", unknown, later());

        assertThat(toBlocked.result()).isEqualTo(CommandResponseType.ACCEPTED);
        assertThat(toUnknown.result()).isEqualTo(CommandResponseType.ACCEPTED);
        CommandResult ofBlocked = emsp.awaitResult(CommandType.RESERVE_NOW, "R1");
        assertThat(ofBlocked.result()).isEqualTo(CommandResultType.REJECTED);
        assertThat(ofBlocked.message())
                .extracting(DisplayText::text)
                .containsExactly("the charger refuses token RFID-9: its eMSP marked it not valid");
        assertThat(emsp.awaitResult(CommandType.RESERVE_NOW, "R2").result()).isEqualTo(CommandResultType.ACCEPTED);
        assertThat(cpo.evseStatus("LOC1", "LOC1-1")).contains(Status.AVAILABLE);
        assertThat(cpo.evseStatus("LOC1", "LOC1-2")).contains(Status.RESERVED);
        assertThat(emsp.authorizations).isEmpty();
    }

    /**
     * A refusal that quotes what the eMSP sent stays a valid answer ({@code [[types_displaytext_class]]}): an EVSE uid
     * with markup is quoted without it, not answered OCPI 3000 because the message would break the rules.
     */
    @Test
    void refusalQuotingMarkupTheEmspSentIsAValidAnswer() {
        CommandResponse response = reserve("R1", "<b>E1</b>", rfid, later());

        assertThat(response.result()).isEqualTo(CommandResponseType.REJECTED);
        assertThat(response.message())
                .extracting(DisplayText::text)
                .containsExactly("location LOC1 has no EVSE < b>E1< /b>");
    }

    /** The eMSP may use tokens it never pushed, APP_USER ones especially ({@code [[mod_commands_reservenow_object]]}). */
    @Test
    void reserveNowWithAnAppUserTokenTheEmspNeverPushedIsAccepted() {
        Token app = Fixtures.token("EMS", "APP-1", true, WhitelistType.ALWAYS).toBuilder()
                .type(TokenType.APP_USER)
                .build();

        assertThat(reserve("R1", "LOC1-2", app, later()).result()).isEqualTo(CommandResponseType.ACCEPTED);
        assertThat(emsp.awaitResult(CommandType.RESERVE_NOW, "R1").result()).isEqualTo(CommandResultType.ACCEPTED);
    }

    @Test
    void reserveNowOfAnEvseThatCannotBeReservedIsNotSupported() {
        CommandResponse response = reserve("R1", "LOC1-4", rfid, later());

        assertThat(response.result()).isEqualTo(CommandResponseType.NOT_SUPPORTED);
        assertThat(response.message()).extracting(DisplayText::text).containsExactly("EVSE LOC1-4 cannot be reserved");
    }

    @Test
    void aCommandAtAnUnknownLocationIsStatus2003() {
        ReserveNow command = reservation("R1", "LOC1-1", rfid, later()).toBuilder()
                .locationId("NOWHERE")
                .build();

        OcpiStatusException e = catchThrowableOfType(
                OcpiStatusException.class, () -> emsp.cpo().commandsReceiver().reserveNow(command));

        assertThat(e.statusCode()).isEqualTo(OcpiStatusCode.UNKNOWN_LOCATION);
        assertThat(e.statusMessage()).isEqualTo("unknown location NOWHERE");
    }

    // ---- CANCEL_RESERVATION and expiry

    /** A reservation that does not lead to charging completes its session ({@code [[mod_sessions_reservation]]}). */
    @Test
    void cancelReservationFreesTheEvseAndCompletesTheSessionThenTheIdIsUnknown() {
        reserve("R1", "LOC1-1", rfid, later());
        emsp.awaitResult(CommandType.RESERVE_NOW, "R1");
        Session session = cpo.sessionAt("LOC1", "LOC1-1").orElseThrow();

        assertThat(cancel("R1", "C1").result()).isEqualTo(CommandResponseType.ACCEPTED);
        CommandResult canceled = emsp.awaitResult(CommandType.CANCEL_RESERVATION, "C1");
        cancel("R1", "C2");
        CommandResult again = emsp.awaitResult(CommandType.CANCEL_RESERVATION, "C2");

        assertThat(canceled.result()).isEqualTo(CommandResultType.CANCELED_RESERVATION);
        assertThat(again.result()).isEqualTo(CommandResultType.UNKNOWN_RESERVATION);
        assertThat(again.message()).extracting(DisplayText::text).containsExactly("no active reservation R1");
        assertThat(cpo.evseStatus("LOC1", "LOC1-1")).contains(Status.AVAILABLE);
        assertThat(cpo.sessionAt("LOC1", "LOC1-1")).isEmpty();
        awaitStatus(session, SessionStatus.COMPLETED);
        assertThat(emsp.session(session.id()).orElseThrow().endDateTime()).isEqualTo(NOW);
    }

    /** An expired reservation completes its session too ({@code [[mod_sessions_reservation]]}). */
    @Test
    void aReservationExpiresAtItsExpiryDateByTheCposClock() {
        reserve("R1", "LOC1-1", rfid, NOW.plus(Duration.ofMinutes(15)));
        emsp.awaitResult(CommandType.RESERVE_NOW, "R1");
        Session session = cpo.sessionAt("LOC1", "LOC1-1").orElseThrow();

        clock.advance(Duration.ofMinutes(14));
        int early = cpo.expireReservations();
        clock.advance(Duration.ofMinutes(1));
        int due = cpo.expireReservations();

        assertThat(early).isZero();
        assertThat(due).isEqualTo(1);
        assertThat(cpo.expireReservations()).isZero();
        assertThat(cpo.evseStatus("LOC1", "LOC1-1")).contains(Status.AVAILABLE);
        awaitStatus(session, SessionStatus.COMPLETED);
        assertThat(emsp.session(session.id()).orElseThrow().endDateTime()).isEqualTo(NOW.plus(Duration.ofMinutes(15)));
    }

    // ---- START_SESSION

    /**
     * A reservation that leads to charging for the same token makes its session ACTIVE ({@code
     * [[mod_sessions_reservation]]}); the token is whitelisted NEVER, yet neither command is authorized in real time
     * by the CPO ({@code [[mod_commands_reservenow_object]]}, {@code [[mod_commands_startsession_object]]}), and the
     * session carries the command's authorization reference.
     */
    @Test
    void startSessionOnTheReservedEvseActivatesTheReservationsSessionWithoutAskingTheEmsp() {
        reserve("R1", "LOC1-2", askFirst, later());
        emsp.awaitResult(CommandType.RESERVE_NOW, "R1");
        Session reservation = cpo.sessionAt("LOC1", "LOC1-2").orElseThrow();
        clock.advance(Duration.ofMinutes(10));

        CommandResponse response = emsp.cpo()
                .commandsReceiver()
                .startSession(StartSession.builder()
                        .responseUrl(emsp.responseUrl(CommandType.START_SESSION, "S1"))
                        .token(askFirst)
                        .locationId("LOC1")
                        .authorizationReference("AUTH-S1")
                        .build());

        assertThat(response.result()).isEqualTo(CommandResponseType.ACCEPTED);
        assertThat(emsp.awaitResult(CommandType.START_SESSION, "S1").result()).isEqualTo(CommandResultType.ACCEPTED);
        assertThat(emsp.authorizations).isEmpty();
        Session active = cpo.sessionAt("LOC1", "LOC1-2").orElseThrow();
        assertThat(active.id().value()).isEqualTo(reservation.id().value());
        assertThat(active.status()).isEqualTo(SessionStatus.ACTIVE);
        assertThat(active.startDateTime()).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
        assertThat(active.connectorId().value()).isEqualTo("1");
        assertThat(active.authorizationReference().value()).isEqualTo("AUTH-S1");
        assertThat(cpo.evseStatus("LOC1", "LOC1-2")).contains(Status.CHARGING);
        awaitStatus(active, SessionStatus.ACTIVE);
        assertThat(emsp.receivedAbout(active.id()))
                .containsExactly(
                        "PUT session " + active.id() + " RESERVATION", "PUT session " + active.id() + " ACTIVE");
    }

    /**
     * The CPO does not authorize START_SESSION's token in real time, whatever its whitelist or type, even where the
     * eMSP would now answer BLOCKED: the command is the eMSP's authorization ({@code
     * [[mod_commands_startsession_object]]}).
     */
    @Test
    void startSessionIsNeverAuthorizedInRealTimeByTheCpo() {
        emsp.allowed = AllowedType.BLOCKED;
        Token app = Fixtures.token("EMS", "APP-1", true, WhitelistType.NEVER).toBuilder()
                .type(TokenType.APP_USER)
                .build();

        start("S1", "LOC1-1", askFirst);
        start("S2", "LOC1-2", app);

        assertThat(emsp.awaitResult(CommandType.START_SESSION, "S1").result()).isEqualTo(CommandResultType.ACCEPTED);
        assertThat(emsp.awaitResult(CommandType.START_SESSION, "S2").result()).isEqualTo(CommandResultType.ACCEPTED);
        assertThat(emsp.authorizations).isEmpty();
        assertThat(cpo.evseStatus("LOC1", "LOC1-1")).contains(Status.CHARGING);
        assertThat(cpo.evseStatus("LOC1", "LOC1-2")).contains(Status.CHARGING);
    }

    /**
     * The CPO's answer to START_SESSION does not check the token ({@code [[mod_commands_startsession_object]]}); the
     * charger, whose local list holds the copy the eMSP pushed as blocked, refuses it in the CommandResult.
     */
    @Test
    void startSessionWithATokenTheEmspPushedAsBlockedIsRefusedByTheChargerNotTheCpo() {
        Token blocked = Fixtures.token("EMS", "RFID-9", false, WhitelistType.ALWAYS);
        emsp.cpo().tokensReceiver().put(blocked);

        CommandResponse response =
                start("S1", "LOC1-1", blocked.toBuilder().valid(true).build());

        assertThat(response.result()).isEqualTo(CommandResponseType.ACCEPTED);
        CommandResult result = emsp.awaitResult(CommandType.START_SESSION, "S1");
        assertThat(result.result()).isEqualTo(CommandResultType.REJECTED);
        assertThat(result.message())
                .extracting(DisplayText::text)
                .containsExactly("the charger refuses token RFID-9: its eMSP marked it not valid");
        assertThat(cpo.sessionAt("LOC1", "LOC1-1")).isEmpty();
        assertThat(cpo.evseStatus("LOC1", "LOC1-1")).contains(Status.AVAILABLE);
        assertThat(emsp.authorizations).isEmpty();
    }

    @Test
    void startSessionWithAnAlwaysWhitelistedTokenNeedsNoRealTimeAuthorization() {
        start("S1", "LOC1-1", rfid);

        assertThat(emsp.awaitResult(CommandType.START_SESSION, "S1").result()).isEqualTo(CommandResultType.ACCEPTED);
        assertThat(emsp.authorizations).isEmpty();
    }

    @Test
    void startSessionOnAnEvseReservedForAnotherDriverIsRejected() {
        reserve("R1", "LOC1-1", askFirst, later());
        emsp.awaitResult(CommandType.RESERVE_NOW, "R1");

        CommandResponse response = start("S1", "LOC1-1", rfid);

        assertThat(response.result()).isEqualTo(CommandResponseType.REJECTED);
        assertThat(response.message())
                .extracting(DisplayText::text)
                .containsExactly("EVSE LOC1-1 is reserved for another driver");
    }

    // ---- meter readings, STOP_SESSION and the CDR

    /**
     * A PATCH's {@code charging_periods} are added to the eMSP's session ({@code [[mod_sessions_patch_method]]}), so
     * only closed periods, each once, are sent.
     */
    @Test
    void meterReadingsPatchTheSessionWithClosedPeriodsKwhAndCost() {
        Session session = startCharging("LOC1-1");

        Session halfway = cpo.meter(session.id().value(), minutes(30), new BigDecimal("5.5"), new BigDecimal("11"));
        cpo.meter(session.id().value(), minutes(60), new BigDecimal("11"), BigDecimal.ZERO);
        Session parked = cpo.meter(session.id().value(), minutes(90), new BigDecimal("11"), BigDecimal.ZERO);

        assertThat(halfway.kwh()).isEqualByComparingTo("5.5");
        assertThat(halfway.totalCost().exclVat()).isEqualByComparingTo("1.65");
        assertThat(parked.chargingPeriods()).hasSize(2);
        assertThat(parked.chargingPeriods().get(1).dimensions())
                .anyMatch(d -> d.type() == CdrDimensionType.PARKING_TIME);
        assertThat(parked.totalCost().exclVat())
                .as("11 kWh at 0.30, half an hour parked at 2.00")
                .isEqualByComparingTo("4.30");
        await("three PATCHes", () -> emsp.receivedAbout(session.id()).size() == 4);
        assertThat(emsp.receivedAbout(session.id()))
                .containsExactly(
                        "PUT session " + session.id() + " ACTIVE",
                        "PATCH session " + session.id() + " 0 period(s)",
                        "PATCH session " + session.id() + " 0 period(s)",
                        "PATCH session " + session.id() + " 1 period(s)");
        Session atEmsp = emsp.session(session.id()).orElseThrow();
        assertThat(atEmsp.kwh()).isEqualByComparingTo("11");
        assertThat(atEmsp.totalCost()).isEqualTo(parked.totalCost());
        assertThat(atEmsp.chargingPeriods())
                .as("the charging period closed when parking began; the parking period is still open")
                .containsExactly(parked.chargingPeriods().get(0));
    }

    @Test
    void stopSessionCompletesTheSessionAndPostsItsCdrAfterItsLastPatch() {
        Session session = startCharging("LOC1-1");
        cpo.meter(session.id().value(), minutes(45), new BigDecimal("8.25"), new BigDecimal("11"));
        clock.advance(Duration.ofMinutes(75));

        CommandResponse response = emsp.cpo().commandsReceiver().stopSession(stop(session, "STOP1"));

        assertThat(response.result()).isEqualTo(CommandResponseType.ACCEPTED);
        assertThat(emsp.awaitResult(CommandType.STOP_SESSION, "STOP1").result()).isEqualTo(CommandResultType.ACCEPTED);
        await("the CDR", () -> emsp.cdrs.size() == 1);
        CDR cdr = emsp.cdrs.values().iterator().next();
        Session completed = emsp.session(session.id()).orElseThrow();
        assertThat(completed.status()).isEqualTo(SessionStatus.COMPLETED);
        assertThat(completed.endDateTime()).isEqualTo(minutes(75));
        assertThat(completed.chargingPeriods()).isEqualTo(cdr.chargingPeriods());
        assertThat(cdr.sessionId().value()).isEqualTo(session.id().value());
        assertThat(cdr.endDateTime()).isEqualTo(minutes(75));
        assertThat(cdr.totalEnergy())
                .as("11 kW held for the half hour after the last reading")
                .isEqualByComparingTo("13.75");
        assertThat(Pricing.price(cdr.tariffs().get(0), cdr, AMSTERDAM).applyTo(cdr))
                .as("the CDR's totals are what Pricing computes for its periods")
                .isEqualTo(cdr);
        assertThat(cdr.totalCost().exclVat()).isEqualByComparingTo("4.125");
        assertThat(emsp.receivedAbout(session.id()))
                .endsWith(
                        "PATCH session " + session.id() + " 1 period(s)",
                        "POST CDR " + cdr.id() + " of session " + session.id());
        assertThat(cpo.evseStatus("LOC1", "LOC1-1")).contains(Status.AVAILABLE);
        await("every push delivered", () -> cpo.pending().isEmpty());
    }

    @Test
    void stopSessionOfAnUnknownOrFinishedSessionIsRefused() {
        Session session = startCharging("LOC1-1");
        emsp.cpo().commandsReceiver().stopSession(stop(session, "STOP1"));
        emsp.awaitResult(CommandType.STOP_SESSION, "STOP1");

        CommandResponse again = emsp.cpo().commandsReceiver().stopSession(stop(session, "STOP2"));
        CommandResponse unknown = emsp.cpo()
                .commandsReceiver()
                .stopSession(StopSession.builder()
                        .responseUrl(emsp.responseUrl(CommandType.STOP_SESSION, "STOP3"))
                        .sessionId("NO-SUCH-SESSION")
                        .build());

        assertThat(again.result()).isEqualTo(CommandResponseType.REJECTED);
        assertThat(again.message())
                .extracting(DisplayText::text)
                .containsExactly("session " + session.id() + " is COMPLETED");
        assertThat(unknown.result()).isEqualTo(CommandResponseType.UNKNOWN_SESSION);
    }

    // ---- UNLOCK_CONNECTOR

    @Test
    void unlockConnectorIsCarriedOutOnAnUnlockCapableEvseOnly() {
        CommandResponse unlock = emsp.cpo().commandsReceiver().unlockConnector(unlock("LOC1-1", "U1"));
        CommandResponse cannot = emsp.cpo().commandsReceiver().unlockConnector(unlock("LOC1-4", "U2"));

        assertThat(unlock.result()).isEqualTo(CommandResponseType.ACCEPTED);
        assertThat(emsp.awaitResult(CommandType.UNLOCK_CONNECTOR, "U1").result())
                .isEqualTo(CommandResultType.ACCEPTED);
        assertThat(cannot.result()).isEqualTo(CommandResponseType.NOT_SUPPORTED);
    }

    // ---- helpers

    private Session startCharging(String evseUid) {
        return loopback.startCharging(evseUid);
    }

    private void awaitStatus(Session session, SessionStatus status) {
        loopback.awaitStatus(session, status);
    }

    private static Instant minutes(int minutes) {
        return Loopback.minutes(minutes);
    }

    private static Instant later() {
        return NOW.plus(Duration.ofHours(1));
    }

    private ReserveNow reservation(String id, String evseUid, Token token, Instant expiry) {
        return loopback.reservation(id, evseUid, token, expiry);
    }

    // ---- an RFID card at a charger

    /** ALWAYS: real-time authorization is not allowed ({@code [[mod_tokens_whitelisttype_enum]]}). */
    @Test
    void cardWhitelistedAlwaysIsDecidedFromThePushedCopyWithoutAskingTheEmsp() {
        Token blocked = Fixtures.token("EMS", "RFID-9", false, WhitelistType.ALWAYS);
        emsp.cpo().tokensReceiver().put(blocked);

        assertThat(cpo.authorizeCard("LOC1", "LOC1-1", "RFID-1")).isEqualTo(AllowedType.ALLOWED);
        assertThat(cpo.authorizeCard("LOC1", "LOC1-1", "RFID-9")).isEqualTo(AllowedType.BLOCKED);
        assertThat(emsp.authorizations).isEmpty();
    }

    /** NEVER: every use is authorized in real time ({@code [[mod_tokens_whitelisttype_enum]]}). */
    @Test
    void cardWhitelistedNeverIsAuthorizedInRealTimeByItsEmsp() {
        emsp.allowed = AllowedType.BLOCKED;

        assertThat(cpo.authorizeCard("LOC1", "LOC1-2", "RFID-2")).isEqualTo(AllowedType.BLOCKED);
        assertThat(emsp.authorizations).containsExactly("RFID-2 LOC1 [LOC1-2]");
    }

    /** NEVER: whitelisting is forbidden, so no answer means no ({@code [[mod_tokens_whitelisttype_enum]]}). */
    @Test
    void cardWhitelistedNeverIsRefusedWhileItsEmspCannotBeReached() {
        emsp.down();

        assertThat(cpo.authorizeCard("LOC1", "LOC1-2", "RFID-2")).isEqualTo(AllowedType.NOT_ALLOWED);
        assertThat(cpo.authorizeCard("LOC1", "LOC1-2", "RFID-1")).isEqualTo(AllowedType.ALLOWED);
    }

    @Test
    void cardNoEmspPushedIsNotAllowed() {
        assertThat(cpo.authorizeCard("LOC1", "LOC1-1", "RFID-UNKNOWN")).isEqualTo(AllowedType.NOT_ALLOWED);
        assertThat(emsp.authorizations).isEmpty();
    }

    /**
     * The RFID card of a START_SESSION held to the same EVSE's reader within 15 minutes is not authorized in real time
     * ({@code [[mod_commands_startsession_object]]}); at another EVSE, or later, its whitelist decides again.
     */
    @Test
    void cardOfAStartSessionIsAllowedAtItsEvseForFifteenMinutesWithoutAskingTheEmsp() {
        start("S1", "LOC1-2", askFirst);
        emsp.awaitResult(CommandType.START_SESSION, "S1");
        emsp.allowed = AllowedType.BLOCKED;

        clock.advance(Duration.ofMinutes(14));
        AllowedType there = cpo.authorizeCard("LOC1", "LOC1-2", "RFID-2");
        AllowedType elsewhere = cpo.authorizeCard("LOC1", "LOC1-1", "RFID-2");
        clock.advance(Duration.ofMinutes(1));
        AllowedType afterwards = cpo.authorizeCard("LOC1", "LOC1-2", "RFID-2");

        assertThat(there).isEqualTo(AllowedType.ALLOWED);
        assertThat(elsewhere).isEqualTo(AllowedType.BLOCKED);
        assertThat(afterwards).isEqualTo(AllowedType.BLOCKED);
        assertThat(emsp.authorizations).containsExactly("RFID-2 LOC1 [LOC1-1]", "RFID-2 LOC1 [LOC1-2]");
    }

    /**
     * The same for RESERVE_NOW: its RFID card at the reserved EVSE within 15 minutes of the command is not authorized
     * in real time ({@code [[mod_commands_reservenow_object]]}), even when the eMSP never pushed it.
     */
    @Test
    void cardOfAReserveNowIsAllowedAtTheReservedEvseForFifteenMinutesWithoutAskingTheEmsp() {
        Token neverPushed = Fixtures.token("EMS", "RFID-0", true, WhitelistType.NEVER);
        reserve("R1", "LOC1-1", neverPushed, later());
        emsp.awaitResult(CommandType.RESERVE_NOW, "R1");

        clock.advance(Duration.ofMinutes(10));
        AllowedType there = cpo.authorizeCard("LOC1", "LOC1-1", "RFID-0");
        clock.advance(Duration.ofMinutes(5));
        AllowedType afterwards = cpo.authorizeCard("LOC1", "LOC1-1", "RFID-0");

        assertThat(there).isEqualTo(AllowedType.ALLOWED);
        assertThat(afterwards).as("a card no eMSP pushed, past the 15 minutes").isEqualTo(AllowedType.NOT_ALLOWED);
        assertThat(emsp.authorizations).isEmpty();
    }

    private CommandResponse reserve(String id, String evseUid, Token token, Instant expiry) {
        return loopback.reserve(id, evseUid, token, expiry);
    }

    private CommandResponse cancel(String reservationId, String commandId) {
        return loopback.cancel(reservationId, commandId);
    }

    private CommandResponse start(String id, @Nullable String evseUid, Token token) {
        return loopback.start(id, evseUid, token);
    }

    private StopSession stop(Session session, String id) {
        return StopSession.builder()
                .responseUrl(emsp.responseUrl(CommandType.STOP_SESSION, id))
                .sessionId(session.id())
                .build();
    }

    private UnlockConnector unlock(String evseUid, String id) {
        return UnlockConnector.builder()
                .responseUrl(emsp.responseUrl(CommandType.UNLOCK_CONNECTOR, id))
                .locationId("LOC1")
                .evseUid(evseUid)
                .connectorId("1")
                .build();
    }
}
