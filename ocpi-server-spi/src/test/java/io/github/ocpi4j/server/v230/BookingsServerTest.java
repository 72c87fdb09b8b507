package io.github.ocpi4j.server.v230;

import static io.github.ocpi4j.server.ServerFixture.OTHER_TOKEN;
import static io.github.ocpi4j.server.ServerFixture.json;
import static io.github.ocpi4j.server.v230.BookingObjects.booking;
import static io.github.ocpi4j.server.v230.BookingObjects.calendar;
import static io.github.ocpi4j.server.v230.BookingObjects.location;
import static io.github.ocpi4j.server.v230.BookingObjects.period;
import static io.github.ocpi4j.server.v230.BookingObjects.request;
import static io.github.ocpi4j.server.v230.BookingObjects.token;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.v230.bookings.Booking;
import io.github.ocpi4j.model.v230.bookings.BookingLocation;
import io.github.ocpi4j.model.v230.bookings.BookingRequest;
import io.github.ocpi4j.model.v230.bookings.CanceledReason;
import io.github.ocpi4j.model.v230.bookings.Cancellation;
import io.github.ocpi4j.model.v230.bookings.ReservationStatus;
import io.github.ocpi4j.model.v230.types.Role;
import io.github.ocpi4j.server.OcpiHttpResponse;
import io.github.ocpi4j.server.ServerFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Bookings 1.1 module of OCPI 2.3.0 through {@code handle()}: the Sender interface of a CPO ({@code
 * [[mod_bookings_cpo_interface]]}), where eMSPs search BookingLocations in a time window, read calendars, request,
 * change and cancel bookings and list their own; and the Receiver interface of an eMSP ({@code
 * [[mod_bookings_emsp_interface]]}), where a CPO pushes BookingLocations, calendars and bookings under its own {@code
 * {country_code}/{party_id}}. One server offers both; NL-EMS and DE-OTH call it, each as eMSP and, on the Receiver
 * interface, as a CPO would.
 */
class BookingsServerTest {
    private static final String BASE = "https://cpo.example.com/ocpi/2.3.0/";
    private static final String LOCATIONS = "2.3.0/sender/bookings/booking_locations";
    private static final String BOOKINGS = "2.3.0/sender/bookings";
    private static final String RECEIVER = "2.3.0/receiver/bookings/NL/EMS/";
    private static final ObjectMapper PLAIN = new ObjectMapper();

    private final InMemoryBookingsCpo cpo = new InMemoryBookingsCpo();
    private final InMemoryBookingsEmsp emsp = new InMemoryBookingsEmsp();
    private final ServerFixture fixture =
            new ServerFixture("2.3.0", b -> b.v230(s -> s.bookingsSender(cpo).bookingsReceiver(emsp)));

    // ---- version details

    @Test
    void versionDetailsListBothInterfacesOnlyWhenTheHostRegistersThem() {
        ServerFixture receiverOnly = new ServerFixture("2.3.0", b -> b.v230(s -> s.bookingsReceiver(emsp)));

        assertThat(endpoints(fixture.call("GET", "2.3.0", null)))
                .containsExactly(
                        "credentials SENDER " + BASE + "credentials",
                        "bookings SENDER " + BASE + "sender/bookings",
                        "bookings RECEIVER " + BASE + "receiver/bookings");
        assertThat(endpoints(receiverOnly.call("GET", "2.3.0", null)))
                .containsExactly(
                        "credentials SENDER " + BASE + "credentials",
                        "bookings RECEIVER " + BASE + "receiver/bookings");
    }

    // ---- Sender: BookingLocations and calendars ([[mod_bookings_get_booking_locations]])

    @Test
    void searchListsTheBookingLocationsWithFreeTimeInTheWindowPageByPage() {
        BookingLocation morning = location("NL", "CPO", "BL1")
                .calendars(List.of(calendar("C1", "08:00", "12:00").build()))
                .build();
        BookingLocation evening = location("NL", "CPO", "BL2")
                .calendars(List.of(calendar("C1", "17:00", "22:00").build()))
                .lastUpdated(Instant.parse("2024-04-30T01:00:00Z"))
                .build();
        BookingLocation allDay = location("NL", "CPO", "BL3")
                .calendars(List.of(calendar("C1", "06:00", "23:00").build()))
                .lastUpdated(Instant.parse("2024-04-30T02:00:00Z"))
                .build();
        cpo.locations.addAll(List.of(morning, evening, allDay));
        String search = "?timeslot_from=2024-05-02T18:00:00Z&timeslot_to=2024-05-02T19:00:00Z&limit=1";

        OcpiHttpResponse first = fixture.call("GET", LOCATIONS + search, null);
        String next = first.header("Link");
        OcpiHttpResponse second = fixture.call("GET", next.substring(next.indexOf("2.3.0/"), next.indexOf('>')), null);

        assertThat(data(first)).containsExactly(tree(evening));
        assertThat(first.header("X-Total-Count")).isEqualTo("2");
        assertThat(next).contains("timeslot_from=2024-05-02T18:00:00Z", "timeslot_to=2024-05-02T19:00:00Z", "offset=1");
        assertThat(data(second)).containsExactly(tree(allDay));
        assertThat(second.header("Link")).isNull();
        assertThat(data(fixture.call("GET", LOCATIONS, null))).hasSize(3);
    }

    @Test
    void aSearchWindowThatIsNoDateTimeOrEndsBeforeItStartsIsRefusedNamingTheParameter() {
        assertError(fixture.call("GET", LOCATIONS + "?timeslot_from=tomorrow", null), 200, 2001, "timeslot_from: ");
        assertError(
                fixture.call(
                        "GET",
                        LOCATIONS + "?timeslot_from=2024-05-02T19:00:00Z&timeslot_to=2024-05-02T18:00:00Z",
                        null),
                200,
                2001,
                "timeslot_to must be after timeslot_from");
    }

    @Test
    void senderAnswersABookingLocationAndItsCalendarsAndNotFoundForOthers() {
        BookingLocation bl1 = location("NL", "CPO", "BL1").build();
        cpo.locations.add(bl1);

        assertThat(data(fixture.call("GET", LOCATIONS + "/BL1", null))).isEqualTo(tree(bl1));
        assertThat(data(fixture.call("GET", LOCATIONS + "/BL1/C1", null)))
                .isEqualTo(tree(bl1.calendars().get(0)));
        assertError(fixture.call("GET", LOCATIONS + "/BL9", null), 404, 2000, "booking location not found");
        assertError(fixture.call("GET", LOCATIONS + "/BL1/C9", null), 404, 2000, "calendar not found");
    }

    // ---- Sender: requests ([[mod_bookings_cpo_post_booking_method]])

    @Test
    void aRequestMakesABookingOfTheRequestingEmspWhichOnlyItLists() {
        cpo.locations.add(location("NL", "CPO", "BL1").build());
        BookingRequest request = request("NL", "EMS", "RQ1").build();

        OcpiHttpResponse answer = fixture.call("POST", BOOKINGS, BookingObjects.json(request));

        JsonNode booking = data(answer);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(booking.get("reservation_status").asText()).isEqualTo("RESERVED");
        assertThat(booking.get("request_id").asText()).isEqualTo("RQ1");
        assertThat(booking.get("booking_requests").get(0).get("booking_request"))
                .isEqualTo(tree(request));
        assertThat(data(fixture.call("GET", BOOKINGS, null))).containsExactly(booking);
        assertThat(data(fixture.call("GET", BOOKINGS, null, OTHER_TOKEN))).isEmpty();
    }

    @Test
    void aRequestForABusyOrUnbookableTimeIsAnsweredRejected() {
        cpo.locations.add(location("NL", "CPO", "BL1").build());
        BookingRequest atLunch =
                request("NL", "EMS", "RQ1").period(period("12:00", "13:00")).build();

        JsonNode booking = data(fixture.call("POST", BOOKINGS, BookingObjects.json(atLunch)));

        assertThat(booking.get("reservation_status").asText()).isEqualTo("REJECTED");
        assertThat(booking.get("booking_requests").get(0).get("request_status").asText())
                .isEqualTo("DECLINED");
    }

    @Test
    void aRequestForAnUnknownBookingLocationIsUnknownLocationAndOneAtAnotherLocationIsRefused() {
        cpo.locations.add(location("NL", "CPO", "BL1").build());

        assertError(
                fixture.call(
                        "POST",
                        BOOKINGS,
                        BookingObjects.json(request("NL", "EMS", "RQ1")
                                .bookingLocationId("BL9")
                                .build())),
                200,
                2003,
                "booking_location_id: no BookingLocation BL9");
        assertError(
                fixture.call(
                        "POST",
                        BOOKINGS,
                        BookingObjects.json(
                                request("NL", "EMS", "RQ1").locationId("LOC2").build())),
                200,
                2001,
                "location_id: the BookingLocation BL1 is at location LOC1, not LOC2");
        assertThat(cpo.bookings).isEmpty();
    }

    @Test
    void aRequestThatBreaksTheModelIsRefusedNamingTheField() {
        cpo.locations.add(location("NL", "CPO", "BL1").build());
        JsonNode request = tree(request("NL", "EMS", "RQ1").build());
        ((com.fasterxml.jackson.databind.node.ObjectNode) request).remove("booking_location_id");
        ((com.fasterxml.jackson.databind.node.ObjectNode) request.get("period"))
                .put("end_date_time", "2024-05-02T13:00:00Z");

        OcpiHttpResponse answer = fixture.call("POST", BOOKINGS, request.toString());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(json(answer).get("status_code").asInt()).isEqualTo(2001);
        assertThat(data(answer).findValuesAsText("path")).contains("booking_location_id", "period.end_date_time");
        assertThat(cpo.bookings).isEmpty();
    }

    @Test
    void aRequestWithTheSameRequestIdChangesTheBooking() {
        cpo.locations.add(location("NL", "CPO", "BL1").build());
        fixture.call(
                "POST",
                BOOKINGS,
                BookingObjects.json(request("NL", "EMS", "RQ1").build()));
        BookingRequest later =
                request("NL", "EMS", "RQ1").period(period("15:00", "16:00")).build();

        JsonNode booking = data(fixture.call("POST", BOOKINGS, BookingObjects.json(later)));

        assertThat(booking.get("id").asText()).isEqualTo("B1");
        assertThat(booking.get("period").get("start_date_time").asText()).isEqualTo("2024-05-02T15:00:00Z");
        assertThat(booking.get("booking_requests").findValuesAsText("request_status"))
                .containsExactly("ACCEPTED", "ACCEPTED");
        assertThat(cpo.bookings).hasSize(1);
    }

    @Test
    void aCancelledBookingNeverChangesAgain() {
        cpo.locations.add(location("NL", "CPO", "BL1").build());
        fixture.call(
                "POST",
                BOOKINGS,
                BookingObjects.json(request("NL", "EMS", "RQ1").build()));
        BookingRequest cancel = request("NL", "EMS", "RQ1")
                .canceled(new Cancellation(CanceledReason.TRAFFIC, Role.EMSP))
                .build();

        JsonNode cancelled = data(fixture.call("POST", BOOKINGS, BookingObjects.json(cancel)));
        OcpiHttpResponse again = fixture.call(
                "POST",
                BOOKINGS,
                BookingObjects.json(request("NL", "EMS", "RQ1")
                        .period(period("15:00", "16:00"))
                        .build()));

        assertThat(cancelled.get("reservation_status").asText()).isEqualTo("CANCELED");
        // [[mod_bookings_flow_and_lifecycle]]: CANCELED is final
        assertError(again, 200, 2000, "change of booking B1 refused: $: the booking is CANCELED, a final status");
        assertThat(data(again).get(0).get("path").asText()).isEqualTo("$");
        assertThat(cpo.bookings.get("NL/EMS/RQ1").reservationStatus()).isEqualTo(ReservationStatus.CANCELED);
    }

    @Test
    void aCancellationAfterTheTermsDeadlineIsRefused() {
        // 12:20 today, cancelling allowed until 30 minutes before: 11:50, and the server's clock reads 12:00
        BookingRequest soon = request("NL", "EMS", "RQ1")
                .period(new io.github.ocpi4j.model.v230.bookings.Period(
                        Instant.parse("2024-05-01T12:20:00Z"), Instant.parse("2024-05-01T13:20:00Z")))
                .build();
        Booking booking = booking("CPO", "B7", soon, ReservationStatus.RESERVED).build();
        cpo.add(booking);
        BookingRequest cancel = soon.toBuilder()
                .canceled(new Cancellation(CanceledReason.TRAFFIC, Role.EMSP))
                .build();

        OcpiHttpResponse answer = fixture.call("POST", BOOKINGS, BookingObjects.json(cancel));

        // [[mod_bookings_booking_terms_class]]: cancel_until_minutes
        assertError(
                answer,
                200,
                2000,
                "cancellation of booking B7 refused: canceled: too late: cancelling was possible until"
                        + " 2024-05-01T11:50:00Z");
        assertThat(cpo.bookings.get("NL/EMS/RQ1")).isEqualTo(booking);
    }

    // ---- ownership ([[transport_and_format_client_owned_object_push]])

    @Test
    void aRequestInAnotherPartysNameOrWithItsTokensIsRefused() {
        cpo.locations.add(location("NL", "CPO", "BL1").build());
        BookingRequest asNlEms = request("NL", "EMS", "RQ1").build();
        BookingRequest withItsToken =
                request("DE", "OTH", "RQ2").tokens(List.of(token("NL", "EMS"))).build();

        assertError(
                fixture.call("POST", BOOKINGS, BookingObjects.json(asNlEms), OTHER_TOKEN),
                200,
                2001,
                "the booking request belongs to NL-EMS, which is not one of your roles: post only your own (DE-OTH)");
        assertError(
                fixture.call("POST", BOOKINGS, BookingObjects.json(withItsToken), OTHER_TOKEN),
                200,
                2001,
                "tokens[0]: the token belongs to NL-EMS; an eMSP books with its own tokens only");
        assertThat(cpo.bookings).isEmpty();
    }

    @Test
    void anotherPartysBookingIsNeitherVisibleNorChangeableThroughItsRequestId() {
        cpo.locations.add(location("NL", "CPO", "BL1").build());
        JsonNode ours = data(fixture.call(
                "POST",
                BOOKINGS,
                BookingObjects.json(request("NL", "EMS", "RQ1").build())));
        BookingRequest theirs = request("DE", "OTH", "RQ1")
                .period(period("16:00", "17:00"))
                .canceled(new Cancellation(CanceledReason.TRAFFIC, Role.EMSP))
                .build();

        JsonNode made = data(fixture.call("POST", BOOKINGS, BookingObjects.json(theirs), OTHER_TOKEN));

        // the same request_id of another eMSP is a booking of its own, not a cancellation of NL-EMS's
        assertThat(made.get("id").asText()).isEqualTo("B2");
        assertThat(data(fixture.call("GET", BOOKINGS, null))).containsExactly(ours);
        assertThat(data(fixture.call("GET", BOOKINGS, null, OTHER_TOKEN))).containsExactly(made);
    }

    @Test
    void bookingsOfOtherPartiesThatAHostListsAreWithheld() {
        BookingRequest ours = request("NL", "EMS", "RQ1").build();
        BookingRequest theirs = request("DE", "OTH", "RQ2").build();
        Booking mine = booking("CPO", "B1", ours, ReservationStatus.RESERVED).build();
        cpo.add(mine);
        cpo.add(booking("CPO", "B2", theirs, ReservationStatus.RESERVED)
                .lastUpdated(Instant.parse("2024-05-01T11:30:00Z"))
                .build());
        cpo.leaky = true;

        OcpiHttpResponse list = fixture.call("GET", BOOKINGS, null);

        assertThat(data(list)).containsExactly(tree(mine));
        assertThat(list.header("X-Total-Count")).isEqualTo("2");
    }

    // ---- Receiver ([[mod_bookings_emsp_interface]])

    @Test
    void receiverStoresPatchesAndAnswersABookingLocation() {
        BookingLocation pushed = location("NL", "EMS", "BL1").build();
        String patch = "{\"booking_terms\":"
                + BookingObjects.json(BookingObjects.terms().toBuilder()
                        .changeNotAllowed(true)
                        .build())
                + ",\"last_updated\":\"2024-05-01T11:00:00Z\"}";

        assertThat(fixture.call("PUT", RECEIVER + "booking_locations/BL1", BookingObjects.json(pushed))
                        .status())
                .isEqualTo(201);
        assertThat(data(fixture.call("GET", RECEIVER + "booking_locations/BL1", null)))
                .isEqualTo(tree(pushed));
        assertSuccess(fixture.call("PATCH", RECEIVER + "booking_locations/BL1", patch));

        BookingLocation now = emsp.locations.get("NL/EMS/BL1");
        assertThat(now.bookingTerms().changeNotAllowed()).isTrue();
        assertThat(now.lastUpdated()).isEqualTo(Instant.parse("2024-05-01T11:00:00Z"));
        assertError(
                fixture.call("PATCH", RECEIVER + "booking_locations/BL9", patch),
                404,
                2000,
                "booking location not found");
    }

    @Test
    void receiverKeepsCalendarsInTheirBookingLocationAndStampsIt() {
        fixture.call(
                "PUT",
                RECEIVER + "booking_locations/BL1",
                BookingObjects.json(location("NL", "EMS", "BL1").build()));
        String c2 = BookingObjects.json(calendar("C2", "09:00", "10:00")
                .lastUpdated(Instant.parse("2024-05-01T10:00:00Z"))
                .build());
        // [[mod_bookings_booking_location_patch_method]]: a PATCH of a calendar stamps its BookingLocation too
        String patch = "{\"timeslot_increment\":30,\"last_updated\":\"2024-05-01T11:00:00Z\"}";

        assertThat(fixture.call("PUT", RECEIVER + "booking_locations/BL1/C2", c2)
                        .status())
                .isEqualTo(201);
        assertThat(emsp.locations.get("NL/EMS/BL1").lastUpdated()).isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
        assertSuccess(fixture.call("PATCH", RECEIVER + "booking_locations/BL1/C1", patch));

        BookingLocation now = emsp.locations.get("NL/EMS/BL1");
        assertThat(now.calendars()).extracting(c -> c.id().value()).containsExactly("C1", "C2");
        assertThat(now.calendars().get(0).timeslotIncrement()).isEqualTo(30);
        assertThat(now.lastUpdated()).isEqualTo(Instant.parse("2024-05-01T11:00:00Z"));
        assertThat(data(fixture.call("GET", RECEIVER + "booking_locations/BL1/C2", null)))
                .isEqualTo(tree(c2));
        assertError(
                fixture.call("PUT", RECEIVER + "booking_locations/BL9/C2", c2),
                404,
                2000,
                "booking location not found");
        assertError(
                fixture.call("PATCH", RECEIVER + "booking_locations/BL1/C9", patch), 404, 2000, "calendar not found");
        assertError(
                fixture.call("PUT", RECEIVER + "booking_locations/BL1/C3", c2),
                200,
                2001,
                "calendar_id in the URL (C3) differs from the body's (C2)");
    }

    @Test
    void receiverStoresPatchesAndAnswersABookingByItsId() {
        Booking pending = booking("EMS", "B1", request("NL", "DRV", "RQ1").build(), ReservationStatus.PENDING)
                .build();
        String confirm = "{\"reservation_status\":\"RESERVED\",\"last_updated\":\"2024-05-01T11:30:00Z\"}";

        assertThat(fixture.call("PUT", RECEIVER + "B1", BookingObjects.json(pending))
                        .status())
                .isEqualTo(201);
        assertThat(data(fixture.call("GET", RECEIVER + "B1", null))).isEqualTo(tree(pending));
        assertSuccess(fixture.call("PATCH", RECEIVER + "B1", confirm));

        assertThat(emsp.bookings.get("NL/EMS/B1").reservationStatus()).isEqualTo(ReservationStatus.RESERVED);
        assertError(fixture.call("PATCH", RECEIVER + "B9", confirm), 404, 2000, "booking not found");
    }

    @Test
    void aPushThatBreaksTheBookingLifecycleIsRefusedAndChangesNothing() {
        BookingRequest request = request("NL", "DRV", "RQ1").build();
        Booking pending =
                booking("EMS", "B1", request, ReservationStatus.PENDING).build();
        Booking cancelled = booking("EMS", "B2", request("NL", "DRV", "RQ2").build(), ReservationStatus.RESERVED)
                .reservationStatus(ReservationStatus.CANCELED)
                .build();
        emsp.keep(pending);
        emsp.keep(cancelled);
        Map<String, Booking> before = Map.copyOf(emsp.bookings);

        // [[mod_bookings_flow_and_lifecycle]]: PENDING moves to RESERVED, REJECTED or FAILED only; CANCELED is final
        OcpiHttpResponse fulfilled = fixture.call(
                "PUT",
                RECEIVER + "B1",
                BookingObjects.json(pending.toBuilder()
                        .reservationStatus(ReservationStatus.FULFILLED)
                        .build()));
        OcpiHttpResponse revived = fixture.call(
                "PATCH",
                RECEIVER + "B2",
                "{\"reservation_status\":\"RESERVED\",\"last_updated\":\"2024-05-01T11:30:00Z\"}");

        assertError(
                fulfilled,
                200,
                2000,
                "update of booking B1 refused: reservation_status: cannot move from PENDING to FULFILLED (allowed:"
                        + " FAILED, REJECTED, RESERVED)");
        assertError(revived, 200, 2000, "update of booking B2 refused: $: the booking is CANCELED, a final status");
        assertThat(emsp.bookings).isEqualTo(before);
    }

    /** Every call on NL-EMS's pushed objects by their URL: method, path below the receiver, body. */
    static Stream<Arguments> callsOnNlEmsObjects() {
        String location = BookingObjects.json(location("NL", "EMS", "BL1").build());
        String calendar = BookingObjects.json(calendar("C1", "08:00", "09:00").build());
        String booking = BookingObjects.json(
                booking("EMS", "B1", request("NL", "DRV", "RQ1").build(), ReservationStatus.PENDING)
                        .build());
        String stamp = "{\"last_updated\":\"2024-05-01T11:30:00Z\"}";
        return Stream.of(
                Arguments.of("GET", "booking_locations/BL1", null),
                Arguments.of("PUT", "booking_locations/BL1", location),
                Arguments.of("PATCH", "booking_locations/BL1", stamp),
                Arguments.of("GET", "booking_locations/BL1/C1", null),
                Arguments.of("PUT", "booking_locations/BL1/C1", calendar),
                Arguments.of("PATCH", "booking_locations/BL1/C1", stamp),
                Arguments.of("GET", "B1", null),
                Arguments.of("PUT", "B1", booking),
                Arguments.of("PATCH", "B1", stamp));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("callsOnNlEmsObjects")
    void anotherPartysPushedObjectsAreInvisibleAndUntouchedThroughTheirUrl(
            String method, String path, @Nullable String body) {
        fixture.call(
                "PUT",
                RECEIVER + "booking_locations/BL1",
                BookingObjects.json(location("NL", "EMS", "BL1").build()));
        fixture.call(
                "PUT",
                RECEIVER + "B1",
                BookingObjects.json(
                        booking("EMS", "B1", request("NL", "DRV", "RQ1").build(), ReservationStatus.PENDING)
                                .build()));
        Map<String, ?> before = Map.of("locations", Map.copyOf(emsp.locations), "bookings", Map.copyOf(emsp.bookings));

        OcpiHttpResponse response = fixture.call(method, RECEIVER + path, body, OTHER_TOKEN);

        assertError(response, 404, 2000, "NL/EMS is not one of your roles");
        assertThat(Map.of("locations", Map.copyOf(emsp.locations), "bookings", Map.copyOf(emsp.bookings)))
                .isEqualTo(before);
    }

    @Test
    void nlEmssObjectsPushedUnderDeOthsUrlAreRefused() {
        String location = BookingObjects.json(location("NL", "EMS", "BL1").build());
        String booking = BookingObjects.json(
                booking("EMS", "B1", request("NL", "DRV", "RQ1").build(), ReservationStatus.PENDING)
                        .build());
        String other = "2.3.0/receiver/bookings/DE/OTH/";

        assertError(
                fixture.call("PUT", other + "booking_locations/BL1", location, OTHER_TOKEN),
                200,
                2001,
                "country_code in the URL (DE) differs from the body's (NL)");
        assertError(
                fixture.call("PUT", other + "B1", booking, OTHER_TOKEN),
                200,
                2001,
                "country_code in the URL (DE) differs from the body's (NL)");
        assertThat(emsp.locations).isEmpty();
        assertThat(emsp.bookings).isEmpty();
    }

    // ---- helpers

    private static JsonNode data(OcpiHttpResponse response) {
        return json(response).get("data");
    }

    private static JsonNode tree(@Nullable Object model) {
        try {
            return PLAIN.readTree(
                    model instanceof String s ? s : OcpiJson.instance().writeString(model));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> endpoints(OcpiHttpResponse details) {
        return data(details).get("endpoints").findParents("identifier").stream()
                .map(e -> e.get("identifier").asText() + " " + e.get("role").asText() + " "
                        + e.get("url").asText())
                .toList();
    }

    private static void assertSuccess(OcpiHttpResponse response) {
        assertThat(response.status()).isEqualTo(200);
        assertThat(json(response).get("status_code").asInt()).isEqualTo(1000);
    }

    /** An error: HTTP status, OCPI status code, and a message that starts with {@code message}. */
    private static void assertError(OcpiHttpResponse response, int httpStatus, int statusCode, String message) {
        assertThat(response.status()).isEqualTo(httpStatus);
        assertThat(json(response).get("status_code").asInt()).isEqualTo(statusCode);
        assertThat(json(response).get("status_message").asText()).startsWith(message);
    }
}
