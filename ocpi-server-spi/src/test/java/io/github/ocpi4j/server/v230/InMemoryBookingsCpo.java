package io.github.ocpi4j.server.v230;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.v230.bookings.Booking;
import io.github.ocpi4j.model.v230.bookings.BookingLifecycle;
import io.github.ocpi4j.model.v230.bookings.BookingLocation;
import io.github.ocpi4j.model.v230.bookings.BookingRequest;
import io.github.ocpi4j.model.v230.bookings.BookingRules;
import io.github.ocpi4j.model.v230.bookings.ReservationRequestStatus;
import io.github.ocpi4j.model.v230.bookings.ReservationStatus;
import io.github.ocpi4j.model.v230.bookings.Timeslot;
import io.github.ocpi4j.server.PageRequest;
import io.github.ocpi4j.server.PageResult;
import io.github.ocpi4j.server.RequestContext;
import io.github.ocpi4j.server.ServerFixture;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The Bookings Sender of the CPO NL-CPO in memory, deciding at once with the SDK's functions: a request that {@link
 * BookingRules#checkRequest} finds nothing wrong with is {@code RESERVED}, any other {@code REJECTED}; a later request
 * is received ({@link BookingLifecycle#receive}) and accepted, moving the booking or cancelling it. Its clock is the
 * fixture's.
 */
final class InMemoryBookingsCpo implements BookingsSenderService {
    final List<BookingLocation> locations = new CopyOnWriteArrayList<>();
    /** The bookings, by {@code country/party/request_id} of the eMSP that requested them. */
    final Map<String, Booking> bookings = new ConcurrentHashMap<>();
    /** Whether the bookings list returns every party's, a host's mistake that ocpi4j must catch. */
    volatile boolean leaky;

    private final AtomicInteger ids = new AtomicInteger();

    static String key(CiString countryCode, CiString partyId, CiString requestId) {
        return countryCode.value() + "/" + partyId.value() + "/" + requestId.value();
    }

    /** Keeps a booking as made by the eMSP of its first request. */
    void add(Booking booking) {
        BookingRequest first = booking.bookingRequests().get(0).bookingRequest();
        bookings.put(key(first.countryCode(), first.partyId(), booking.requestId()), booking);
    }

    @Override
    public PageResult<BookingLocation> bookingLocations(RequestContext ctx, PageRequest page, TimeslotWindow window) {
        return PageResult.of(locations.stream().filter(window::includes).toList(), page, BookingLocation::lastUpdated);
    }

    @Override
    public Optional<BookingLocation> bookingLocation(RequestContext ctx, CiString bookingLocationId) {
        return locations.stream().filter(l -> l.id().equals(bookingLocationId)).findFirst();
    }

    @Override
    public PageResult<Booking> bookings(RequestContext ctx, PageRequest page) {
        List<Booking> visible = bookings.values().stream()
                .filter(b -> leaky
                        || ctx.owns(
                                b.bookingRequests().get(0).bookingRequest().countryCode(),
                                b.bookingRequests().get(0).bookingRequest().partyId()))
                .sorted(java.util.Comparator.comparing(Booking::lastUpdated).thenComparing(b -> b.id().value()))
                .toList();
        return PageResult.of(visible, page, Booking::lastUpdated);
    }

    @Override
    public Optional<Booking> booking(RequestContext ctx, CiString countryCode, CiString partyId, CiString requestId) {
        return Optional.ofNullable(bookings.get(key(countryCode, partyId, requestId)));
    }

    @Override
    public Booking requestBooking(RequestContext ctx, BookingLocation location, BookingRequest request) {
        boolean free = BookingRules.checkRequest(location, request, bookings.values(), ServerFixture.NOW)
                .isEmpty();
        Booking booking = BookingObjects.booking(
                        "CPO",
                        "B" + ids.incrementAndGet(),
                        request,
                        free ? ReservationStatus.RESERVED : ReservationStatus.REJECTED)
                .bookingTerms(location.bookingTerms())
                .lastUpdated(ServerFixture.NOW)
                .build();
        booking = booking.toBuilder()
                .bookingRequests(List.of(booking.bookingRequests().get(0).toBuilder()
                        .requestReceived(ServerFixture.NOW)
                        .build()))
                .build();
        add(booking);
        return booking;
    }

    @Override
    public Booking changeBooking(RequestContext ctx, Booking booking, BookingRequest request) {
        Booking received = BookingLifecycle.receive(booking, request, ServerFixture.NOW);
        Booking answered = BookingLifecycle.answer(
                received, received.bookingRequests().size() - 1, ReservationRequestStatus.ACCEPTED, ServerFixture.NOW);
        Booking changed = request.canceled() != null
                ? BookingLifecycle.cancel(answered, request.canceled(), ServerFixture.NOW)
                : answered.toBuilder()
                        .period(Timeslot.builder()
                                .startDateTime(request.period().startDateTime())
                                .endDateTime(request.period().endDateTime())
                                .build())
                        .build();
        add(changed);
        return changed;
    }
}
