package io.github.ocpi4j.server.v230;

import static io.github.ocpi4j.server.v230.BookingObjects.booking;
import static io.github.ocpi4j.server.v230.BookingObjects.calendar;
import static io.github.ocpi4j.server.v230.BookingObjects.location;
import static io.github.ocpi4j.server.v230.BookingObjects.may2;
import static io.github.ocpi4j.server.v230.BookingObjects.period;
import static io.github.ocpi4j.server.v230.BookingObjects.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ocpi4j.client.InMemoryPartyStore;
import io.github.ocpi4j.client.ListQuery;
import io.github.ocpi4j.client.OcpiClient;
import io.github.ocpi4j.client.Page;
import io.github.ocpi4j.client.Party;
import io.github.ocpi4j.client.PartyEndpoint;
import io.github.ocpi4j.client.PartyRole;
import io.github.ocpi4j.client.RetryPolicy;
import io.github.ocpi4j.client.v230.BookingsReceiverClient;
import io.github.ocpi4j.client.v230.BookingsSenderClient;
import io.github.ocpi4j.model.OcpiStatusCode;
import io.github.ocpi4j.model.OcpiStatusException;
import io.github.ocpi4j.model.OcpiValidationException;
import io.github.ocpi4j.model.v230.bookings.Booking;
import io.github.ocpi4j.model.v230.bookings.BookingLocation;
import io.github.ocpi4j.model.v230.bookings.BookingLocationPatch;
import io.github.ocpi4j.model.v230.bookings.BookingPatch;
import io.github.ocpi4j.model.v230.bookings.BookingRequest;
import io.github.ocpi4j.model.v230.bookings.Calendar;
import io.github.ocpi4j.model.v230.bookings.CalendarPatch;
import io.github.ocpi4j.model.v230.bookings.CanceledReason;
import io.github.ocpi4j.model.v230.bookings.Cancellation;
import io.github.ocpi4j.model.v230.bookings.ReservationStatus;
import io.github.ocpi4j.model.v230.types.Role;
import io.github.ocpi4j.server.OcpiServer;
import io.github.ocpi4j.server.ServerFixture;
import io.github.ocpi4j.server.jdk.JdkHttpServerAdapter;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The Bookings 1.1 module clients of {@code client.v230} against the server's routes over loopback: NL-EMS calls a
 * server that offers the Sender interface of a CPO ({@link InMemoryBookingsCpo}) and the Receiver interface of an eMSP
 * ({@link InMemoryBookingsEmsp}); it searches and books as an eMSP and pushes as a CPO would. The server pages by 1.
 */
class BookingsClientServerTest {
    private final InMemoryBookingsCpo cpo = new InMemoryBookingsCpo();
    private final InMemoryBookingsEmsp emsp = new InMemoryBookingsEmsp();
    private final InMemoryPartyStore parties = new InMemoryPartyStore();
    private final OcpiClient client =
            OcpiClient.builder().retryPolicy(RetryPolicy.none()).build();
    private final JdkHttpServerAdapter http;
    private final BookingsSenderClient sender;
    private final BookingsReceiverClient receiver;

    BookingsClientServerTest() {
        parties.save(new Party(
                "emsp",
                Party.Status.REGISTERED,
                "emsp-token",
                null,
                null,
                "2.3.0",
                List.of(PartyRole.of("EMSP", "NL", "EMS")),
                List.of(),
                false));
        http = JdkHttpServerAdapter.start(
                new InetSocketAddress("127.0.0.1", 0),
                port -> OcpiServer.builder()
                        .baseUrl("http://127.0.0.1:" + port + "/ocpi")
                        .partyStore(parties)
                        .roles(List.of(ServerFixture.ourRole()))
                        .clock(Clock.fixed(ServerFixture.NOW, ZoneOffset.UTC))
                        .maxPageSize(1)
                        .v230(s -> s.bookingsSender(cpo).bookingsReceiver(emsp))
                        .build());
        V230Urls urls = http.server().v230Urls();
        Party server = new Party(
                "server",
                Party.Status.REGISTERED,
                null,
                "emsp-token",
                http.server().versionsUrl(),
                "2.3.0",
                List.of(PartyRole.of("CPO", "NL", "CPO")),
                List.of(
                        new PartyEndpoint("bookings", "SENDER", urls.endpointUrl("bookings", "SENDER")),
                        new PartyEndpoint("bookings", "RECEIVER", urls.endpointUrl("bookings", "RECEIVER"))),
                false);
        sender = client.partner(server).v230().bookingsSender();
        receiver = client.partner(server).v230().bookingsReceiver();
    }

    @AfterEach
    void stop() {
        http.close();
        client.close();
    }

    // ---- the eMSP's calls ([[mod_bookings_cpo_interface]])

    @Test
    void searchFetchesEveryPageOfTheBookingLocationsWithFreeTimeInTheWindow() {
        BookingLocation morning = location("NL", "CPO", "BL1")
                .calendars(List.of(calendar("C1", "08:00", "12:00").build()))
                .build();
        BookingLocation evening = location("NL", "CPO", "BL2")
                .calendars(List.of(calendar("C1", "17:00", "22:00").build()))
                .build();
        BookingLocation allDay = location("NL", "CPO", "BL3")
                .calendars(List.of(calendar("C1", "06:00", "23:00").build()))
                .build();
        cpo.locations.addAll(List.of(morning, evening, allDay));

        Page<BookingLocation> first = sender.bookingLocationsPage(ListQuery.all(), may2("18:00"), may2("19:00"));

        assertThat(sender.bookingLocations(ListQuery.all(), may2("18:00"), may2("19:00")))
                .containsExactly(evening, allDay);
        assertThat(sender.bookingLocations(ListQuery.all(), null, may2("09:00")))
                .containsExactly(morning, allDay);
        assertThat(sender.bookingLocations(ListQuery.all(), null, null)).containsExactly(morning, evening, allDay);
        assertThat(first.items()).containsExactly(evening);
        assertThat(first.totalCount()).isEqualTo(2);
        assertThat(sender.bookingLocationsPage(first.nextUrl()).items()).containsExactly(allDay);
    }

    @Test
    void emspReadsABookingLocationAndItsCalendar() {
        BookingLocation bl1 = location("NL", "CPO", "BL1").build();
        cpo.locations.add(bl1);

        assertThat(sender.bookingLocation("BL1")).contains(bl1);
        assertThat(sender.calendar("BL1", "C1")).contains(bl1.calendars().get(0));
        assertThat(sender.bookingLocation("BL9")).isEmpty();
        assertThat(sender.calendar("BL1", "C9")).isEmpty();
    }

    @Test
    void emspRequestsMovesAndCancelsABookingAndListsItsOwn() {
        cpo.locations.add(location("NL", "CPO", "BL1").build());
        BookingRequest request = request("NL", "EMS", "RQ1").build();

        Booking made = sender.request(request);
        Booking moved = sender.request(
                request.toBuilder().period(period("15:00", "16:00")).build());
        Booking cancelled = sender.cancel(request, new Cancellation(CanceledReason.TRAFFIC, Role.EMSP));

        assertThat(made.reservationStatus()).isEqualTo(ReservationStatus.RESERVED);
        assertThat(moved.id().value()).isEqualTo(made.id().value());
        assertThat(moved.period().startDateTime()).isEqualTo(may2("15:00"));
        assertThat(cancelled.reservationStatus()).isEqualTo(ReservationStatus.CANCELED);
        assertThat(cancelled.bookingRequests()).hasSize(3);
        assertThat(sender.bookings(ListQuery.all())).containsExactly(cancelled);
        // [[mod_bookings_flow_and_lifecycle]]: a cancelled booking is final
        assertThatThrownBy(() -> sender.request(request)).isInstanceOfSatisfying(OcpiStatusException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(OcpiStatusCode.CLIENT_ERROR);
            assertThat(e.statusMessage()).contains("the booking is CANCELED, a final status");
        });
    }

    @Test
    void theBookingsListIsFetchedPageByPage() {
        cpo.locations.add(location("NL", "CPO", "BL1").build());
        Booking first = sender.request(request("NL", "EMS", "RQ1").build());
        cpo.add(first.toBuilder()
                .lastUpdated(Instant.parse("2024-05-01T10:00:00Z"))
                .build());
        Booking second = sender.request(
                request("NL", "EMS", "RQ2").period(period("16:00", "17:00")).build());

        Page<Booking> page = sender.bookingsPage(ListQuery.all());

        assertThat(page.items()).hasSize(1);
        assertThat(page.totalCount()).isEqualTo(2);
        assertThat(sender.bookings(ListQuery.all()).map(b -> b.id().value())).containsExactly("B1", "B2");
        assertThat(sender.bookingsPage(page.nextUrl()).items()).containsExactly(second);
    }

    @Test
    void aRequestThatBreaksTheModelIsNotSent() {
        BookingRequest broken =
                request("NL", "EMS", "RQ1").period(period("15:00", "14:00")).build();

        assertThatThrownBy(() -> sender.request(broken)).isInstanceOf(OcpiValidationException.class);
        assertThat(cpo.bookings).isEmpty();
    }

    // ---- the CPO's pushes ([[mod_bookings_emsp_interface]])

    @Test
    void cpoPushesBookingLocationsCalendarsAndBookingsWholeAndInPart() {
        BookingLocation bl1 = location("NL", "EMS", "BL1").build();
        Calendar c2 = calendar("C2", "09:00", "10:00").build();
        Booking pending = booking("EMS", "B1", request("NL", "DRV", "RQ1").build(), ReservationStatus.PENDING)
                .build();
        Instant now = Instant.parse("2024-05-01T11:30:00Z");

        receiver.putBookingLocation(bl1);
        receiver.patchBookingLocation(
                "NL",
                "EMS",
                "BL1",
                BookingLocationPatch.builder()
                        .tariffIds(List.of())
                        .lastUpdated(now)
                        .build());
        receiver.putCalendar("NL", "EMS", "BL1", c2);
        receiver.patchCalendar(
                "NL",
                "EMS",
                "BL1",
                "C1",
                CalendarPatch.builder().timeslotIncrement(30).lastUpdated(now).build());
        receiver.putBooking(pending);
        receiver.patchBooking(
                "NL",
                "EMS",
                "B1",
                BookingPatch.builder()
                        .reservationStatus(ReservationStatus.RESERVED)
                        .lastUpdated(now)
                        .build());

        BookingLocation stored = receiver.bookingLocation("NL", "EMS", "BL1").orElseThrow();
        assertThat(stored.calendars()).extracting(c -> c.id().value()).containsExactly("C1", "C2");
        assertThat(receiver.calendar("NL", "EMS", "BL1", "C1").orElseThrow().timeslotIncrement())
                .isEqualTo(30);
        assertThat(receiver.calendar("NL", "EMS", "BL1", "C2")).contains(c2);
        assertThat(stored.lastUpdated()).isEqualTo(now);
        assertThat(receiver.booking("NL", "EMS", "B1").orElseThrow().reservationStatus())
                .isEqualTo(ReservationStatus.RESERVED);
        assertThat(receiver.booking("NL", "EMS", "B9")).isEmpty();
    }

    @Test
    void aPushThatBreaksTheLifecycleComesBackAsAClientError() {
        Booking pending = booking("EMS", "B1", request("NL", "DRV", "RQ1").build(), ReservationStatus.PENDING)
                .build();
        receiver.putBooking(pending);

        assertThatThrownBy(() -> receiver.patchBooking(
                        "NL",
                        "EMS",
                        "B1",
                        BookingPatch.builder()
                                .reservationStatus(ReservationStatus.NO_SHOW)
                                .lastUpdated(Instant.parse("2024-05-01T11:30:00Z"))
                                .build()))
                .isInstanceOfSatisfying(
                        OcpiStatusException.class,
                        e -> assertThat(e.statusMessage())
                                .isEqualTo(
                                        "update of booking B1 refused: reservation_status: cannot move from PENDING to"
                                                + " NO_SHOW (allowed: FAILED, REJECTED, RESERVED)"));
        assertThat(emsp.bookings.values()).containsExactly(pending);
    }
}
