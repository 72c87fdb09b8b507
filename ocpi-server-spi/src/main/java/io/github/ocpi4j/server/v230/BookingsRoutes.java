package io.github.ocpi4j.server.v230;

import static io.github.ocpi4j.server.internal.Checks.countryCode;
import static io.github.ocpi4j.server.internal.Checks.partyId;
import static io.github.ocpi4j.server.internal.Checks.same;

import io.github.ocpi4j.model.OcpiStatusException;
import io.github.ocpi4j.model.v230.bookings.Booking;
import io.github.ocpi4j.model.v230.bookings.BookingLifecycle;
import io.github.ocpi4j.model.v230.bookings.BookingLocation;
import io.github.ocpi4j.model.v230.bookings.BookingLocationPatch;
import io.github.ocpi4j.model.v230.bookings.BookingPatch;
import io.github.ocpi4j.model.v230.bookings.BookingRequest;
import io.github.ocpi4j.model.v230.bookings.BookingRules;
import io.github.ocpi4j.model.v230.bookings.BookingToken;
import io.github.ocpi4j.model.v230.bookings.Calendar;
import io.github.ocpi4j.model.v230.bookings.CalendarPatch;
import io.github.ocpi4j.server.RequestContext;
import io.github.ocpi4j.server.internal.Call;
import io.github.ocpi4j.server.internal.Checks;
import io.github.ocpi4j.server.internal.Reply;
import io.github.ocpi4j.server.internal.RouteTable;
import io.github.ocpi4j.server.internal.RouteTable.Ids;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The routes of the Bookings 1.1 module of OCPI 2.3.0 ({@code [[mod_bookings_interfaces_and_endpoints]]}), declared
 * over the shared {@link RouteTable}: the Sender's lists, its single objects and the POST of a request; the
 * Receiver's client-owned BookingLocations, calendars and bookings. What the module adds to the shared checks is its
 * lifecycle: a change of a booking is checked with {@link BookingRules#checkChange}, a push of one with {@link
 * BookingLifecycle#checkUpdate}.
 */
final class BookingsRoutes {
    private static final String SENDER_LOCATIONS = "sender/bookings/booking_locations";
    private static final String RECEIVER = "receiver/bookings/{country_code}/{party_id}";
    private static final String RECEIVER_LOCATION = RECEIVER + "/booking_locations/{booking_location_id}";

    private BookingsRoutes() {}

    static void add(RouteTable r, @Nullable BookingsSenderService sender, @Nullable BookingsReceiverService receiver) {
        if (sender != null) {
            sender(r, sender);
        }
        if (receiver != null) {
            receiver(r, receiver);
        }
    }

    // ---- Sender ([[mod_bookings_cpo_interface]])

    private static void sender(RouteTable r, BookingsSenderService s) {
        r.listAt(SENDER_LOCATIONS, (c, page) -> s.bookingLocations(c.context(), page, window(c)), null);
        r.get(
                SENDER_LOCATIONS + "/{booking_location_id}",
                "booking location",
                c -> s.bookingLocation(c.context(), c.ciParam("booking_location_id")));
        r.get(
                SENDER_LOCATIONS + "/{booking_location_id}/{calendar_id}",
                "calendar",
                c -> s.calendar(c.context(), c.ciParam("booking_location_id"), c.ciParam("calendar_id")));
        r.list("bookings", s::bookings, BookingsRoutes::requestedBy);
        r.add("POST", "sender/bookings", BookingRequest.class, (c, request) -> Reply.ok(request(c, s, request)));
    }

    /** The {@code timeslot_from} and {@code timeslot_to} of a search, each a DateTime, the first before the second. */
    private static TimeslotWindow window(Call c) {
        Instant from = c.dateQuery("timeslot_from");
        Instant to = c.dateQuery("timeslot_to");
        if (from != null && to != null && !from.isBefore(to)) {
            throw OcpiStatusException.invalidOrMissingParameters(
                    "timeslot_to must be after timeslot_from, was " + to + " (timeslot_from " + from + ")");
        }
        return new TimeslotWindow(from, to);
    }

    /** A booking is the eMSP's that made its first request. */
    private static boolean requestedBy(RequestContext ctx, Booking booking) {
        return !booking.bookingRequests().isEmpty()
                && ctx.owns(
                        booking.bookingRequests().get(0).bookingRequest().countryCode(),
                        booking.bookingRequests().get(0).bookingRequest().partyId());
    }

    /**
     * A request of the eMSP, its own with its own tokens: a new booking at a known BookingLocation, or a change or
     * cancellation of the booking of its {@code request_id} that the terms allow now ({@code
     * [[mod_bookings_cpo_post_booking_method]]}).
     */
    private static Booking request(Call c, BookingsSenderService s, BookingRequest request) {
        Checks.sentByOwner(c, "booking request", request.countryCode(), request.partyId());
        List<BookingToken> tokens = request.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (!c.context().owns(tokens.get(i).countryCode(), tokens.get(i).partyId())) {
                throw OcpiStatusException.invalidOrMissingParameters("tokens[" + i + "]: the token belongs to "
                        + tokens.get(i).countryCode() + "-" + tokens.get(i).partyId()
                        + "; an eMSP books with its own tokens only");
            }
        }
        Optional<Booking> existing =
                s.booking(c.context(), request.countryCode(), request.partyId(), request.requestId());
        if (existing.isPresent()) {
            Booking booking = existing.get();
            Checks.allowed(
                    (request.canceled() != null ? "cancellation" : "change") + " of booking " + booking.id(),
                    BookingRules.checkChange(
                            booking, request, c.support().clock().instant()));
            return s.changeBooking(c.context(), booking, request);
        }
        BookingLocation location = s.bookingLocation(c.context(), request.bookingLocationId())
                .orElseThrow(() -> OcpiStatusException.unknownLocation(
                        "booking_location_id: no BookingLocation " + request.bookingLocationId()));
        if (!location.locationId().equals(request.locationId())) {
            throw OcpiStatusException.invalidOrMissingParameters("location_id: the BookingLocation " + location.id()
                    + " is at location " + location.locationId() + ", not " + request.locationId());
        }
        return s.requestBooking(c.context(), location, request);
    }

    // ---- Receiver ([[mod_bookings_emsp_interface]])

    private static void receiver(RouteTable r, BookingsReceiverService s) {
        r.ownedAt(RECEIVER_LOCATION, "booking_location_id", "booking location")
                .get(s::bookingLocation)
                .put(BookingLocation.class, b -> new Ids(b.countryCode(), b.partyId(), b.id()), s::putBookingLocation)
                .patch(
                        BookingLocationPatch.class,
                        b -> Ids.of(b.countryCode(), b.partyId(), b.id()),
                        s::patchBookingLocation);
        String calendar = RECEIVER_LOCATION + "/{calendar_id}";
        r.get(
                calendar,
                "calendar",
                c -> s.calendar(
                        c.context(),
                        countryCode(c),
                        partyId(c),
                        c.ciParam("booking_location_id"),
                        c.ciParam("calendar_id")));
        r.add("PUT", calendar, Calendar.class, (c, body) -> {
            same("calendar_id", c.ciParam("calendar_id"), body.id());
            return Reply.stored(
                    s.putCalendar(c.context(), countryCode(c), partyId(c), c.ciParam("booking_location_id"), body),
                    "booking location");
        });
        r.add("PATCH", calendar, CalendarPatch.class, (c, body) -> {
            same("calendar_id", c.ciParam("calendar_id"), body.id());
            return Reply.patched(
                    s.patchCalendar(
                            c.context(),
                            countryCode(c),
                            partyId(c),
                            c.ciParam("booking_location_id"),
                            c.ciParam("calendar_id"),
                            body),
                    "calendar");
        });
        r.ownedAt(RECEIVER + "/{booking_id}", "booking_id", "booking")
                .get(s::booking)
                .put(Booking.class, b -> new Ids(b.countryCode(), b.partyId(), b.id()), (ctx, booking) -> {
                    s.booking(ctx, booking.countryCode(), booking.partyId(), booking.id())
                            .ifPresent(stored -> checkUpdate(stored, booking));
                    return s.putBooking(ctx, booking);
                })
                .patch(
                        BookingPatch.class,
                        b -> Ids.of(b.countryCode(), b.partyId(), b.id()),
                        (ctx, countryCode, partyId, id, patch) -> s.booking(ctx, countryCode, partyId, id)
                                .map(stored -> {
                                    Booking next = patch.applyTo(stored);
                                    checkUpdate(stored, next);
                                    s.putBooking(ctx, next);
                                    return true;
                                })
                                .orElse(false));
    }

    /** A push over a booking this side holds must be a legal next state of it ({@code [[mod_bookings_flow_and_lifecycle]]}). */
    private static void checkUpdate(Booking stored, Booking next) {
        Checks.allowed("update of booking " + stored.id(), BookingLifecycle.checkUpdate(stored, next));
    }
}
