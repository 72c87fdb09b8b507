package io.github.ocpi4j.examples.cpo;

import static io.github.ocpi4j.examples.cpo.Database.key;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.OcpiStatusCode;
import io.github.ocpi4j.model.OcpiStatusException;
import io.github.ocpi4j.model.Violation;
import io.github.ocpi4j.model.translation.V221ToV230;
import io.github.ocpi4j.model.v221.locations.EVSE;
import io.github.ocpi4j.model.v221.locations.Location;
import io.github.ocpi4j.model.v230.bookings.AccessMethod;
import io.github.ocpi4j.model.v230.bookings.Booking;
import io.github.ocpi4j.model.v230.bookings.BookingLifecycle;
import io.github.ocpi4j.model.v230.bookings.BookingLocation;
import io.github.ocpi4j.model.v230.bookings.BookingMatcher;
import io.github.ocpi4j.model.v230.bookings.BookingOption;
import io.github.ocpi4j.model.v230.bookings.BookingRequest;
import io.github.ocpi4j.model.v230.bookings.BookingRequestStatus;
import io.github.ocpi4j.model.v230.bookings.BookingRules;
import io.github.ocpi4j.model.v230.bookings.BookingTerms;
import io.github.ocpi4j.model.v230.bookings.Calendar;
import io.github.ocpi4j.model.v230.bookings.ReservationRequestStatus;
import io.github.ocpi4j.model.v230.bookings.ReservationStatus;
import io.github.ocpi4j.model.v230.bookings.Timeslot;
import io.github.ocpi4j.model.v230.sessions.Session;
import io.github.ocpi4j.server.PageRequest;
import io.github.ocpi4j.server.PageResult;
import io.github.ocpi4j.server.RequestContext;
import io.github.ocpi4j.server.v230.BookingsSenderService;
import io.github.ocpi4j.server.v230.TimeslotWindow;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CPO's Bookings 1.1 Sender interface ({@code [[mod_bookings_cpo_interface]]}), for eMSPs on OCPI 2.3.0: some
 * EVSEs are bookable, each one a BookingLocation kept in {@code cpo_booking_location} with a calendar of the hours it
 * can be booked; bookings are kept in {@code cpo_booking}.
 *
 * <p>A request is stored {@code PENDING} and decided afterwards, on the CPO's executor or by {@link #decide}: it is
 * accepted when {@link BookingRules#checkRequest} finds nothing wrong against the EVSE's free time, which is its
 * calendar less the time of its {@code RESERVED} bookings (unless the terms allow overlapping bookings); the booking
 * then goes to the eMSP through the outbox, {@code RESERVED} or {@code REJECTED}. A later request changes the period
 * or cancels, decided the same way. A {@code RESERVED} booking whose no-show time passed by the CPO's clock becomes
 * {@code NO_SHOW} ({@link #markNoShows}); one that a starting session fulfils ({@link BookingMatcher}) becomes {@code
 * FULFILLED}. Every change is checked by {@link BookingLifecycle}. Thread-safe.
 */
final class CpoBookings implements BookingsSenderService {
    private static final Logger LOG = LoggerFactory.getLogger(CpoBookings.class);
    private static final OcpiJson JSON = OcpiJson.instance();
    /** The bookable days of the sample data: today and the 6 after it, 07:00 to 23:00 local time. */
    private static final int SAMPLE_DAYS = 7;

    private static final LocalTime OPENS = LocalTime.of(7, 0);
    private static final LocalTime CLOSES = LocalTime.of(23, 0);

    private final Database db;
    private final CpoStore store;
    private final Outbox outbox;
    private final Clock clock;
    private final Executor executor;

    CpoBookings(Database db, CpoStore store, Outbox outbox, Clock clock, Executor executor) {
        this.db = db;
        this.store = store;
        this.outbox = outbox;
        this.clock = clock;
        this.executor = executor;
    }

    // ---- the Sender interface

    @Override
    public PageResult<BookingLocation> bookingLocations(RequestContext ctx, PageRequest page, TimeslotWindow window) {
        List<BookingLocation> matching = db.read(c -> {
            List<BookingLocation> found = new ArrayList<>();
            for (String json :
                    Database.strings(c, "SELECT ocpi_json FROM cpo_booking_location ORDER BY last_updated, id")) {
                BookingLocation location = free(c, CpoStore.read(json, BookingLocation.class), blocking(null));
                if (window.includes(location) && page.includes(location.lastUpdated())) {
                    found.add(location);
                }
            }
            return found;
        });
        return page(matching, page);
    }

    @Override
    public Optional<BookingLocation> bookingLocation(RequestContext ctx, CiString bookingLocationId) {
        return db.read(c -> {
            Optional<BookingLocation> stored = storedLocation(c, bookingLocationId);
            return stored.isEmpty() ? stored : Optional.of(free(c, stored.get(), blocking(null)));
        });
    }

    @Override
    public PageResult<Booking> bookings(RequestContext ctx, PageRequest page) {
        List<Booking> own = db.read(c -> {
            List<Booking> found = new ArrayList<>();
            for (var role : ctx.party().roles()) {
                for (String json : Database.strings(
                        c,
                        "SELECT ocpi_json FROM cpo_booking WHERE emsp_country_code = ? AND emsp_party_id = ?",
                        key(role.countryCode()),
                        key(role.partyId()))) {
                    found.add(CpoStore.read(json, Booking.class));
                }
            }
            return found;
        });
        List<Booking> matching = own.stream()
                .filter(b -> page.includes(b.lastUpdated()))
                .sorted((a, b) -> a.lastUpdated().equals(b.lastUpdated())
                        ? key(a.id()).compareTo(key(b.id()))
                        : a.lastUpdated().compareTo(b.lastUpdated()))
                .toList();
        return page(matching, page);
    }

    @Override
    public Optional<Booking> booking(RequestContext ctx, CiString countryCode, CiString partyId, CiString requestId) {
        return db.read(c -> ofRequest(c, countryCode, partyId, requestId));
    }

    @Override
    public Booking requestBooking(RequestContext ctx, BookingLocation location, BookingRequest request) {
        Instant now = now();
        Booking booking = Booking.builder()
                .id(UUID.randomUUID().toString())
                .countryCode(location.countryCode())
                .partyId(location.partyId())
                .requestId(request.requestId())
                .bookingOption(location.bookingOption())
                .locationId(location.locationId())
                .bookingTokens(request.tokens())
                .tariffIds(location.tariffIds())
                .period(slot(request.period().startDateTime(), request.period().endDateTime()))
                .reservationStatus(ReservationStatus.PENDING)
                .authorizationReference(request.authorizationReference())
                .bookingTerms(location.bookingTerms() != null ? location.bookingTerms() : terms())
                .bookingRequests(List.of(BookingRequestStatus.builder()
                        .requestStatus(ReservationRequestStatus.PENDING)
                        .bookingRequest(request)
                        .requestReceived(now)
                        .build()))
                .lastUpdated(now)
                .build();
        Booking taken = db.write(c -> {
            Optional<Booking> first = ofRequest(c, request.countryCode(), request.partyId(), request.requestId());
            if (first.isPresent()) { // the same request twice at once: this one a change of the first's booking
                return receive(c, first.get(), request, now);
            }
            insert(c, booking, request, location.id());
            return booking;
        });
        decideSoon();
        return taken;
    }

    @Override
    public Booking changeBooking(RequestContext ctx, Booking booking, BookingRequest request) {
        Booking received = db.write(c -> receive(
                c,
                one(c, "SELECT ocpi_json FROM cpo_booking WHERE id = ?", key(booking.id()))
                        .orElseThrow(),
                request,
                now()));
        decideSoon();
        return received;
    }

    /**
     * Adds a later request of the booking's {@code request_id} to the booking as it is stored, within the write that
     * stores it, so that two requests arriving together are both kept: a change or cancellation that {@link
     * BookingRules#checkChange} allows ({@code [[mod_bookings_cpo_post_booking_method]]}), 2000 otherwise.
     */
    private static Booking receive(Connection c, Booking booking, BookingRequest request, Instant now)
            throws SQLException {
        List<Violation> problems = BookingRules.checkChange(booking, request, now);
        if (!problems.isEmpty()) {
            throw new OcpiStatusException(
                    OcpiStatusCode.CLIENT_ERROR,
                    (request.canceled() != null ? "cancellation" : "change") + " of booking " + booking.id()
                            + " refused: "
                            + problems.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        }
        Booking received = BookingLifecycle.receive(booking, request, now);
        update(c, received);
        return received;
    }

    /** The booking that an eMSP requested with this {@code request_id}, if any. */
    private static Optional<Booking> ofRequest(Connection c, CiString countryCode, CiString partyId, CiString requestId)
            throws SQLException {
        return one(
                c,
                "SELECT ocpi_json FROM cpo_booking WHERE emsp_country_code = ? AND emsp_party_id = ? AND request_id = ?",
                key(countryCode),
                key(partyId),
                key(requestId));
    }

    // ---- deciding, in the background

    /** Decides the requests waiting for an answer soon, on the CPO's executor. */
    void decideSoon() {
        try {
            executor.execute(() -> {
                try {
                    if (decide() > 0) {
                        outbox.deliverSoon();
                    }
                } catch (RuntimeException e) {
                    LOG.error("deciding booking requests failed", e);
                }
            });
        } catch (RejectedExecutionException e) {
            // closing: the requests stay waiting for the next start
        }
    }

    /**
     * Answers every booking request that waits, in the order the bookings were requested, and puts each answered booking in the outbox.
     *
     * @return how many requests were answered
     */
    int decide() {
        return db.write(c -> {
            int answered = 0;
            for (String json :
                    Database.strings(c, "SELECT ocpi_json FROM cpo_booking WHERE awaiting = TRUE ORDER BY seq")) {
                Booking decided = decide(c, CpoStore.read(json, Booking.class));
                update(c, decided);
                outbox.putBooking(c, decided);
                answered++;
            }
            return answered;
        });
    }

    private Booking decide(Connection c, Booking booking) throws SQLException {
        Instant now = now();
        int last = booking.bookingRequests().size() - 1;
        BookingRequest request = booking.bookingRequests().get(last).bookingRequest();
        CiString bookingLocationId = CiString.of(
                Database.strings(c, "SELECT booking_location_id FROM cpo_booking WHERE id = ?", key(booking.id()))
                        .get(0));
        Optional<BookingLocation> stored = storedLocation(c, bookingLocationId);
        Optional<BookingLocation> location =
                stored.isEmpty() ? stored : Optional.of(free(c, stored.get(), blocking(booking.id())));
        List<Violation> problems = new ArrayList<>();
        if (location.isEmpty()) {
            problems.add(new Violation("booking_location_id", "is no longer bookable"));
        } else if (booking.reservationStatus() == ReservationStatus.PENDING) {
            problems.addAll(BookingRules.checkRequest(location.get(), request, others(c, booking), now));
        } else {
            problems.addAll(BookingRules.checkChange(booking, request, now));
            if (problems.isEmpty() && request.canceled() == null) {
                problems.addAll(BookingRules.checkRequest(location.get(), request, others(c, booking), now));
            }
        }
        if (!problems.isEmpty()) {
            LOG.info("booking {} request {}: declined, {}", booking.id(), last, problems);
            Booking answered = answerWaiting(booking, ReservationRequestStatus.DECLINED, now);
            return booking.reservationStatus() == ReservationStatus.PENDING
                    ? BookingLifecycle.move(answered, ReservationStatus.REJECTED, now)
                    : answered;
        }
        Booking accepted = answerWaiting(booking, ReservationRequestStatus.ACCEPTED, now);
        if (booking.reservationStatus() == ReservationStatus.PENDING) {
            return BookingLifecycle.move(accepted, ReservationStatus.RESERVED, now);
        }
        if (request.canceled() != null) {
            return BookingLifecycle.cancel(accepted, request.canceled(), now);
        }
        return accepted.toBuilder()
                .period(slot(request.period().startDateTime(), request.period().endDateTime()))
                .build();
    }

    /**
     * Answers the latest request, and each earlier one still waiting: the same when it asked the same (a request sent
     * twice), {@code DECLINED} when the latest replaced it.
     */
    private static Booking answerWaiting(Booking booking, ReservationRequestStatus answer, Instant now) {
        List<BookingRequestStatus> requests = booking.bookingRequests();
        BookingRequest latest = requests.get(requests.size() - 1).bookingRequest();
        Booking answered = booking;
        for (int i = 0; i < requests.size(); i++) {
            BookingRequestStatus request = requests.get(i);
            if (!request.requestStatus().isAnswered()) {
                boolean same = request.bookingRequest().equals(latest);
                answered = BookingLifecycle.answer(answered, i, same ? answer : ReservationRequestStatus.DECLINED, now);
            }
        }
        return answered;
    }

    /** The eMSP's other bookings, for the rule against one token in two bookings at a time. */
    private List<Booking> others(Connection c, Booking booking) throws SQLException {
        BookingRequest first = booking.bookingRequests().get(0).bookingRequest();
        List<Booking> others = new ArrayList<>();
        for (String json : Database.strings(
                c,
                "SELECT ocpi_json FROM cpo_booking WHERE emsp_country_code = ? AND emsp_party_id = ? AND id <> ?",
                key(first.countryCode()),
                key(first.partyId()),
                key(booking.id()))) {
            others.add(CpoStore.read(json, Booking.class));
        }
        return others;
    }

    // ---- no-shows and sessions

    /**
     * Ends as {@code NO_SHOW} every {@code RESERVED} booking whose no-show time ({@link BookingRules#noShowAt}) has
     * come by the CPO's clock, and puts each in the outbox.
     *
     * @return how many bookings became no-shows
     */
    int markNoShows() {
        Instant now = now();
        return db.write(c -> {
            int marked = 0;
            for (Booking booking : reserved(c, "start_date_time <= ?", now)) {
                if (BookingRules.isNoShow(booking, now)) {
                    Booking noShow = BookingLifecycle.move(booking, ReservationStatus.NO_SHOW, now);
                    update(c, noShow);
                    outbox.putBooking(c, noShow);
                    marked++;
                }
            }
            return marked;
        });
    }

    /**
     * Fulfils the {@code RESERVED} booking, if any, that a session starting now at one of its EVSEs matches ({@link
     * BookingMatcher#fulfilledBy}) among the bookings of the eMSP of the session's token, in the caller's transaction,
     * and puts it in the outbox.
     */
    void sessionStarted(Connection c, io.github.ocpi4j.model.v221.sessions.Session started, Instant now)
            throws SQLException {
        Session session = V221ToV230.session(started).value();
        List<Booking> candidates = new ArrayList<>();
        for (Booking booking : reserved(c, "location_id = ?", key(session.locationId()))) {
            BookingRequest first = booking.bookingRequests().get(0).bookingRequest();
            if (first.countryCode().equals(session.cdrToken().countryCode())
                    && first.partyId().equals(session.cdrToken().partyId())) {
                candidates.add(booking); // only the bookings of the eMSP whose driver charges
            }
        }
        Optional<Booking> booked = BookingMatcher.fulfilledBy(session, candidates);
        if (booked.isPresent()) {
            Booking fulfilled = BookingLifecycle.move(booked.get(), ReservationStatus.FULFILLED, now);
            update(c, fulfilled);
            outbox.putBooking(c, fulfilled);
            LOG.info("session {} fulfils booking {}", started.id(), fulfilled.id());
        }
    }

    private List<Booking> reserved(Connection c, String condition, Object parameter) throws SQLException {
        List<Booking> found = new ArrayList<>();
        for (String json : Database.strings(
                c,
                "SELECT ocpi_json FROM cpo_booking WHERE status = ? AND " + condition + " ORDER BY id",
                ReservationStatus.RESERVED.name(),
                parameter)) {
            found.add(CpoStore.read(json, Booking.class));
        }
        return found;
    }

    // ---- free time

    /** Which bookings take time from a calendar: the other {@code RESERVED} ones, or also {@code PENDING} ones. */
    private static Predicate<Booking> blocking(@Nullable CiString decided) {
        if (decided == null) { // what a search shows: time asked for is not offered again
            return b -> b.reservationStatus() == ReservationStatus.RESERVED
                    || b.reservationStatus() == ReservationStatus.PENDING;
        }
        return b -> b.reservationStatus() == ReservationStatus.RESERVED && !b.id().equals(decided);
    }

    /** The BookingLocation with its calendars less the time of its blocking bookings, unless they may overlap. */
    private BookingLocation free(Connection c, BookingLocation location, Predicate<Booking> blocking)
            throws SQLException {
        BookingTerms terms = location.bookingTerms();
        if (terms != null && Boolean.TRUE.equals(terms.overlappingBookingsAllowed())) {
            return location;
        }
        List<Timeslot> taken = new ArrayList<>();
        for (String json : Database.strings(
                c, "SELECT ocpi_json FROM cpo_booking WHERE booking_location_id = ?", key(location.id()))) {
            Booking booking = CpoStore.read(json, Booking.class);
            if (blocking.test(booking)) {
                taken.add(booking.period());
            }
        }
        if (taken.isEmpty()) {
            return location;
        }
        List<Calendar> calendars = location.calendars().stream()
                .map(calendar -> calendar.toBuilder()
                        .availableTimeslots(less(calendar.availableTimeslots(), taken))
                        .build())
                .filter(calendar -> !calendar.availableTimeslots().isEmpty())
                .toList();
        return location.toBuilder().calendars(calendars).build();
    }

    /** The free timeslots less the taken spans: each slot cut where a taken span overlaps it. */
    static List<Timeslot> less(List<Timeslot> free, List<Timeslot> taken) {
        List<Timeslot> left = new ArrayList<>(free);
        for (Timeslot busy : taken) {
            List<Timeslot> cut = new ArrayList<>();
            for (Timeslot slot : left) {
                if (!busy.startDateTime().isBefore(slot.endDateTime())
                        || !slot.startDateTime().isBefore(busy.endDateTime())) {
                    cut.add(slot);
                    continue;
                }
                if (slot.startDateTime().isBefore(busy.startDateTime())) {
                    cut.add(slot.toBuilder().endDateTime(busy.startDateTime()).build());
                }
                if (busy.endDateTime().isBefore(slot.endDateTime())) {
                    cut.add(slot.toBuilder().startDateTime(busy.endDateTime()).build());
                }
            }
            left = cut;
        }
        return left;
    }

    // ---- the sample data

    /**
     * Makes every EVSE of location {@code LOC001} bookable, unless it is already: one BookingLocation {@code
     * BL-<evse uid>} each, with a calendar of the next {@value #SAMPLE_DAYS} days from 07:00 to 23:00 local time in
     * steps of 15 minutes, under {@link #terms()}.
     */
    @Nullable
    Void loadSample(Connection c, String locationId) throws SQLException {
        Optional<Location> found = store.location(c, CiString.of(locationId));
        if (found.isEmpty()) {
            return null;
        }
        Location location = found.get();
        Instant now = now();
        ZoneId zone = ZoneId.of(location.timeZone());
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<Timeslot> days = new ArrayList<>();
        for (int d = 0; d < SAMPLE_DAYS; d++) {
            days.add(slot(
                    today.plusDays(d).atTime(OPENS).atZone(zone).toInstant(),
                    today.plusDays(d).atTime(CLOSES).atZone(zone).toInstant()));
        }
        Calendar calendar = Calendar.builder()
                .id("C1")
                .beginFrom(today.atStartOfDay(zone).toInstant())
                .endBefore(today.plusDays(SAMPLE_DAYS).atStartOfDay(zone).toInstant())
                .timeslotIncrement(15)
                .availableTimeslots(days)
                .lastUpdated(now)
                .build();
        for (EVSE evse : location.evses()) {
            BookingLocation bookable = BookingLocation.builder()
                    .countryCode(location.countryCode().value())
                    .partyId(location.partyId().value())
                    .id("BL-" + evse.uid())
                    .locationId(location.id())
                    .bookingOption(BookingOption.builder().evseUid(evse.uid()).build())
                    .bookingTerms(terms())
                    .calendars(List.of(calendar))
                    .lastUpdated(now)
                    .build();
            putLocation(c, bookable);
        }
        return null;
    }

    /**
     * The sample terms: changes until 60 minutes before the start, cancelling until 30; a booking lasts 30 minutes to
     * 4 hours; charging may start 10 minutes early and stop 10 minutes late; a driver who has not come 15 minutes
     * after the start is a no-show; no two bookings of one EVSE overlap.
     */
    static BookingTerms terms() {
        return BookingTerms.builder()
                .rfidAuthRequired(false)
                .remoteAuthSupported(true)
                .supportedAccessMethods(List.of(AccessMethod.OPEN))
                .changeUntilMinutes(BigDecimal.valueOf(60))
                .cancelUntilMinutes(BigDecimal.valueOf(30))
                .changeNotAllowed(false)
                .earlyStartAllowed(true)
                .earlyStartTime(BigDecimal.TEN)
                .noshowTimeout(BigDecimal.valueOf(15))
                .noshowFee(false)
                .lateStopAllowed(true)
                .lateStopTime(BigDecimal.TEN)
                .overlappingBookingsAllowed(false)
                .minBookingDuration(BigDecimal.valueOf(30))
                .maxBookingDuration(BigDecimal.valueOf(240))
                .build();
    }

    /** Stores a BookingLocation of this CPO, new or replaced. */
    void putLocation(Connection c, BookingLocation location) throws SQLException {
        Database.update(c, "DELETE FROM cpo_booking_location WHERE id = ?", key(location.id()));
        Database.update(
                c,
                "INSERT INTO cpo_booking_location (id, location_id, last_updated, ocpi_json) VALUES (?, ?, ?, ?)",
                key(location.id()),
                key(location.locationId()),
                location.lastUpdated(),
                JSON.writeString(location));
    }

    // ---- the tables

    private static Optional<BookingLocation> storedLocation(Connection c, CiString id) throws SQLException {
        List<String> json = Database.strings(c, "SELECT ocpi_json FROM cpo_booking_location WHERE id = ?", key(id));
        return json.stream().findFirst().map(j -> CpoStore.read(j, BookingLocation.class));
    }

    private static Optional<Booking> one(Connection c, String sql, Object... parameters) throws SQLException {
        return Database.strings(c, sql, parameters).stream().findFirst().map(j -> CpoStore.read(j, Booking.class));
    }

    private static void insert(Connection c, Booking booking, BookingRequest request, CiString bookingLocationId)
            throws SQLException {
        Database.update(
                c,
                "INSERT INTO cpo_booking (id, emsp_country_code, emsp_party_id, request_id, booking_location_id,"
                        + " location_id, start_date_time, status, awaiting, last_updated, ocpi_json)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                key(booking.id()),
                key(request.countryCode()),
                key(request.partyId()),
                key(request.requestId()),
                key(bookingLocationId),
                key(booking.locationId()),
                booking.period().startDateTime(),
                booking.reservationStatus().name(),
                awaiting(booking),
                booking.lastUpdated(),
                JSON.writeString(booking));
    }

    private static @Nullable Void update(Connection c, Booking booking) throws SQLException {
        Database.update(
                c,
                "UPDATE cpo_booking SET start_date_time = ?, status = ?, awaiting = ?, last_updated = ?, ocpi_json = ?"
                        + " WHERE id = ?",
                booking.period().startDateTime(),
                booking.reservationStatus().name(),
                awaiting(booking),
                booking.lastUpdated(),
                JSON.writeString(booking),
                key(booking.id()));
        return null;
    }

    /** Whether the booking's latest request waits for an answer. */
    private static boolean awaiting(Booking booking) {
        List<BookingRequestStatus> requests = booking.bookingRequests();
        return !requests.get(requests.size() - 1).requestStatus().isAnswered();
    }

    /** One page of a list already filtered and in order. */
    private static <T> PageResult<T> page(List<T> matching, PageRequest page) {
        int from = Math.min(page.offset(), matching.size());
        int to = Math.min(from + page.limit(), matching.size());
        return new PageResult<>(List.copyOf(matching.subList(from, to)), matching.size());
    }

    private static Timeslot slot(Instant from, Instant to) {
        return Timeslot.builder().startDateTime(from).endDateTime(to).build();
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
