package io.github.ocpi4j.model.v230.bookings;

import static io.github.ocpi4j.model.v230.bookings.ReservationRequestStatus.ACCEPTED;
import static io.github.ocpi4j.model.v230.bookings.ReservationRequestStatus.DECLINED;
import static io.github.ocpi4j.model.v230.bookings.ReservationRequestStatus.PENDING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ocpi4j.model.Violation;
import io.github.ocpi4j.model.v230.types.Role;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link BookingLifecycle}: the moves of a booking's status that {@code [[mod_bookings_flow_and_lifecycle]]} allows,
 * every other move refused, a final booking frozen, and each request answered exactly once.
 */
class BookingLifecycleTest {
    private static final Instant NOW = Instant.parse("2025-03-10T08:00:00Z");

    private static final Set<List<ReservationStatus>> ALLOWED = Set.of(
            List.of(ReservationStatus.PENDING, ReservationStatus.RESERVED),
            List.of(ReservationStatus.PENDING, ReservationStatus.REJECTED),
            List.of(ReservationStatus.PENDING, ReservationStatus.FAILED),
            List.of(ReservationStatus.RESERVED, ReservationStatus.FULFILLED),
            List.of(ReservationStatus.RESERVED, ReservationStatus.CANCELED),
            List.of(ReservationStatus.RESERVED, ReservationStatus.NO_SHOW));

    static Stream<Arguments> everyPairOfStatuses() {
        return Stream.of(ReservationStatus.values())
                .flatMap(from -> Stream.of(ReservationStatus.values()).map(to -> Arguments.of(from, to)));
    }

    private static Booking in(ReservationStatus status) {
        return BookingFixtures.booking().reservationStatus(status).build();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPairOfStatuses")
    void aBookingMovesOnlyAlongTheLifecycle(ReservationStatus from, ReservationStatus to) {
        Booking booking = in(from);

        if (ALLOWED.contains(List.of(from, to))) {
            Booking moved = BookingLifecycle.move(booking, to, NOW);
            assertThat(moved.reservationStatus()).isEqualTo(to);
            assertThat(moved.lastUpdated()).isEqualTo(NOW);
            assertThat(BookingLifecycle.canMove(from, to)).isTrue();
        } else {
            assertThatThrownBy(() -> BookingLifecycle.move(booking, to, NOW))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageStartingWith("illegal change of booking \"B1\": ");
            assertThat(BookingLifecycle.canMove(from, to)).isFalse();
        }
    }

    @Test
    void theRefusalNamesTheRuleItBreaks() {
        assertThatThrownBy(() -> BookingLifecycle.move(in(ReservationStatus.PENDING), ReservationStatus.FULFILLED, NOW))
                .hasMessageEndingWith("reservation_status: cannot move from PENDING to FULFILLED"
                        + " (allowed: FAILED, REJECTED, RESERVED)");
        assertThatThrownBy(() -> BookingLifecycle.move(in(ReservationStatus.NO_SHOW), ReservationStatus.RESERVED, NOW))
                .hasMessageEndingWith("$: the booking is NO_SHOW, a final status: it never changes");
        assertThatThrownBy(() -> BookingLifecycle.move(in(ReservationStatus.RESERVED), ReservationStatus.RESERVED, NOW))
                .hasMessageEndingWith("reservation_status: is RESERVED already");
        assertThatThrownBy(() -> BookingLifecycle.move(in(ReservationStatus.UNKNOWN), ReservationStatus.RESERVED, NOW))
                .hasMessageEndingWith("cannot move from UNKNOWN to RESERVED (UNKNOWN is outside the lifecycle)");
    }

    @Test
    void fiveStatusesAreFinalAndLeadNowhere() {
        Set<ReservationStatus> finals = EnumSet.of(
                ReservationStatus.CANCELED,
                ReservationStatus.NO_SHOW,
                ReservationStatus.REJECTED,
                ReservationStatus.FAILED,
                ReservationStatus.FULFILLED);

        for (ReservationStatus status : ReservationStatus.values()) {
            assertThat(status.isFinal()).as("%s", status).isEqualTo(finals.contains(status));
            if (status.isFinal()) {
                assertThat(BookingLifecycle.nextStatuses(status)).isEmpty();
            }
        }
        assertThat(BookingLifecycle.nextStatuses(ReservationStatus.RESERVED))
                .containsExactlyInAnyOrder(
                        ReservationStatus.FULFILLED, ReservationStatus.CANCELED, ReservationStatus.NO_SHOW);
    }

    @Test
    void aBookingBeginsPendingOrWithTheCposImmediateDecision() {
        // [[mod_bookings_response_data]]: PENDING, or at once RESERVED, REJECTED or FAILED
        assertThat(BookingLifecycle.firstStatuses())
                .containsExactlyInAnyOrder(
                        ReservationStatus.PENDING,
                        ReservationStatus.RESERVED,
                        ReservationStatus.REJECTED,
                        ReservationStatus.FAILED);
    }

    @Test
    void aFinalBookingNeverChangesButMayBeSentAgainWithAnotherLastUpdated() {
        Booking fulfilled = in(ReservationStatus.FULFILLED);
        Booking moved = fulfilled.toBuilder().authorizationReference("OTHER").build();
        Booking resent = fulfilled.toBuilder().lastUpdated(NOW).build();

        assertThat(BookingLifecycle.checkUpdate(fulfilled, moved))
                .containsExactly(new Violation("$", "the booking is FULFILLED, a final status: it never changes"));
        assertThat(BookingLifecycle.checkUpdate(fulfilled, resent)).isEmpty();
    }

    @Test
    void anUpdateCannotTurnTheBookingIntoAnotherOne() {
        Booking booking = in(ReservationStatus.RESERVED);
        Booking other = booking.toBuilder().id("B2").partyId("XYZ").build();

        assertThat(BookingLifecycle.checkUpdate(booking, other))
                .containsExactly(
                        new Violation("id", "must stay \"B1\": it names the booking"),
                        new Violation("party_id", "must stay \"CPO\": it names the booking"));
    }

    @Test
    void cancellingRecordsWhyAndWhoAndNeedsAReservedBooking() {
        Cancellation broken = Cancellation.builder()
                .cancellationReason(CanceledReason.BROKEN_CHARGER)
                .whoCanceled(Role.CPO)
                .build();

        Booking canceled = BookingLifecycle.cancel(in(ReservationStatus.RESERVED), broken, NOW);

        assertThat(canceled.reservationStatus()).isEqualTo(ReservationStatus.CANCELED);
        assertThat(canceled.canceled()).isEqualTo(broken);
        assertThat(canceled.lastUpdated()).isEqualTo(NOW);
        assertThatThrownBy(() -> BookingLifecycle.cancel(in(ReservationStatus.PENDING), broken, NOW))
                .hasMessageContaining("cannot move from PENDING to CANCELED");
    }

    @Test
    void aNewRequestIsAddedPendingWithTheTimeItArrived() {
        BookingRequest change = BookingFixtures.request()
                .period(BookingFixtures.period("12:00", "13:30"))
                .build();

        Booking booking = BookingLifecycle.receive(in(ReservationStatus.RESERVED), change, NOW);

        assertThat(booking.bookingRequests()).hasSize(2);
        assertThat(booking.bookingRequests().get(1))
                .isEqualTo(BookingRequestStatus.builder()
                        .requestStatus(PENDING)
                        .bookingRequest(change)
                        .requestReceived(NOW)
                        .build());
        assertThat(booking.reservationStatus()).isEqualTo(ReservationStatus.RESERVED);
    }

    @Test
    void aRequestIsRefusedByAFinalBookingOrWithAnotherRequestId() {
        // [[mod_bookings_request_class]]: every request about one booking has its request_id
        assertThatThrownBy(() -> BookingLifecycle.receive(
                        in(ReservationStatus.REJECTED),
                        BookingFixtures.request().build(),
                        NOW))
                .hasMessageContaining("final status");
        assertThatThrownBy(() -> BookingLifecycle.receive(
                        in(ReservationStatus.RESERVED),
                        BookingFixtures.request().requestId("RQ9").build(),
                        NOW))
                .hasMessageEndingWith(
                        "booking_requests[1].booking_request.request_id: must be the booking's request_id \"RQ1\"");
    }

    @Test
    void aRequestIsAnsweredExactlyOnce() {
        Booking pending = BookingFixtures.booking()
                .reservationStatus(ReservationStatus.PENDING)
                .bookingRequests(List.of(BookingFixtures.requestStatus(PENDING).build()))
                .build();

        Booking answered = BookingLifecycle.answer(pending, 0, ACCEPTED, NOW);

        assertThat(answered.bookingRequests().get(0).requestStatus()).isEqualTo(ACCEPTED);
        assertThat(answered.lastUpdated()).isEqualTo(NOW);
        assertThatThrownBy(() -> BookingLifecycle.answer(answered, 0, DECLINED, NOW))
                .hasMessageEndingWith(
                        "booking_requests[0].request_status: the request was answered ACCEPTED already; a request is"
                                + " answered once");
        assertThatThrownBy(() -> BookingLifecycle.answer(answered, 0, ACCEPTED, NOW))
                .hasMessageContaining("a request is answered once");
    }

    @Test
    void pendingIsNoAnswerAndThereMustBeARequestToAnswer() {
        Booking pending = BookingFixtures.booking()
                .reservationStatus(ReservationStatus.PENDING)
                .bookingRequests(List.of(BookingFixtures.requestStatus(PENDING).build()))
                .build();

        assertThatThrownBy(() -> BookingLifecycle.answer(pending, 0, PENDING, NOW))
                .hasMessageEndingWith("booking_requests[0].request_status: an answer is ACCEPTED, DECLINED or FAILED");
        assertThatThrownBy(() -> BookingLifecycle.answer(pending, 1, ACCEPTED, NOW))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void anUpdateKeepsEveryRequestReceivedUnchangedAndMayAddNewOnes() {
        Booking booking = BookingFixtures.booking()
                .bookingRequests(List.of(
                        BookingFixtures.requestStatus(ACCEPTED).build(),
                        BookingFixtures.requestStatus(PENDING).build()))
                .build();
        List<BookingRequestStatus> answeredAndOneMore = new ArrayList<>(List.of(
                BookingFixtures.requestStatus(ACCEPTED).build(),
                BookingFixtures.requestStatus(DECLINED).build(),
                BookingFixtures.requestStatus(ACCEPTED).requestReceived(NOW).build()));
        List<BookingRequestStatus> rewritten = List.of(
                BookingFixtures.requestStatus(ACCEPTED).requestReceived(NOW).build(),
                BookingFixtures.requestStatus(PENDING).build());

        assertThat(BookingLifecycle.checkUpdate(
                        booking,
                        booking.toBuilder().bookingRequests(answeredAndOneMore).build()))
                .isEmpty();
        assertThat(BookingLifecycle.checkUpdate(
                        booking,
                        booking.toBuilder()
                                .bookingRequests(answeredAndOneMore.subList(0, 1))
                                .build()))
                .containsExactly(
                        new Violation("booking_requests", "must keep every request received: 2 before, 1 now"));
        assertThat(BookingLifecycle.checkUpdate(
                        booking, booking.toBuilder().bookingRequests(rewritten).build()))
                .containsExactly(new Violation("booking_requests[0]", "a request received never changes"));
    }

    @Test
    void aPatchThatReopensAnAnsweredRequestIsRefused() {
        // the receiver's view: a PATCH applied to the stored booking, then checked
        Booking stored = in(ReservationStatus.RESERVED);
        BookingPatch patch = BookingPatch.builder()
                .bookingRequests(List.of(BookingFixtures.requestStatus(PENDING).build()))
                .lastUpdated(NOW)
                .build();

        assertThat(BookingLifecycle.checkUpdate(stored, patch.applyTo(stored)))
                .containsExactly(new Violation(
                        "booking_requests[0].request_status",
                        "the request was answered ACCEPTED already; a request is answered once"));
    }
}
