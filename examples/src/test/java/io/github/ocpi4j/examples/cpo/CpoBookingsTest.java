package io.github.ocpi4j.examples.cpo;

import static io.github.ocpi4j.examples.cpo.FakeEmsp.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.client.ListQuery;
import io.github.ocpi4j.client.v230.BookingsSenderClient;
import io.github.ocpi4j.examples.emsp.Emsp;
import io.github.ocpi4j.model.v221.commands.CommandResponseType;
import io.github.ocpi4j.model.v221.commands.CommandType;
import io.github.ocpi4j.model.v221.sessions.Session;
import io.github.ocpi4j.model.v221.tokens.Token;
import io.github.ocpi4j.model.v230.bookings.Booking;
import io.github.ocpi4j.model.v230.bookings.BookingLocation;
import io.github.ocpi4j.model.v230.bookings.BookingOption;
import io.github.ocpi4j.model.v230.bookings.BookingRequest;
import io.github.ocpi4j.model.v230.bookings.BookingRequestStatus;
import io.github.ocpi4j.model.v230.bookings.BookingToken;
import io.github.ocpi4j.model.v230.bookings.CanceledReason;
import io.github.ocpi4j.model.v230.bookings.Cancellation;
import io.github.ocpi4j.model.v230.bookings.Period;
import io.github.ocpi4j.model.v230.bookings.ReservationRequestStatus;
import io.github.ocpi4j.model.v230.bookings.ReservationStatus;
import io.github.ocpi4j.model.v230.bookings.Timeslot;
import io.github.ocpi4j.model.v230.tokens.TokenType;
import io.github.ocpi4j.model.v230.types.Role;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The example CPO's Bookings 1.1 Sender with the example eMSP NL-NXT on OCPI 2.3.0, over loopback: searches, requests
 * decided by the EVSE's free time and pushed, changes, cancellations, no-shows and fulfilment by a session. The
 * clock stands at Monday 2 March 2026 15:45 in Amsterdam; {@code LOC001}'s EVSEs are bookable 07:00 to 23:00 for a
 * week under {@link CpoBookings#terms()}.
 */
class CpoBookingsTest {
    private static final Instant NOW = Instant.parse("2026-03-02T14:45:00Z");
    /** Tomorrow 18:00 in Amsterdam. */
    private static final Instant SIX_PM = Instant.parse("2026-03-03T17:00:00Z");

    private final Fixtures.MovableClock clock = new Fixtures.MovableClock(NOW);
    private JdbcCpo cpo;
    private Emsp next;

    @BeforeEach
    void start() {
        InetSocketAddress loopback = new InetSocketAddress("127.0.0.1", 0);
        cpo = JdbcCpo.builder()
                .clock(clock)
                .sampleData(true)
                .retryInterval(Duration.ZERO)
                .start(loopback);
        next = Emsp.builder()
                .party("NL", "NXT")
                .versions("2.3.0")
                .clock(clock)
                .sampleData(true)
                .start(loopback);
        next.register(cpo.versionsUrl(), cpo.newTokenA("next"));
    }

    @AfterEach
    void stop() {
        cpo.close();
        next.close();
    }

    // [[mod_bookings_get_booking_locations]]
    @Test
    void aSearchFindsTheEvsesFreeInTheWindowAndNoLongerOneBookedThen() {
        assertThat(search(SIX_PM, SIX_PM.plus(Duration.ofHours(1))))
                .extracting(l -> l.id().value())
                .contains("BL-LOC001-1", "BL-LOC001-2")
                .allMatch(id -> id.startsWith("BL-LOC001-"));

        book("B-1", "BL-LOC001-1", SIX_PM, 60, "APP0001");
        decidedAndPushed("B-1");

        assertThat(search(SIX_PM, SIX_PM.plus(Duration.ofHours(1))))
                .extracting(l -> l.id().value())
                .doesNotContain("BL-LOC001-1")
                .contains("BL-LOC001-2");
        assertThat(search(SIX_PM.plus(Duration.ofHours(1)), SIX_PM.plus(Duration.ofHours(2))))
                .extracting(l -> l.id().value())
                .contains("BL-LOC001-1");
    }

    // [[mod_bookings_cpo_post_booking_method]]
    @Test
    void aRequestIsPendingAtFirstThenReservedAndPushedToTheEmsp() {
        Booking answered = book("B-1", "BL-LOC001-1", SIX_PM, 60, "APP0001");
        assertThat(answered.reservationStatus()).isEqualTo(ReservationStatus.PENDING);
        assertThat(answered.authorizationReference().value()).isEqualTo("AUTH-B-1");

        Booking pushed = decidedAndPushed("B-1");

        assertThat(pushed.reservationStatus()).isEqualTo(ReservationStatus.RESERVED);
        assertThat(pushed.bookingRequests())
                .singleElement()
                .satisfies(r -> assertThat(r.requestStatus()).isEqualTo(ReservationRequestStatus.ACCEPTED));
        assertThat(pushed.bookingOption().evseUid().value()).isEqualTo("LOC001-1");
        assertThat(sender().bookings(ListQuery.all()).map(b -> b.requestId().value()))
                .containsExactly("B-1");
    }

    // [[mod_bookings_get_bookings]]: a party sees only its own bookings; a request id is the eMSP's own
    @Test
    void anotherEmspSeesNoneOfTheseBookingsAndItsOwnRequestIdMakesItsOwnBooking() {
        book("B-1", "BL-LOC001-1", SIX_PM, 60, "APP0001");
        decidedAndPushed("B-1");
        try (Emsp other = Emsp.builder()
                .party("NL", "OTH")
                .versions("2.3.0")
                .clock(clock)
                .start(new InetSocketAddress("127.0.0.1", 0))) {
            other.register(cpo.versionsUrl(), cpo.newTokenA("other"));
            BookingsSenderClient theirs = other.cpo().v230().bookingsSender();

            assertThat(theirs.bookings(ListQuery.all())).isEmpty();
            BookingRequest request = request("B-1", "BL-LOC001-2", SIX_PM, 60, "APP0002").toBuilder()
                    .countryCode("NL")
                    .partyId("OTH")
                    .tokens(List.of())
                    .build();
            Booking own = theirs.request(request);

            assertThat(own.id().value())
                    .isNotEqualTo(pushed("B-1").orElseThrow().id().value());
            assertThat(theirs.bookings(ListQuery.all())).extracting(Booking::id).containsExactly(own.id());
            assertThat(sender().bookings(ListQuery.all()))
                    .extracting(Booking::id)
                    .doesNotContain(own.id());
        }
    }

    // [[mod_bookings_request_class]]: every request with one request_id is about one booking, the later ones changes
    @Test
    void theSameRequestTwiceAtOnceMakesOneBookingWithBothRequestsAnswered() throws Exception {
        BookingRequest request = request("B-1", "BL-LOC001-1", SIX_PM, 60, "APP0001");
        ExecutorService emsp = Executors.newFixedThreadPool(2);
        try {
            List<Future<Booking>> answers = cpo.database().write(c -> {
                // both pass the server's look-up of their request_id, then wait to store a booking
                List<Future<Booking>> sent = List.of(
                        emsp.submit(() -> sender().request(request)), emsp.submit(() -> sender().request(request)));
                await("both requests waiting to write", () -> cpo.database().waitingWriters() == 2);
                return sent;
            });
            // each an answer, neither an HTTP 5xx nor OCPI 3000; the outbox may decide the booking between the two
            // writes, and the later request then sees it reserved
            for (Future<Booking> answer : answers) {
                assertThat(answer.get(30, TimeUnit.SECONDS).reservationStatus())
                        .isIn(ReservationStatus.PENDING, ReservationStatus.RESERVED);
            }
        } finally {
            emsp.shutdownNow();
        }

        Booking booked = decidedAndPushed("B-1");

        assertThat(sender().bookings(ListQuery.all())).singleElement().isEqualTo(booked);
        assertThat(booked.reservationStatus()).isEqualTo(ReservationStatus.RESERVED);
        assertThat(booked.bookingRequests())
                .extracting(BookingRequestStatus::requestStatus)
                .containsExactly(ReservationRequestStatus.ACCEPTED, ReservationRequestStatus.ACCEPTED);
    }

    @Test
    void aSecondRequestForTheSameSlotOfTheSameEvseIsRejectedAnotherEvseIsFree() {
        book("B-1", "BL-LOC001-1", SIX_PM, 60, "APP0001");
        decidedAndPushed("B-1");

        book("B-2", "BL-LOC001-1", SIX_PM.plus(Duration.ofMinutes(30)), 60, "APP0002");
        book("B-3", "BL-LOC001-2", SIX_PM, 60, "APP0002");
        Booking second = decidedAndPushed("B-2");
        Booking third = decidedAndPushed("B-3");

        assertThat(second.reservationStatus()).isEqualTo(ReservationStatus.REJECTED);
        assertThat(second.bookingRequests().get(0).requestStatus()).isEqualTo(ReservationRequestStatus.DECLINED);
        assertThat(third.reservationStatus()).isEqualTo(ReservationStatus.RESERVED);
    }

    // [[mod_bookings_booking_terms_object]]: overlapping_bookings_allowed false, one token is in one booking at a time
    @Test
    void oneTokenCannotHoldTwoOverlappingBookingsEvenOnTwoEvses() {
        book("B-1", "BL-LOC001-1", SIX_PM, 60, "APP0001");
        book("B-2", "BL-LOC001-2", SIX_PM, 60, "APP0001");
        cpo.decideBookings();

        assertThat(decidedAndPushed("B-2").reservationStatus()).isEqualTo(ReservationStatus.REJECTED);
    }

    @Test
    void aMoveByAnHourIsAcceptedAndFreesTheTimeItLeft() {
        BookingRequest request = request("B-1", "BL-LOC001-1", SIX_PM, 60, "APP0001");
        sender().request(request);
        decidedAndPushed("B-1");

        Booking changed = sender().request(request.toBuilder()
                .period(period(SIX_PM.plus(Duration.ofHours(1)), 60))
                .build());
        assertThat(changed.bookingRequests().get(1).requestStatus()).isEqualTo(ReservationRequestStatus.PENDING);
        Booking moved = decidedAndPushed("B-1");

        assertThat(moved.reservationStatus()).isEqualTo(ReservationStatus.RESERVED);
        assertThat(moved.period().startDateTime()).isEqualTo(SIX_PM.plus(Duration.ofHours(1)));
        assertThat(moved.bookingRequests().get(1).requestStatus()).isEqualTo(ReservationRequestStatus.ACCEPTED);
        book("B-2", "BL-LOC001-1", SIX_PM, 60, "APP0002");
        assertThat(decidedAndPushed("B-2").reservationStatus()).isEqualTo(ReservationStatus.RESERVED);
    }

    @Test
    void aMoveOntoAnotherBookingIsDeclinedAndTheBookingStaysAsItWas() {
        book("B-1", "BL-LOC001-1", SIX_PM, 60, "APP0001");
        BookingRequest second = request("B-2", "BL-LOC001-1", SIX_PM.plus(Duration.ofHours(1)), 60, "APP0002");
        sender().request(second);
        cpo.decideBookings();

        sender().request(second.toBuilder().period(period(SIX_PM, 60)).build());
        Booking declined = decidedAndPushed("B-2");

        assertThat(declined.reservationStatus()).isEqualTo(ReservationStatus.RESERVED);
        assertThat(declined.period().startDateTime()).isEqualTo(SIX_PM.plus(Duration.ofHours(1)));
        assertThat(declined.bookingRequests().get(1).requestStatus()).isEqualTo(ReservationRequestStatus.DECLINED);
    }

    // [[mod_bookings_cancellation_class]]
    @Test
    void aCancellationWithinTheTermsEndsTheBookingCanceled() {
        BookingRequest request = request("B-1", "BL-LOC001-1", SIX_PM, 60, "APP0001");
        sender().request(request);
        decidedAndPushed("B-1");

        sender().cancel(request, new Cancellation(CanceledReason.TRAFFIC, Role.EMSP));
        Booking canceled = decidedAndPushed("B-1");

        assertThat(canceled.reservationStatus()).isEqualTo(ReservationStatus.CANCELED);
        assertThat(canceled.canceled().cancellationReason()).isEqualTo(CanceledReason.TRAFFIC);
        assertThat(canceled.bookingRequests().get(1).requestStatus()).isEqualTo(ReservationRequestStatus.ACCEPTED);
    }

    // [[mod_bookings_booking_terms_object]]: noshow_timeout of 15 minutes
    @Test
    void aBookingNobodyCameForBecomesANoShowWhenTheTimeoutPassesByTheCposClock() {
        book("B-1", "BL-LOC001-1", SIX_PM, 60, "APP0001");
        decidedAndPushed("B-1");

        clock.advance(Duration.between(NOW, SIX_PM.plus(Duration.ofMinutes(14))));
        assertThat(cpo.markNoShows()).isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(cpo.markNoShows()).isEqualTo(1);
        cpo.deliverPending();

        assertThat(pushed("B-1").map(Booking::reservationStatus)).contains(ReservationStatus.NO_SHOW);
        assertThat(cpo.markNoShows()).isZero();
    }

    @Test
    void aSessionStartedWithinTheBookingFulfilsItAndCarriesItsAuthorizationReference() {
        book("B-1", "BL-LOC001-1", SIX_PM, 60, "APP0001");
        decidedAndPushed("B-1");
        clock.advance(Duration.between(NOW, SIX_PM.minus(Duration.ofMinutes(5)))); // early start is allowed

        assertThat(next.startSession("LOC001", "LOC001-1", null, "APP0001", "AUTH-B-1")
                        .result())
                .isEqualTo(CommandResponseType.ACCEPTED);
        next.awaitResult(CommandType.START_SESSION, "AUTH-B-1", Duration.ofSeconds(10));
        await(
                "the session at the CPO",
                () -> cpo.sessionAt("LOC001", "LOC001-1").isPresent());
        cpo.deliverPending();

        Session session = cpo.sessionAt("LOC001", "LOC001-1").orElseThrow();
        assertThat(session.authorizationReference().value()).isEqualTo("AUTH-B-1");
        assertThat(pushed("B-1").map(Booking::reservationStatus)).contains(ReservationStatus.FULFILLED);
        assertThat(cpo.markNoShows()).isZero();
    }

    @Test
    void anotherEmspsSessionWithTheSameAuthorizationReferenceFulfilsNothing() {
        book("B-1", "BL-LOC001-1", SIX_PM, 60, "APP0001");
        decidedAndPushed("B-1");
        clock.advance(Duration.between(NOW, SIX_PM));
        try (Emsp other = Emsp.builder()
                .party("NL", "OTH")
                .versions("2.3.0")
                .clock(clock)
                .sampleData(true)
                .start(new InetSocketAddress("127.0.0.1", 0))) {
            other.register(cpo.versionsUrl(), cpo.newTokenA("other"));

            other.startSession("LOC001", "LOC001-1", null, "APP0001", "AUTH-B-1");
            other.awaitResult(CommandType.START_SESSION, "AUTH-B-1", Duration.ofSeconds(10));
            await(
                    "the session at the CPO",
                    () -> cpo.sessionAt("LOC001", "LOC001-1").isPresent());
            cpo.deliverPending();
        }

        assertThat(pushed("B-1").map(Booking::reservationStatus)).contains(ReservationStatus.RESERVED);
    }

    @Test
    void aSessionOutsideTheStartWindowFulfilsNothing() {
        book("B-1", "BL-LOC001-1", SIX_PM, 60, "APP0001");
        decidedAndPushed("B-1");
        clock.advance(Duration.between(NOW, SIX_PM.minus(Duration.ofMinutes(30))));

        next.startSession("LOC001", "LOC001-1", null, "APP0001", "AUTH-B-1");
        next.awaitResult(CommandType.START_SESSION, "AUTH-B-1", Duration.ofSeconds(10));
        await(
                "the session at the CPO",
                () -> cpo.sessionAt("LOC001", "LOC001-1").isPresent());
        cpo.deliverPending();

        assertThat(pushed("B-1").map(Booking::reservationStatus)).contains(ReservationStatus.RESERVED);
    }

    @Test
    void freeTimeIsTheSlotLessTheBookedSpans() {
        Timeslot day = slot("07:00", "23:00");
        assertThat(CpoBookings.less(List.of(day), List.of(slot("18:00", "19:00"), slot("06:00", "08:00"))))
                .containsExactly(slot("08:00", "18:00"), slot("19:00", "23:00"));
        assertThat(CpoBookings.less(List.of(day), List.of(slot("23:00", "23:30"))))
                .containsExactly(day);
        assertThat(CpoBookings.less(List.of(day), List.of(slot("06:00", "23:30"))))
                .isEmpty();
    }

    // ---- helpers

    private static Timeslot slot(String from, String to) {
        return Timeslot.builder()
                .startDateTime(Instant.parse("2026-03-03T" + from + ":00Z"))
                .endDateTime(Instant.parse("2026-03-03T" + to + ":00Z"))
                .build();
    }

    private BookingsSenderClient sender() {
        return next.cpo().v230().bookingsSender();
    }

    private List<BookingLocation> search(Instant from, Instant to) {
        return sender().bookingLocations(ListQuery.all(), from, to).toList();
    }

    private Booking book(String requestId, String bookingLocationId, Instant start, int minutes, String tokenUid) {
        return sender().request(request(requestId, bookingLocationId, start, minutes, tokenUid));
    }

    private BookingRequest request(
            String requestId, String bookingLocationId, Instant start, int minutes, String tokenUid) {
        Token token = next.tokens().stream()
                .filter(t -> t.uid().value().equals(tokenUid))
                .findFirst()
                .orElseThrow();
        return BookingRequest.builder()
                .countryCode("NL")
                .partyId("NXT")
                .requestId(requestId)
                .locationId("LOC001")
                .bookingLocationId(bookingLocationId)
                .bookingOption(BookingOption.builder()
                        .evseUid(bookingLocationId.substring(3))
                        .build())
                .tokens(List.of(BookingToken.builder()
                        .countryCode("NL")
                        .partyId("NXT")
                        .uid(tokenUid)
                        .type(TokenType.of(token.type().value()))
                        .contractId(token.contractId())
                        .build()))
                .period(period(start, minutes))
                .authorizationReference("AUTH-" + requestId)
                .build();
    }

    private static Period period(Instant start, int minutes) {
        return Period.builder()
                .startDateTime(start)
                .endDateTime(start.plus(Duration.ofMinutes(minutes)))
                .build();
    }

    /** Answers what waits, delivers, and returns the booking as the eMSP holds it then. */
    private Booking decidedAndPushed(String requestId) {
        cpo.decideBookings();
        cpo.deliverPending();
        Booking atCpo = sender().bookings(ListQuery.all())
                .filter(b -> b.requestId().value().equals(requestId))
                .findFirst()
                .orElseThrow();
        assertThat(pushed(requestId)).contains(atCpo);
        return atCpo;
    }

    private Optional<Booking> pushed(String requestId) {
        return next.bookings().stream()
                .filter(b -> b.requestId().value().equals(requestId))
                .findFirst();
    }
}
