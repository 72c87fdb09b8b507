package io.github.ocpi4j.model.v230.bookings;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.ReadResult;
import io.github.ocpi4j.model.Violation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of the Bookings 1.1 objects beyond their fields' types, and how they are read and PATCHed. */
class BookingsModelTest {
    private final OcpiJson json = OcpiJson.instance();

    @Test
    void theFixturesAreValidSoEachTestBreaksOneRule() {
        assertThat(json.validate(BookingFixtures.booking().build())).isEmpty();
        assertThat(json.validate(BookingFixtures.location().build())).isEmpty();
        assertThat(json.validate(BookingFixtures.request().build())).isEmpty();
    }

    @Test
    void aBookingWithUnknownFieldsAtEveryLevelIsReadWithoutViolationAndWrittenWithoutThem() {
        // 2.3.0 transport and format, "Non-specified JSON fields": never a reason to reject a payload
        String booking = json.writeString(BookingFixtures.booking().build());
        String extended = booking.replaceFirst("\\{", "{\"x_top\": 1, ")
                .replace("\"supported_access_methods\"", "\"x_terms\": [true], \"supported_access_methods\"")
                .replace("\"request_status\"", "\"x_request\": {\"a\": null}, \"request_status\"");

        ReadResult<Booking> result = json.read(extended, Booking.class);

        assertThat(result.violations()).isEmpty();
        assertThat(json.writeString(result.get())).isEqualTo(booking);
    }

    @Test
    void aPeriodThatEndsWhenItStartsIsAViolation() {
        // [[mod_bookings_period_class]]: a span from start_date_time to end_date_time
        Period empty = Period.builder()
                .startDateTime(BookingFixtures.NOON)
                .endDateTime(BookingFixtures.NOON)
                .build();

        assertThat(json.validate(empty))
                .containsExactly(
                        new Violation("end_date_time", "must be later than start_date_time (2025-03-23T12:00:00Z)"));
    }

    @Test
    void aTimeslotWithMoreMinimumThanMaximumPowerIsAViolation() {
        // [[mod_bookings_timeslot_class]]: min_power is guaranteed, max_power the most available, both in W
        Timeslot slot = BookingFixtures.slot("08:00", "09:00", "11000").toBuilder()
                .minPower(new BigDecimal("22000"))
                .build();

        assertThat(json.validate(slot))
                .containsExactly(new Violation("min_power", "must not be more than max_power (11000)"));
    }

    @Test
    void aCalendarsFreeTimeslotsLieWithinItsBeginAndEnd() {
        // [[mod_bookings_calendar_object]]: the calendar covers begin_from until end_before
        Calendar calendar = BookingFixtures.calendar()
                .beginFrom(BookingFixtures.at("09:00"))
                .endBefore(BookingFixtures.at("17:00"))
                .build();

        assertThat(json.validate(calendar))
                .containsExactly(
                        new Violation(
                                "available_timeslots[0].start_date_time",
                                "must not be before the calendar's begin_from (2025-03-23T09:00:00Z)"),
                        new Violation(
                                "available_timeslots[1].end_date_time",
                                "must not be after the calendar's end_before (2025-03-23T17:00:00Z)"));
    }

    @Test
    void aCalendarEndsAfterItBeginsAndHasAtLeastOneFreeTimeslotAndAPositiveIncrement() {
        // [[mod_bookings_calendar_object]]: available_timeslots +, timeslot_increment in minutes
        Calendar calendar = BookingFixtures.calendar()
                .endBefore(BookingFixtures.at("00:00"))
                .availableTimeslots(List.of())
                .timeslotIncrement(0)
                .build();

        assertThat(json.validate(calendar))
                .containsExactlyInAnyOrder(
                        new Violation("end_before", "must be later than begin_from (2025-03-23T00:00:00Z)"),
                        new Violation("available_timeslots", "cardinality +: at least one element required"),
                        new Violation("timeslot_increment", "must be at least 1, was 0"));
    }

    @Test
    void twoCalendarsOfABookingLocationCannotShareAnIdInAnyCase() {
        // [[mod_bookings_get_booking_location_calendar]]: one calendar is addressed by its id
        BookingLocation location = BookingFixtures.location()
                .calendars(List.of(
                        BookingFixtures.calendar().build(),
                        BookingFixtures.calendar().id("c1").build()))
                .build();

        assertThat(json.validate(location))
                .containsExactly(new Violation(
                        "calendars[1]", "id must be unique within the BookingLocation, same as calendars[0]"));
    }

    @Test
    void everyRequestOfABookingCarriesTheBookingsRequestId() {
        // [[mod_bookings_booking_object]]: one request_id for all edits of a booking
        Booking booking = BookingFixtures.booking()
                .bookingRequests(List.of(
                        BookingFixtures.requestStatus(ReservationRequestStatus.ACCEPTED)
                                .build(),
                        BookingFixtures.requestStatus(ReservationRequestStatus.PENDING)
                                .bookingRequest(BookingFixtures.request()
                                        .requestId("RQ2")
                                        .build())
                                .build()))
                .build();

        assertThat(json.validate(booking))
                .containsExactly(new Violation(
                        "booking_requests[1].booking_request.request_id",
                        "must equal the booking's request_id \"RQ1\""));
    }

    @Test
    void aBookingHasAtLeastOneRequestAndItsTermsAndPeriod() {
        // [[mod_bookings_booking_object]]: booking_requests +, booking_terms 1, period 1
        String booking = "{\"id\": \"B1\", \"country_code\": \"NL\", \"party_id\": \"CPO\", \"request_id\": \"RQ1\","
                + " \"location_id\": \"LOC1\", \"reservation_status\": \"PENDING\", \"authorization_reference\": \"A\","
                + " \"booking_requests\": [], \"last_updated\": \"2025-03-01T00:00:00Z\"}";

        assertThat(json.read(booking, Booking.class).violations())
                .containsExactlyInAnyOrder(
                        new Violation("period", "required"),
                        new Violation("booking_terms", "required"),
                        new Violation("booking_requests", "cardinality +: at least one element required"));
    }

    @Test
    void theShortestBookingOfTheTermsIsNotLongerThanTheLongestAndNoDurationIsNegative() {
        // [[mod_bookings_booking_terms_class]]: durations and deadlines are numbers of minutes
        BookingTerms terms = BookingFixtures.terms()
                .minBookingDuration(new BigDecimal("300"))
                .cancelUntilMinutes(new BigDecimal("-5"))
                .build();

        assertThat(json.validate(terms))
                .containsExactlyInAnyOrder(
                        new Violation("min_booking_duration", "must not be more than max_booking_duration (240)"),
                        new Violation("cancel_until_minutes", "must be at least 0, was -5"));
    }

    @Test
    void whoCanceledIsAPartysRoleNotAnInterfaceRole() {
        // [[mod_bookings_cancellation_class]] names the type Role; CanceledReason says the CPO or the MSP sets it
        assertThat(json.read("{\"cancellation_reason\": \"TRAFFIC\", \"who_canceled\": \"EMSP\"}", Cancellation.class)
                        .violations())
                .isEmpty();
        assertThat(json.read("{\"cancellation_reason\": \"TRAFFIC\", \"who_canceled\": \"SENDER\"}", Cancellation.class)
                        .violations())
                .extracting(Violation::path)
                .containsExactly("who_canceled");
    }

    @Test
    void anUnknownReservationStatusIsAViolationAtItsField() {
        // [[mod_bookings_reservation_status_enum]] is an enum, not an OpenEnum
        String patch = "{\"reservation_status\": \"EXPIRED\", \"last_updated\": \"2025-03-01T00:00:00Z\"}";

        assertThat(json.read(patch, BookingPatch.class).violations())
                .extracting(Violation::path)
                .containsExactly("reservation_status");
    }

    @Test
    void aPatchOfABookingLocationOrCalendarCarriesLastUpdated() {
        // [[mod_bookings_booking_location_patch_method]]: every PATCH has last_updated
        assertThat(json.read("{\"tariff_ids\": [\"T1\"]}", BookingLocationPatch.class)
                        .violations())
                .containsExactly(new Violation("last_updated", "required"));
        assertThat(json.read("{\"timeslot_increment\": 5}", CalendarPatch.class).violations())
                .containsExactly(new Violation("last_updated", "required"));
    }

    @Test
    void aCalendarPatchReplacesTheFreeTimeslotsAndKeepsTheRest() {
        // [[mod_bookings_booking_location_example_calendar_update]]: a PATCH of a calendar's timeslots
        Calendar calendar = BookingFixtures.calendar().build();
        String body = "{\"available_timeslots\": [{\"start_date_time\": \"2025-03-23T08:00:00Z\","
                + " \"end_date_time\": \"2025-03-23T09:00:00Z\"}], \"last_updated\": \"2025-03-02T00:00:00Z\"}";

        Calendar patched = json.read(body, CalendarPatch.class).get().applyTo(calendar);

        assertThat(patched.availableTimeslots())
                .containsExactly(Timeslot.builder()
                        .startDateTime(BookingFixtures.at("08:00"))
                        .endDateTime(BookingFixtures.at("09:00"))
                        .build());
        assertThat(patched.timeslotIncrement()).isEqualTo(15);
        assertThat(patched.lastUpdated()).isEqualTo(Instant.parse("2025-03-02T00:00:00Z"));
    }

    @Test
    void evseUidMayBeNotAvailableUntilAnEvseIsAssigned() {
        // [[mod_bookings_booking_option_class]]: evse_uid #NA while no EVSE is assigned
        BookingOption option = BookingOption.builder().evseUid("#NA").build();

        assertThat(json.validate(option)).isEmpty();
    }
}
