package io.github.ocpi4j.server.v230;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.v230.bookings.AccessMethod;
import io.github.ocpi4j.model.v230.bookings.Booking;
import io.github.ocpi4j.model.v230.bookings.BookingLocation;
import io.github.ocpi4j.model.v230.bookings.BookingOption;
import io.github.ocpi4j.model.v230.bookings.BookingRequest;
import io.github.ocpi4j.model.v230.bookings.BookingRequestStatus;
import io.github.ocpi4j.model.v230.bookings.BookingTerms;
import io.github.ocpi4j.model.v230.bookings.BookingToken;
import io.github.ocpi4j.model.v230.bookings.Calendar;
import io.github.ocpi4j.model.v230.bookings.Period;
import io.github.ocpi4j.model.v230.bookings.ReservationRequestStatus;
import io.github.ocpi4j.model.v230.bookings.ReservationStatus;
import io.github.ocpi4j.model.v230.bookings.Timeslot;
import io.github.ocpi4j.model.v230.tokens.TokenType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Valid Bookings 1.1 objects for the server tests, as builders to change one thing at a time. The servers' clock reads
 * 1 May 2024 12:00 UTC ({@code ServerFixture.NOW}); the bookable day is 2 May, free from 08:00 to 12:00 and 14:00 to
 * 18:00 in steps of 15 minutes.
 */
final class BookingObjects {
    private BookingObjects() {}

    /** An instant of 2 May 2024 (UTC), such as {@code 18:00}. */
    static Instant may2(String time) {
        return Instant.parse("2024-05-02T" + time + ":00Z");
    }

    static String json(Object model) {
        return OcpiJson.instance().writeString(model);
    }

    /** A token of the eMSP {@code countryCode}-{@code partyId}. */
    static BookingToken token(String countryCode, String partyId) {
        return BookingToken.builder()
                .countryCode(countryCode)
                .partyId(partyId)
                .uid("04A1B2C3")
                .type(TokenType.RFID)
                .contractId(countryCode + "-" + partyId + "-C00000001")
                .build();
    }

    /** Changes until 60 minutes before the start, cancelling until 30; bookings of 30 to 240 minutes. */
    static BookingTerms terms() {
        return BookingTerms.builder()
                .supportedAccessMethods(List.of(AccessMethod.OPEN))
                .changeUntilMinutes(new BigDecimal("60"))
                .cancelUntilMinutes(new BigDecimal("30"))
                .changeNotAllowed(false)
                .overlappingBookingsAllowed(false)
                .minBookingDuration(new BigDecimal("30"))
                .maxBookingDuration(new BigDecimal("240"))
                .build();
    }

    static Timeslot slot(Instant from, Instant to) {
        return Timeslot.builder().startDateTime(from).endDateTime(to).build();
    }

    /** Calendar {@code id} with these free timeslots on 2 May, each given as its start and end ({@code "08:00"}). */
    static Calendar.Builder calendar(String id, String... fromTo) {
        List<Timeslot> slots = new java.util.ArrayList<>();
        for (int i = 0; i < fromTo.length; i += 2) {
            slots.add(slot(may2(fromTo[i]), may2(fromTo[i + 1])));
        }
        return Calendar.builder()
                .id(id)
                .beginFrom(may2("00:00"))
                .endBefore(Instant.parse("2024-05-03T00:00:00Z"))
                .timeslotIncrement(15)
                .availableTimeslots(slots)
                .lastUpdated(Instant.parse("2024-04-30T00:00:00Z"));
    }

    /** BookingLocation {@code id} at location LOC1 of {@code countryCode}-{@code partyId}, with calendar C1. */
    static BookingLocation.Builder location(String countryCode, String partyId, String id) {
        return BookingLocation.builder()
                .countryCode(countryCode)
                .partyId(partyId)
                .id(id)
                .locationId("LOC1")
                .bookingOption(BookingOption.builder().evseUid("EVSE1").build())
                .bookingTerms(terms())
                .calendars(List.of(
                        calendar("C1", "08:00", "12:00", "14:00", "18:00").build()))
                .lastUpdated(Instant.parse("2024-04-30T00:00:00Z"));
    }

    static Period period(String from, String to) {
        return Period.builder().startDateTime(may2(from)).endDateTime(may2(to)).build();
    }

    /** The request {@code requestId} of the eMSP {@code countryCode}-{@code partyId} for BL1, 2 May 14:00 to 15:00. */
    static BookingRequest.Builder request(String countryCode, String partyId, String requestId) {
        return BookingRequest.builder()
                .countryCode(countryCode)
                .partyId(partyId)
                .requestId(requestId)
                .locationId("LOC1")
                .bookingLocationId("BL1")
                .bookingOption(BookingOption.builder().evseUid("EVSE1").build())
                .tokens(List.of(token(countryCode, partyId)))
                .period(period("14:00", "15:00"))
                .authorizationReference("AUTH-" + requestId);
    }

    /** Booking {@code id} of the CPO {@code cpo} (country NL), made of the request, in this status, its request answered. */
    static Booking.Builder booking(String cpo, String id, BookingRequest request, ReservationStatus status) {
        ReservationRequestStatus answer = status == ReservationStatus.PENDING
                ? ReservationRequestStatus.PENDING
                : status == ReservationStatus.REJECTED
                        ? ReservationRequestStatus.DECLINED
                        : ReservationRequestStatus.ACCEPTED;
        return Booking.builder()
                .id(id)
                .countryCode("NL")
                .partyId(cpo)
                .requestId(request.requestId())
                .bookingOption(request.bookingOption())
                .locationId(request.locationId())
                .bookingTokens(request.tokens())
                .period(slot(request.period().startDateTime(), request.period().endDateTime()))
                .reservationStatus(status)
                .authorizationReference(request.authorizationReference())
                .bookingTerms(terms())
                .bookingRequests(List.of(BookingRequestStatus.builder()
                        .requestStatus(answer)
                        .bookingRequest(request)
                        .requestReceived(Instant.parse("2024-05-01T11:00:00Z"))
                        .build()))
                .lastUpdated(Instant.parse("2024-05-01T11:00:00Z"));
    }
}
