package io.github.ocpi4j.examples.demo;

import static io.github.ocpi4j.examples.demo.Transcript.expect;
import static io.github.ocpi4j.examples.demo.Transcript.expectEqual;

import io.github.ocpi4j.client.ListQuery;
import io.github.ocpi4j.client.v230.BookingsSenderClient;
import io.github.ocpi4j.examples.cpo.JdbcCpo;
import io.github.ocpi4j.examples.emsp.Emsp;
import io.github.ocpi4j.model.v221.cdrs.CDR;
import io.github.ocpi4j.model.v221.commands.CommandResponseType;
import io.github.ocpi4j.model.v221.commands.CommandResultType;
import io.github.ocpi4j.model.v221.commands.CommandType;
import io.github.ocpi4j.model.v221.sessions.Session;
import io.github.ocpi4j.model.v221.tokens.Token;
import io.github.ocpi4j.model.v230.bookings.Booking;
import io.github.ocpi4j.model.v230.bookings.BookingOption;
import io.github.ocpi4j.model.v230.bookings.BookingRequest;
import io.github.ocpi4j.model.v230.bookings.BookingToken;
import io.github.ocpi4j.model.v230.bookings.CanceledReason;
import io.github.ocpi4j.model.v230.bookings.Cancellation;
import io.github.ocpi4j.model.v230.bookings.Period;
import io.github.ocpi4j.model.v230.bookings.ReservationRequestStatus;
import io.github.ocpi4j.model.v230.bookings.ReservationStatus;
import io.github.ocpi4j.model.v230.tokens.TokenType;
import io.github.ocpi4j.model.v230.types.Role;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The demo's steps of Bookings 1.1, reservations ahead of time, played by the 2.3.0 eMSP NL-NXT at the CPO: a search
 * for chargers free tomorrow 18:00-19:00 at {@code LOC001}, a booking confirmed asynchronously, a second request for
 * the same slot rejected, a booking moved by an hour and another cancelled within the terms, a no-show, and a
 * booked session whose session and CDR carry the booking's {@code authorization_reference}.
 */
final class BookingsDemo {
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String LOCATION = "LOC001";
    private static final String EVSE = LOCATION + "-2";
    private static final String OTHER_EVSE = LOCATION + "-3";

    private final Transcript transcript;
    private final DemoClock clock;
    private final JdbcCpo cpo;
    private final Emsp next;
    private final Instant sixPm;

    BookingsDemo(Transcript transcript, DemoClock clock, JdbcCpo cpo, Emsp next) {
        this.transcript = transcript;
        this.clock = clock;
        this.cpo = cpo;
        this.next = next;
        this.sixPm = LocalDate.ofInstant(clock.instant(), AMSTERDAM)
                .plusDays(1)
                .atTime(18, 0)
                .atZone(AMSTERDAM)
                .toInstant();
    }

    void play() {
        transcript.section("Reservations ahead of time: Bookings 1.1 between the CPO and NL-NXT (OCPI 2.3.0)");
        transcript.step("NL-NXT searches chargers at " + LOCATION + " free tomorrow 18:00-19:00", () -> {
            List<String> free = sender().bookingLocations(ListQuery.all(), sixPm, sixPm.plus(Duration.ofHours(1)))
                    .map(l -> l.bookingOption().evseUid().value())
                    .sorted()
                    .toList();
            expect(free.contains(EVSE) && free.contains(OTHER_EVSE), EVSE + " and " + OTHER_EVSE + " among " + free);
            return free.size() + " EVSEs free then: " + String.join(", ", free);
        });
        transcript.step(
                "NL-NXT books " + EVSE + " for APP0001 (request B-1); the CPO answers PENDING at once, decides"
                        + " afterwards and pushes the booking to NL-NXT's Bookings Receiver",
                () -> {
                    Booking answer = sender().request(request("B-1", EVSE, sixPm, "APP0001"));
                    expectEqual(ReservationStatus.PENDING, answer.reservationStatus(), "the CPO's first answer");
                    Booking pushed = decided("B-1", ReservationStatus.RESERVED);
                    return "PENDING, then RESERVED at NL-NXT from "
                            + local(pushed.period().startDateTime()) + " to "
                            + local(pushed.period().endDateTime()) + ", authorization_reference "
                            + pushed.authorizationReference();
                });
        transcript.step("NL-NXT asks the same slot on " + EVSE + " for another driver (request B-2)", () -> {
            sender().request(request("B-2", EVSE, sixPm, "APP0002"));
            Booking pushed = decided("B-2", ReservationStatus.REJECTED);
            expectEqual(
                    ReservationRequestStatus.DECLINED,
                    pushed.bookingRequests().get(0).requestStatus(),
                    "the answer to B-2");
            return "REJECTED: " + EVSE + " is booked then, and its terms allow no overlapping bookings";
        });
        transcript.step(
                "NL-NXT moves B-1 by an hour, then books " + OTHER_EVSE + " (B-3) and cancels it within its terms"
                        + " (until 30 minutes before the start)",
                () -> {
                    BookingRequest first = request("B-1", EVSE, sixPm, "APP0001");
                    sender().request(first.toBuilder()
                            .period(period(sixPm.plus(Duration.ofHours(1))))
                            .build());
                    Booking moved = decided("B-1", ReservationStatus.RESERVED);
                    expectEqual(
                            ReservationRequestStatus.ACCEPTED,
                            moved.bookingRequests().get(1).requestStatus(),
                            "the answer to the move");
                    BookingRequest third = request("B-3", OTHER_EVSE, sixPm, "APP0003");
                    sender().request(third);
                    decided("B-3", ReservationStatus.RESERVED);
                    sender().cancel(third, new Cancellation(CanceledReason.TRAFFIC, Role.EMSP));
                    Booking canceled = decided("B-3", ReservationStatus.CANCELED);
                    return "B-1 now " + local(moved.period().startDateTime()) + "-"
                            + local(moved.period().endDateTime()) + "; B-3 " + canceled.reservationStatus()
                            + " (" + canceled.canceled().cancellationReason() + ")";
                });
        transcript.step(
                "B-4 books " + OTHER_EVSE + " tomorrow 12:00-13:00 and nobody comes; time moves to 12:15, the"
                        + " no-show timeout of the terms",
                () -> {
                    Instant noon = sixPm.minus(Duration.ofHours(6));
                    sender().request(request("B-4", OTHER_EVSE, noon, "APP0004"));
                    decided("B-4", ReservationStatus.RESERVED);
                    clock.advance(Duration.between(clock.instant(), noon.plus(Duration.ofMinutes(15))));
                    expectEqual(1, cpo.markNoShows(), "bookings that became no-shows");
                    cpo.deliverPending();
                    expectEqual(ReservationStatus.NO_SHOW, pushed("B-4").reservationStatus(), "B-4 at NL-NXT");
                    return "B-4 is NO_SHOW at " + local(clock.instant()) + ", at the CPO and at NL-NXT";
                });
        transcript.step(
                "At 18:55 APP0001 starts charging at " + EVSE + " with B-1's authorization_reference (starting 10"
                        + " minutes early is allowed), charges for half an hour and stops",
                () -> {
                    clock.advance(Duration.between(clock.instant(), sixPm.plus(Duration.ofMinutes(55))));
                    Booking booked = pushed("B-1");
                    String reference = booked.authorizationReference().value();
                    expectEqual(
                            CommandResponseType.ACCEPTED,
                            next.startSession(LOCATION, EVSE, null, "APP0001", reference)
                                    .result(),
                            "CommandResponse to START_SESSION");
                    expectEqual(
                            CommandResultType.ACCEPTED,
                            result(CommandType.START_SESSION, reference),
                            "CommandResult of START_SESSION");
                    Session session = cpo.sessionAt(LOCATION, EVSE)
                            .orElseThrow(() -> new Transcript.Unexpected("no session at " + EVSE));
                    cpo.deliverPending();
                    expectEqual(ReservationStatus.FULFILLED, pushed("B-1").reservationStatus(), "B-1 at NL-NXT");
                    clock.advance(Duration.ofMinutes(30));
                    cpo.meter(session.id().value(), clock.instant(), new BigDecimal("5.5"), new BigDecimal("11"));
                    next.stopSession(session.id().value());
                    expectEqual(
                            CommandResultType.ACCEPTED,
                            result(CommandType.STOP_SESSION, session.id().value()),
                            "CommandResult of STOP_SESSION");
                    awaitCdr(session);
                    Session atNext = next.sessions().stream()
                            .filter(s -> s.id().equals(session.id()))
                            .findFirst()
                            .orElseThrow(() -> new Transcript.Unexpected("NL-NXT has no session " + session.id()));
                    CDR cdr = cdr(session).orElseThrow();
                    expectEqual(
                            booked.authorizationReference(), atNext.authorizationReference(), "session's reference");
                    expectEqual(booked.authorizationReference(), cdr.authorizationReference(), "CDR's reference");
                    return "B-1 FULFILLED; session and CDR at NL-NXT carry authorization_reference " + reference;
                });
    }

    // ---- helpers

    private BookingsSenderClient sender() {
        return next.cpo().v230().bookingsSender();
    }

    /** The CPO decides what waits and delivers; the booking as NL-NXT then holds it, in the status expected. */
    private Booking decided(String requestId, ReservationStatus expected) {
        cpo.decideBookings();
        cpo.deliverPending();
        Booking booking = pushed(requestId);
        expectEqual(expected, booking.reservationStatus(), requestId + " at NL-NXT");
        return booking;
    }

    private Booking pushed(String requestId) {
        return next.bookings().stream()
                .filter(b -> b.requestId().value().equals(requestId))
                .findFirst()
                .orElseThrow(() -> new Transcript.Unexpected("NL-NXT holds no booking of request " + requestId));
    }

    private CommandResultType result(CommandType type, String id) {
        return next.awaitResult(type, id, WAIT)
                .orElseThrow(() -> new Transcript.Unexpected("no CommandResult of " + type + " " + id))
                .result();
    }

    /** Delivers until NL-NXT has the CDR of the session: the charger stops it on the CPO's own thread. */
    private void awaitCdr(Session session) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (cdr(session).isEmpty() && System.nanoTime() < deadline) {
            cpo.deliverPending();
            Thread.sleep(20);
        }
        expect(
                cdr(session).isPresent(),
                "a CDR of session " + session.id() + " at NL-NXT; waiting: "
                        + cpo.pending().stream().map(Object::toString).collect(Collectors.joining(", ")));
    }

    private Optional<CDR> cdr(Session session) {
        return next.cdrs().stream()
                .filter(c -> session.id().equals(c.sessionId()))
                .findFirst();
    }

    private BookingRequest request(String requestId, String evseUid, Instant start, String tokenUid) {
        Token token = next.tokens().stream()
                .filter(t -> t.uid().value().equals(tokenUid))
                .findFirst()
                .orElseThrow(() -> new Transcript.Unexpected("NL-NXT has no token " + tokenUid));
        return BookingRequest.builder()
                .countryCode("NL")
                .partyId("NXT")
                .requestId(requestId)
                .locationId(LOCATION)
                .bookingLocationId("BL-" + evseUid)
                .bookingOption(BookingOption.builder().evseUid(evseUid).build())
                .tokens(List.of(BookingToken.builder()
                        .countryCode("NL")
                        .partyId("NXT")
                        .uid(tokenUid)
                        .type(TokenType.of(token.type().value()))
                        .contractId(token.contractId())
                        .build()))
                .period(period(start))
                .authorizationReference("AUTH-" + requestId)
                .build();
    }

    /** An hour from {@code start}. */
    private static Period period(Instant start) {
        return Period.builder()
                .startDateTime(start)
                .endDateTime(start.plus(Duration.ofHours(1)))
                .build();
    }

    private static String local(Instant instant) {
        return instant.atZone(AMSTERDAM).toLocalTime().toString();
    }
}
