package io.github.ocpi4j.model.v230.bookings;

import static io.github.ocpi4j.model.v230.bookings.BookingFixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.v230.cdrs.AuthMethod;
import io.github.ocpi4j.model.v230.cdrs.CdrToken;
import io.github.ocpi4j.model.v230.sessions.Session;
import io.github.ocpi4j.model.v230.sessions.SessionStatus;
import io.github.ocpi4j.model.v230.tokens.TokenType;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link BookingMatcher}: the booking a session fulfils ({@code [[mod_bookings_reservation_status_enum]]}: a session
 * started with the booking's token before it expired). The fixture's booking is NL-CPO's, at EVSE1 of LOC1, 12:00 to
 * 13:00, for token 04A1B2C3 of NL-EMS and reference AUTH1; a session may start from 11:50 until 12:15.
 */
class BookingMatcherTest {
    private final Booking booking = BookingFixtures.booking().build();

    private static CdrToken.Builder card() {
        return CdrToken.builder()
                .countryCode("NL")
                .partyId("EMS")
                .uid("04a1b2c3")
                .type(TokenType.RFID)
                .contractId("NL-EMS-C00000001");
    }

    /** A session of NL-CPO at EVSE1 of LOC1 started at 12:05 with the booked card, without a reference. */
    private static Session.Builder session() {
        return Session.builder()
                .countryCode("NL")
                .partyId("CPO")
                .id("S1")
                .startDateTime(at("12:05"))
                .kwh(BigDecimal.ZERO)
                .cdrToken(card().build())
                .authMethod(AuthMethod.WHITELIST)
                .locationId("LOC1")
                .evseUid("EVSE1")
                .connectorId("1")
                .currency("EUR")
                .status(SessionStatus.ACTIVE)
                .lastUpdated(at("12:05"));
    }

    @Test
    void aSessionWithTheBookedTokenAtTheBookedEvseInTimeFulfilsTheBooking() {
        assertThat(BookingMatcher.fulfils(session().build(), booking)).isTrue();
        assertThat(BookingMatcher.fulfilledBy(session().build(), List.of(booking)))
                .contains(booking);
    }

    @Test
    void theAuthorizationReferenceAloneIdentifiesTheBooking() {
        Session remote = session()
                .cdrToken(card().uid("APP-USER-7").type(TokenType.APP_USER).build())
                .authMethod(AuthMethod.COMMAND)
                .authorizationReference("auth1")
                .build();

        assertThat(BookingMatcher.fulfils(remote, booking)).isTrue();
        assertThat(BookingMatcher.fulfils(
                        remote.toBuilder().authorizationReference("AUTH2").build(), booking))
                .isFalse();
    }

    @Test
    void anotherTokenOfAnotherPartyOrTypeDoesNotFulfilIt() {
        assertThat(BookingMatcher.fulfils(
                        session().cdrToken(card().uid("FFFF").build()).build(), booking))
                .isFalse();
        assertThat(BookingMatcher.fulfils(
                        session().cdrToken(card().partyId("XYZ").build()).build(), booking))
                .isFalse();
        assertThat(BookingMatcher.fulfils(
                        session()
                                .cdrToken(card().type(TokenType.APP_USER).build())
                                .build(),
                        booking))
                .isFalse();
    }

    @Test
    void aTokenOfTheSameGroupCountsOnlyWhereTheTermsSupportTokenGroups() {
        // [[mod_bookings_booking_terms_class]]: token_groups_supported
        Session sibling = session().cdrToken(card().uid("0BB00000").build()).build();
        Booking groups = booking.toBuilder()
                .bookingTerms(BookingFixtures.terms().tokenGroupsSupported(true).build())
                .build();

        assertThat(BookingMatcher.fulfils(sibling, groups, (used, booked) -> true))
                .isTrue();
        assertThat(BookingMatcher.fulfils(sibling, booking, (used, booked) -> true))
                .isFalse();
        assertThat(BookingMatcher.fulfils(sibling, groups)).isFalse();
    }

    @Test
    void theSessionMustBeAtTheBookedLocationEvseAndConnectorOfTheSameCpo() {
        Booking onConnector = booking.toBuilder()
                .bookingOption(BookingOption.builder()
                        .evseUid("EVSE1")
                        .connectorId("2")
                        .build())
                .build();

        assertThat(BookingMatcher.fulfils(session().evseUid("EVSE2").build(), booking))
                .isFalse();
        assertThat(BookingMatcher.fulfils(session().locationId("LOC2").build(), booking))
                .isFalse();
        assertThat(BookingMatcher.fulfils(session().partyId("OTH").build(), booking))
                .isFalse();
        assertThat(BookingMatcher.fulfils(session().build(), onConnector)).isFalse();
        assertThat(BookingMatcher.fulfils(session().connectorId("2").build(), onConnector))
                .isTrue();
    }

    @Test
    void aBookingWithoutAnAssignedEvseTakesAnyEvseOfItsLocation() {
        // [[mod_bookings_booking_option_class]]: evse_uid #NA while no EVSE is assigned
        Booking notAssigned = booking.toBuilder()
                .bookingOption(BookingOption.builder().evseUid("#NA").build())
                .build();
        Booking noOption = booking.toBuilder().bookingOption(null).build();

        assertThat(BookingMatcher.fulfils(session().evseUid("EVSE7").build(), notAssigned))
                .isTrue();
        assertThat(BookingMatcher.fulfils(session().evseUid("EVSE7").build(), noOption))
                .isTrue();
    }

    @Test
    void theSessionStartsFromTheEarlyStartAndBeforeTheNoShow() {
        assertThat(BookingMatcher.fulfils(session().startDateTime(at("11:49")).build(), booking))
                .isFalse();
        assertThat(BookingMatcher.fulfils(session().startDateTime(at("11:50")).build(), booking))
                .isTrue();
        assertThat(BookingMatcher.fulfils(session().startDateTime(at("12:14")).build(), booking))
                .isTrue();
        assertThat(BookingMatcher.fulfils(session().startDateTime(at("12:15")).build(), booking))
                .isFalse();
    }

    @Test
    void onlyAReservedBookingCanBeFulfilled() {
        for (ReservationStatus status : ReservationStatus.values()) {
            Booking in = booking.toBuilder().reservationStatus(status).build();
            assertThat(BookingMatcher.fulfils(session().build(), in))
                    .as("%s", status)
                    .isEqualTo(status == ReservationStatus.RESERVED);
        }
    }

    @Test
    void aMatchByReferenceWinsThenTheBookingThatStartsNearestThenTheSmallestId() {
        Session session = session().authorizationReference("AUTH2").build();
        Booking byToken = booking; // 12:00, token only
        Booking byReference = booking.toBuilder()
                .id("B3")
                .authorizationReference("AUTH2")
                .period(BookingFixtures.slot("12:10", "13:00", "22000"))
                .build();
        Booking nearer = booking.toBuilder()
                .id("B2")
                .period(BookingFixtures.slot("12:05", "13:00", "22000"))
                .build();
        Booking sameStart = nearer.toBuilder().id("B0").build();

        assertThat(BookingMatcher.fulfilledBy(session, List.of(byToken, nearer, byReference)))
                .contains(byReference);
        assertThat(BookingMatcher.fulfilledBy(session, List.of(byToken, nearer)))
                .contains(nearer);
        assertThat(BookingMatcher.fulfilledBy(session, List.of(nearer, sameStart, byToken)))
                .contains(sameStart);
        assertThat(BookingMatcher.fulfilledBy(session().evseUid("EVSE9").build(), List.of(byToken, nearer)))
                .isEmpty();
    }
}
