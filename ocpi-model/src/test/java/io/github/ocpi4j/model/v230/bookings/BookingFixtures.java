package io.github.ocpi4j.model.v230.bookings;

import io.github.ocpi4j.model.v230.tokens.TokenType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Valid Bookings 1.1 objects for tests, as builders to change one thing at a time. The day is 23 March 2025 (UTC);
 * the booking holds 12:00 to 13:00, the calendar has 08:00 to 12:00 and 14:00 to 18:00 free in steps of 15 minutes.
 */
final class BookingFixtures {
    static final Instant NOON = Instant.parse("2025-03-23T12:00:00Z");
    static final Instant ONE_PM = Instant.parse("2025-03-23T13:00:00Z");

    private BookingFixtures() {}

    static Instant at(String time) {
        return Instant.parse("2025-03-23T" + time + ":00Z");
    }

    static BookingToken.Builder token() {
        return BookingToken.builder()
                .countryCode("NL")
                .partyId("EMS")
                .uid("04A1B2C3")
                .type(TokenType.RFID)
                .contractId("NL-EMS-C00000001");
    }

    /**
     * Terms: changes until 60 minutes before the start, cancelling until 30; early start 10 minutes, late stop 20; a
     * no-show after 15; bookings of 30 to 240 minutes; no overlapping bookings of a token.
     */
    static BookingTerms.Builder terms() {
        return BookingTerms.builder()
                .supportedAccessMethods(List.of(AccessMethod.OPEN))
                .changeUntilMinutes(new BigDecimal("60"))
                .cancelUntilMinutes(new BigDecimal("30"))
                .changeNotAllowed(false)
                .earlyStartAllowed(true)
                .earlyStartTime(new BigDecimal("10"))
                .noshowTimeout(new BigDecimal("15"))
                .lateStopAllowed(true)
                .lateStopTime(new BigDecimal("20"))
                .overlappingBookingsAllowed(false)
                .minBookingDuration(new BigDecimal("30"))
                .maxBookingDuration(new BigDecimal("240"));
    }

    static Period period(String from, String to) {
        return Period.builder().startDateTime(at(from)).endDateTime(at(to)).build();
    }

    static BookingRequest.Builder request() {
        return BookingRequest.builder()
                .countryCode("NL")
                .partyId("EMS")
                .requestId("RQ1")
                .locationId("LOC1")
                .bookingLocationId("BL1")
                .bookingOption(BookingOption.builder().evseUid("EVSE1").build())
                .tokens(List.of(token().build()))
                .period(period("12:00", "13:00"))
                .authorizationReference("AUTH1");
    }

    static BookingRequestStatus.Builder requestStatus(ReservationRequestStatus status) {
        return BookingRequestStatus.builder()
                .requestStatus(status)
                .bookingRequest(request().build())
                .requestReceived(Instant.parse("2025-03-01T09:00:00Z"));
    }

    /** A RESERVED booking of EVSE1 at LOC1 of NL-CPO, 12:00 to 13:00, its one request accepted. */
    static Booking.Builder booking() {
        return Booking.builder()
                .id("B1")
                .countryCode("NL")
                .partyId("CPO")
                .requestId("RQ1")
                .bookingOption(BookingOption.builder().evseUid("EVSE1").build())
                .locationId("LOC1")
                .bookingTokens(List.of(token().build()))
                .period(Timeslot.builder()
                        .startDateTime(NOON)
                        .endDateTime(ONE_PM)
                        .maxPower(new BigDecimal("22000"))
                        .build())
                .reservationStatus(ReservationStatus.RESERVED)
                .authorizationReference("AUTH1")
                .bookingTerms(terms().build())
                .bookingRequests(
                        List.of(requestStatus(ReservationRequestStatus.ACCEPTED).build()))
                .lastUpdated(Instant.parse("2025-03-01T09:05:00Z"));
    }

    static Timeslot slot(String from, String to, String maxWatts) {
        return Timeslot.builder()
                .startDateTime(at(from))
                .endDateTime(at(to))
                .maxPower(new BigDecimal(maxWatts))
                .build();
    }

    /** The calendar of 23 March: 08:00 to 12:00 (22 kW) and 14:00 to 18:00 (11 kW) free, in steps of 15 minutes. */
    static Calendar.Builder calendar() {
        return Calendar.builder()
                .id("C1")
                .beginFrom(at("00:00"))
                .endBefore(Instant.parse("2025-03-24T00:00:00Z"))
                .timeslotIncrement(15)
                .availableTimeslots(List.of(slot("08:00", "12:00", "22000"), slot("14:00", "18:00", "11000")))
                .lastUpdated(Instant.parse("2025-03-01T00:00:00Z"));
    }

    /** BookingLocation BL1 of LOC1 of NL-CPO, with the fixture's terms and calendar. */
    static BookingLocation.Builder location() {
        return BookingLocation.builder()
                .countryCode("NL")
                .partyId("CPO")
                .id("BL1")
                .locationId("LOC1")
                .bookingTerms(terms().build())
                .calendars(List.of(calendar().build()))
                .lastUpdated(Instant.parse("2025-03-01T00:00:00Z"));
    }
}
