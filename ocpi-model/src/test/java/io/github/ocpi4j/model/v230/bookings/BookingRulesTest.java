package io.github.ocpi4j.model.v230.bookings;

import static io.github.ocpi4j.model.v230.bookings.BookingFixtures.at;
import static io.github.ocpi4j.model.v230.bookings.BookingFixtures.period;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.Violation;
import io.github.ocpi4j.model.v230.types.Role;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link BookingRules}: the arithmetic of {@code [[mod_bookings_calendar_object]]}, {@code
 * [[mod_bookings_timeslot_class]]} and {@code [[mod_bookings_booking_terms_class]]}. The fixture's booking holds 12:00
 * to 13:00; its terms allow changes until 60 minutes before, cancelling until 30, an early start of 10 minutes, a late
 * stop of 20, a no-show after 15.
 */
class BookingRulesTest {
    private static final Instant MORNING = at("06:00");

    private final Calendar calendar = BookingFixtures.calendar().build();

    @ParameterizedTest(name = "{0} to {1}: {2}")
    @CsvSource({
        "08:00, 09:00, true", // at the start of a free span
        "11:00, 12:00, true", // up to its end
        "09:15, 10:45, true", // on the 15-minute increment
        "08:10, 09:00, false", // starts off the increment
        "08:00, 08:50, false", // ends off the increment
        "07:45, 09:00, false", // begins before the free span
        "11:45, 12:15, false", // runs past its end
        "11:45, 14:15, false", // across the booked hour between two spans
        "12:00, 13:00, false" // the booked hour itself
    })
    void aPeriodFitsWhenAFreeTimeslotHoldsItOnTheCalendarsIncrement(String from, String to, boolean fits) {
        assertThat(BookingRules.slotFor(calendar, period(from, to)).isPresent()).isEqualTo(fits);
    }

    @Test
    void theIncrementCountsFromTheStartOfTheFreeTimeslot() {
        // [[mod_bookings_calendar_object]]: the increment applies within an available timeslot
        Calendar fromTen = calendar.toBuilder()
                .availableTimeslots(List.of(BookingFixtures.slot("08:10", "12:00", "22000")))
                .build();

        assertThat(BookingRules.slotFor(fromTen, period("08:25", "09:10"))).isPresent();
        assertThat(BookingRules.slotFor(fromTen, period("08:15", "09:00"))).isEmpty();
    }

    @Test
    void withoutAnIncrementAnyInstantInAFreeTimeslotWillDo() {
        Calendar free = calendar.toBuilder().timeslotIncrement(null).build();

        assertThat(BookingRules.slotFor(free, period("08:07", "08:52")))
                .contains(BookingFixtures.slot("08:00", "12:00", "22000"));
    }

    @Test
    void theSlotOfABookingLocationIsFoundInAnyOfItsCalendars() {
        Calendar evening = BookingFixtures.calendar()
                .id("C2")
                .availableTimeslots(List.of(BookingFixtures.slot("19:00", "23:00", "7400")))
                .build();
        BookingLocation location =
                BookingFixtures.location().calendars(List.of(calendar, evening)).build();

        assertThat(BookingRules.slotFor(location, period("19:30", "20:30")))
                .contains(BookingFixtures.slot("19:00", "23:00", "7400"));
        assertThat(BookingRules.slotFor(location, period("18:30", "19:30"))).isEmpty();
    }

    @Test
    void aBookingLastsAtLeastTheShortestAndAtMostTheLongestDurationOfTheTerms() {
        BookingTerms terms = BookingFixtures.terms().build(); // 30 to 240 minutes

        assertThat(BookingRules.durationProblem(terms, period("08:00", "08:30")))
                .isEmpty();
        assertThat(BookingRules.durationProblem(terms, period("08:00", "12:00")))
                .isEmpty();
        assertThat(BookingRules.durationProblem(terms, period("08:00", "08:15")))
                .contains("lasts 15 minutes, shorter than min_booking_duration (30 minutes)");
        assertThat(BookingRules.durationProblem(terms, period("08:00", "12:15")))
                .contains("lasts 255 minutes, longer than max_booking_duration (240 minutes)");
        assertThat(BookingRules.durationProblem(
                        BookingFixtures.terms()
                                .minBookingDuration(null)
                                .maxBookingDuration(null)
                                .build(),
                        period("08:00", "08:01")))
                .isEmpty();
    }

    @Test
    void changesArePossibleUntilChangeUntilMinutesBeforeTheStartThatInstantIncluded() {
        Booking booking = BookingFixtures.booking().build();

        assertThat(BookingRules.changeDeadline(booking)).contains(at("11:00"));
        assertThat(BookingRules.canChange(booking, at("11:00"))).isTrue();
        assertThat(BookingRules.canChange(booking, at("11:00").plusSeconds(1))).isFalse();
    }

    @Test
    void noChangeIsPossibleWhenTheTermsForbidChanges() {
        Booking fixed = BookingFixtures.booking()
                .bookingTerms(BookingFixtures.terms().changeNotAllowed(true).build())
                .build();

        assertThat(BookingRules.changeDeadline(fixed)).isEmpty();
        assertThat(BookingRules.canChange(fixed, MORNING)).isFalse();
    }

    @Test
    void cancellingIsPossibleUntilCancelUntilMinutesBeforeTheStartThatInstantIncluded() {
        Booking booking = BookingFixtures.booking().build();

        assertThat(BookingRules.cancelDeadline(booking)).isEqualTo(at("11:30"));
        assertThat(BookingRules.canCancel(booking, at("11:30"))).isTrue();
        assertThat(BookingRules.canCancel(booking, at("11:31"))).isFalse();
    }

    @Test
    void anEarlyStartIsAllowedOnlyWhenTheTermsSaySoAndForTheirMinutes() {
        Booking early = BookingFixtures.booking().build();
        Booking onTime = BookingFixtures.booking()
                .bookingTerms(BookingFixtures.terms().earlyStartAllowed(false).build())
                .build();
        Booking noMinutes = BookingFixtures.booking()
                .bookingTerms(BookingFixtures.terms().earlyStartTime(null).build())
                .build();
        Booking halfAMinute = BookingFixtures.booking()
                .bookingTerms(BookingFixtures.terms()
                        .earlyStartTime(new BigDecimal("0.5"))
                        .build())
                .build();

        assertThat(BookingRules.earliestStart(early)).isEqualTo(at("11:50"));
        assertThat(BookingRules.earliestStart(onTime)).isEqualTo(at("12:00"));
        assertThat(BookingRules.earliestStart(noMinutes)).isEqualTo(at("12:00"));
        assertThat(BookingRules.earliestStart(halfAMinute))
                .isEqualTo(at("12:00").minusSeconds(30));
    }

    @Test
    void aLateStopIsAllowedOnlyWhenTheTermsSaySoAndForTheirMinutes() {
        Booking late = BookingFixtures.booking().build();
        Booking onTime = BookingFixtures.booking()
                .bookingTerms(BookingFixtures.terms().lateStopAllowed(null).build())
                .build();

        assertThat(BookingRules.latestStop(late)).isEqualTo(at("13:20"));
        assertThat(BookingRules.latestStop(onTime)).isEqualTo(at("13:00"));
    }

    @Test
    void aDriverIsANoShowAfterTheTimeoutOrAtTheEndWithoutOne() {
        Booking booking = BookingFixtures.booking().build();
        Booking patient = BookingFixtures.booking()
                .bookingTerms(BookingFixtures.terms().noshowTimeout(null).build())
                .build();
        Booking longerThanTheBooking = BookingFixtures.booking()
                .bookingTerms(BookingFixtures.terms()
                        .noshowTimeout(new BigDecimal("90"))
                        .build())
                .build();

        assertThat(BookingRules.noShowAt(booking)).isEqualTo(at("12:15"));
        assertThat(BookingRules.isNoShow(booking, at("12:15").minusNanos(1))).isFalse();
        assertThat(BookingRules.isNoShow(booking, at("12:15"))).isTrue();
        assertThat(BookingRules.noShowAt(patient)).isEqualTo(at("13:00"));
        assertThat(BookingRules.noShowAt(longerThanTheBooking)).isEqualTo(at("13:00"));
    }

    @Test
    void onlyAReservedBookingCanBecomeANoShow() {
        Booking pending = BookingFixtures.booking()
                .reservationStatus(ReservationStatus.PENDING)
                .build();
        Booking fulfilled = BookingFixtures.booking()
                .reservationStatus(ReservationStatus.FULFILLED)
                .build();

        assertThat(BookingRules.isNoShow(pending, at("14:00"))).isFalse();
        assertThat(BookingRules.isNoShow(fulfilled, at("14:00"))).isFalse();
    }

    @Test
    void aSessionMayStartFromTheEarlyStartUntilTheNoShow() {
        Booking booking = BookingFixtures.booking().build();

        assertThat(BookingRules.inStartWindow(booking, at("11:50").minusSeconds(1)))
                .isFalse();
        assertThat(BookingRules.inStartWindow(booking, at("11:50"))).isTrue();
        assertThat(BookingRules.inStartWindow(booking, at("12:15").minusSeconds(1)))
                .isTrue();
        assertThat(BookingRules.inStartWindow(booking, at("12:15"))).isFalse();
    }

    @Test
    void hugeMinutesFromAPartnerDoNotOverflow() {
        Booking booking = BookingFixtures.booking()
                .bookingTerms(BookingFixtures.terms()
                        .cancelUntilMinutes(new BigDecimal("1e30"))
                        .build())
                .build();

        assertThat(BookingRules.cancelDeadline(booking))
                .isEqualTo(at("12:00").minus(Duration.ofMinutes(1_000_000_000)));
        assertThat(BookingRules.canCancel(booking, MORNING)).isFalse();
    }

    @Test
    void aRequestThatFitsTheCalendarAndTermsHasNoProblem() {
        BookingRequest request =
                BookingFixtures.request().period(period("09:00", "10:00")).build();

        assertThat(BookingRules.checkRequest(BookingFixtures.location().build(), request, List.of(), MORNING))
                .isEmpty();
    }

    @Test
    void aRequestIsForThisBookingLocationInTheFutureInAFreeTimeslotAndOfAnAllowedLength() {
        BookingRequest request = BookingFixtures.request()
                .bookingLocationId("BL9")
                .locationId("LOC9")
                .period(period("05:45", "06:00"))
                .build();

        assertThat(BookingRules.checkRequest(BookingFixtures.location().build(), request, List.of(), MORNING))
                .containsExactly(
                        new Violation("booking_location_id", "must be the BookingLocation's id \"BL1\""),
                        new Violation("location_id", "must be the BookingLocation's location_id \"LOC1\""),
                        new Violation(
                                "period.start_date_time", "must not be in the past: it is 2025-03-23T06:00:00Z now"),
                        new Violation(
                                "period",
                                "does not fit a free timeslot of the BookingLocation's calendars, on their increment"),
                        new Violation("period", "lasts 15 minutes, shorter than min_booking_duration (30 minutes)"));
    }

    @Test
    void powerRequiredIsInKilowattsAndTheTimeslotsMaxPowerInWatts() {
        // [[mod_bookings_request_class]] power_required in kW; [[mod_bookings_timeslot_class]] max_power in W
        BookingLocation location = BookingFixtures.location().build(); // 08:00 to 12:00 offers 22000 W
        BookingRequest.Builder request = BookingFixtures.request().period(period("09:00", "10:00"));

        assertThat(BookingRules.checkRequest(location, request.powerRequired(22).build(), List.of(), MORNING))
                .isEmpty();
        assertThat(BookingRules.checkRequest(location, request.powerRequired(23).build(), List.of(), MORNING))
                .containsExactly(
                        new Violation("power_required", "asks 23 kW, more than the timeslot's max_power (22000 W)"));
    }

    @Test
    void whenTheTermsForbidOverlapsATokenCannotBeInTwoBookingsAtOnce() {
        // [[mod_bookings_booking_terms_class]]: overlapping_bookings_allowed
        BookingRequest request = BookingFixtures.request()
                .requestId("RQ2")
                .period(period("11:00", "12:00"))
                .build();
        Booking overlapping = BookingFixtures.booking()
                .period(BookingFixtures.slot("11:30", "12:30", "22000"))
                .build();
        Booking adjacent = BookingFixtures.booking().build(); // 12:00 to 13:00: touches, does not overlap
        Booking canceled = overlapping.toBuilder()
                .reservationStatus(ReservationStatus.CANCELED)
                .build();
        BookingLocation forbidding = BookingFixtures.location().build();
        BookingLocation allowing = BookingFixtures.location()
                .bookingTerms(
                        BookingFixtures.terms().overlappingBookingsAllowed(true).build())
                .build();

        assertThat(BookingRules.checkRequest(forbidding, request, List.of(overlapping), MORNING))
                .containsExactly(new Violation(
                        "tokens[0]",
                        "already in booking \"B1\" at an overlapping time, and the terms forbid overlapping bookings"));
        assertThat(BookingRules.checkRequest(forbidding, request, List.of(adjacent, canceled), MORNING))
                .isEmpty();
        assertThat(BookingRules.checkRequest(allowing, request, List.of(overlapping), MORNING))
                .isEmpty();
    }

    @Test
    void aChangedRequestDoesNotOverlapWithItsOwnBooking() {
        BookingRequest change =
                BookingFixtures.request().period(period("11:00", "12:00")).build(); // RQ1
        Booking own = BookingFixtures.booking()
                .period(BookingFixtures.slot("11:30", "12:30", "22000"))
                .build();

        assertThat(BookingRules.checkRequest(BookingFixtures.location().build(), change, List.of(own), MORNING))
                .isEmpty();
    }

    @Test
    void aChangeNeedsTermsThatAllowItAndComesBeforeTheChangeDeadline() {
        Booking booking = BookingFixtures.booking().build();
        Booking fixed = BookingFixtures.booking()
                .bookingTerms(BookingFixtures.terms().changeNotAllowed(true).build())
                .build();
        BookingRequest change =
                BookingFixtures.request().period(period("12:00", "13:30")).build();

        assertThat(BookingRules.checkChange(booking, change, at("11:00"))).isEmpty();
        assertThat(BookingRules.checkChange(booking, change, at("11:01")))
                .containsExactly(new Violation("$", "too late: changes were possible until 2025-03-23T11:00:00Z"));
        assertThat(BookingRules.checkChange(fixed, change, MORNING))
                .containsExactly(new Violation("$", "the booking's terms do not allow changes (change_not_allowed)"));
    }

    @Test
    void aCancellationNeedsAReservedBookingAndComesBeforeTheCancelDeadline() {
        BookingRequest cancel = BookingFixtures.request()
                .canceled(Cancellation.builder()
                        .cancellationReason(CanceledReason.TRAFFIC)
                        .whoCanceled(Role.EMSP)
                        .build())
                .build();
        Booking reserved = BookingFixtures.booking().build();
        Booking pending = BookingFixtures.booking()
                .reservationStatus(ReservationStatus.PENDING)
                .build();

        assertThat(BookingRules.checkChange(reserved, cancel, at("11:30"))).isEmpty();
        assertThat(BookingRules.checkChange(reserved, cancel, at("11:45")))
                .containsExactly(
                        new Violation("canceled", "too late: cancelling was possible until 2025-03-23T11:30:00Z"));
        assertThat(BookingRules.checkChange(pending, cancel, MORNING))
                .containsExactly(
                        new Violation("canceled", "only a RESERVED booking can be canceled, this one is PENDING"));
    }

    @Test
    void aFinalBookingOrAnotherRequestIdTakesNoChange() {
        Booking fulfilled = BookingFixtures.booking()
                .reservationStatus(ReservationStatus.FULFILLED)
                .build();

        assertThat(BookingRules.checkChange(
                        fulfilled, BookingFixtures.request().requestId("RQ2").build(), MORNING))
                .containsExactly(
                        new Violation("request_id", "must be the booking's request_id \"RQ1\""),
                        new Violation("$", "the booking is FULFILLED, a final status: it never changes"));
    }
}
