package io.github.ocpi4j.examples.cpo;

import io.github.ocpi4j.examples.cpo.CpoStore.SessionRow;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.OcpiStatusCode;
import io.github.ocpi4j.model.OcpiStatusException;
import io.github.ocpi4j.model.translation.V221ToV230;
import io.github.ocpi4j.model.v221.cdrs.AuthMethod;
import io.github.ocpi4j.model.v221.cdrs.CDR;
import io.github.ocpi4j.model.v221.cdrs.CdrDimension;
import io.github.ocpi4j.model.v221.cdrs.CdrDimensionType;
import io.github.ocpi4j.model.v221.cdrs.CdrLocation;
import io.github.ocpi4j.model.v221.cdrs.CdrToken;
import io.github.ocpi4j.model.v221.cdrs.ChargingPeriod;
import io.github.ocpi4j.model.v221.locations.Capability;
import io.github.ocpi4j.model.v221.locations.Connector;
import io.github.ocpi4j.model.v221.locations.EVSE;
import io.github.ocpi4j.model.v221.locations.Location;
import io.github.ocpi4j.model.v221.locations.PowerType;
import io.github.ocpi4j.model.v221.locations.Status;
import io.github.ocpi4j.model.v221.pricing.MeterReading;
import io.github.ocpi4j.model.v221.pricing.Pricing;
import io.github.ocpi4j.model.v221.pricing.PricingResult;
import io.github.ocpi4j.model.v221.sessions.ChargingPreferences;
import io.github.ocpi4j.model.v221.sessions.ChargingPreferencesResponse;
import io.github.ocpi4j.model.v221.sessions.ProfileType;
import io.github.ocpi4j.model.v221.sessions.Session;
import io.github.ocpi4j.model.v221.sessions.SessionPatch;
import io.github.ocpi4j.model.v221.sessions.SessionStatus;
import io.github.ocpi4j.model.v221.tariffs.Tariff;
import io.github.ocpi4j.model.v221.tariffs.TariffType;
import io.github.ocpi4j.model.v221.tokens.Token;
import io.github.ocpi4j.server.v221.Locations;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * What happens to sessions on the CPO's chargers, and the pushes that report it: reservations open a session in
 * {@code RESERVATION}, a start makes it {@code ACTIVE}, each meter reading updates its charging periods, kWh and
 * cost, and a stop completes it and bills it with a CDR. Costs come from {@link Pricing}: charging periods cut from
 * the meter readings by {@link Pricing#chargingPeriods} under the connector's tariff (the one {@link
 * Pricing#tariffFor} chooses for the session's start and the driver's charging preference), in the location's time
 * zone.
 *
 * <p>A session's PATCH adds charging periods to the eMSP's copy ({@code [[mod_sessions_patch_method]]}), so it
 * carries only the periods that closed since the previous one: the last period grows until the next reading shows
 * a new one started, or the session ends. Every method works in the caller's transaction. Thread-safe.
 */
final class Charging {
    /** {@code #NA}: a reservation's connector, not chosen yet ({@code [[transport_and_format_not_available]]}). */
    static final String NOT_APPLICABLE = "#NA";

    private static final MathContext MC = new MathContext(24, RoundingMode.HALF_UP);
    private static final BigDecimal MS_PER_HOUR = BigDecimal.valueOf(3_600_000L);
    private static final Set<SessionStatus> IN_PROGRESS =
            Set.of(SessionStatus.PENDING, SessionStatus.RESERVATION, SessionStatus.ACTIVE);

    private final CpoStore store;
    private final Outbox outbox;
    private final Clock clock;
    private final CiString countryCode;
    private final CiString partyId;
    private final Started started;
    private final Predicate<CdrToken> paidByCard;

    /** What else happens in the transaction of a session's start, such as fulfilling a booking. */
    @FunctionalInterface
    interface Started {
        void started(Connection c, Session session, Instant now) throws SQLException;
    }

    /**
     * @param paidByCard whether a session's token stands for a card payment at a PTP's terminal: such a session is
     *     stopped before it costs more than its tariff's {@code preauthorize_amount}, and its CDR is invoiced by this
     *     CPO ({@code invoice_reference_id})
     */
    Charging(
            CpoStore store,
            Outbox outbox,
            Clock clock,
            String countryCode,
            String partyId,
            Started started,
            Predicate<CdrToken> paidByCard) {
        this.started = started;
        this.paidByCard = paidByCard;
        this.store = store;
        this.outbox = outbox;
        this.clock = clock;
        this.countryCode = CiString.of(countryCode);
        this.partyId = CiString.of(partyId);
    }

    /** The CPO's time now, to the millisecond. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** An EVSE in its location. */
    record Place(Location location, EVSE evse) {

        ZoneId zone() {
            return ZoneId.of(location.timeZone());
        }

        Optional<Connector> connector(CiString id) {
            return Locations.connector(evse, id);
        }

        /** The connector of a session; for a reservation, whose connector is not chosen yet, the first. */
        Connector connectorOf(Session session) {
            return connector(session.connectorId())
                    .orElseGet(() -> evse.connectors().get(0));
        }
    }

    Place place(Connection c, Session session) throws SQLException {
        Location location = store.location(c, session.locationId())
                .orElseThrow(() -> new IllegalStateException(
                        "session " + session.id() + ": location " + session.locationId() + " is gone"));
        EVSE evse = Locations.evse(location, session.evseUid())
                .orElseThrow(() -> new IllegalStateException(
                        "session " + session.id() + ": EVSE " + session.evseUid() + " is gone"));
        return new Place(location, evse);
    }

    /** The tariff of a connector for a session starting at {@code start} with this charging preference. */
    Optional<Tariff> tariff(Connection c, Connector connector, Instant start, @Nullable ProfileType preference)
            throws SQLException {
        return Pricing.tariffFor(tariffs(c, connector), start, preference, false);
    }

    private List<Tariff> tariffs(Connection c, Connector connector) throws SQLException {
        List<Tariff> tariffs = new ArrayList<>();
        for (CiString id : connector.tariffIds()) {
            store.tariff(c, id).ifPresent(tariffs::add);
        }
        return tariffs;
    }

    private Tariff tariffOf(Connection c, SessionRow row, Place place) throws SQLException {
        Session s = row.session();
        return tariff(c, place.connectorOf(s), s.startDateTime(), preference(row.preferences()))
                .orElseThrow(() -> new IllegalStateException(
                        "session " + s.id() + ": its connector has no tariff valid at " + s.startDateTime()));
    }

    private static @Nullable ProfileType preference(@Nullable ChargingPreferences preferences) {
        return preferences == null ? null : preferences.profileType();
    }

    // ---- reservations

    /**
     * Opens the session of a reservation ({@code [[mod_sessions_reservation]]}), or moves the one of a reservation
     * being replaced, and holds the EVSE; pushes the session.
     */
    Session reserve(
            Connection c,
            Place place,
            Token token,
            @Nullable CiString authorizationReference,
            @Nullable SessionRow replaced,
            Instant now)
            throws SQLException {
        Connector first = place.evse().connectors().get(0);
        String currency = tariff(c, first, now, null).map(Tariff::currency).orElse("EUR");
        Session.Builder b = replaced != null
                ? replaced.session().toBuilder()
                : Session.builder()
                        .countryCode(countryCode)
                        .partyId(partyId)
                        .id(UUID.randomUUID().toString())
                        .kwh(BigDecimal.ZERO)
                        .authMethod(AuthMethod.COMMAND);
        Session session = b.startDateTime(replaced != null ? replaced.session().startDateTime() : now)
                .cdrToken(cdrToken(token))
                .authorizationReference(latest(authorizationReference, replaced))
                .locationId(place.location().id())
                .evseUid(place.evse().uid())
                .connectorId(NOT_APPLICABLE)
                .currency(currency)
                .status(SessionStatus.RESERVATION)
                .lastUpdated(now)
                .build();
        String json = store.putSession(c, new SessionRow(session, 0, replaced == null ? null : replaced.preferences()));
        if (place.evse().status() != Status.RESERVED) {
            store.setEvseStatus(c, place.location(), place.evse(), Status.RESERVED, now);
        }
        outbox.putSession(c, session, json);
        return session;
    }

    /**
     * Ends the session of a reservation that did not lead to charging (canceled or expired): {@code COMPLETED}, as
     * {@code [[mod_sessions_reservation]]} says; frees the EVSE if it still holds it.
     */
    void endReservation(Connection c, SessionRow row, Instant now) throws SQLException {
        Session session = row.session().toBuilder()
                .status(SessionStatus.COMPLETED)
                .endDateTime(now)
                .lastUpdated(now)
                .build();
        store.putSession(c, new SessionRow(session, row.periodsSent(), row.preferences()));
        outbox.patchSession(
                c,
                session,
                SessionPatch.builder()
                        .status(SessionStatus.COMPLETED)
                        .endDateTime(now)
                        .lastUpdated(now)
                        .build());
        Place place = place(c, session);
        if (place.evse().status() == Status.RESERVED) {
            store.setEvseStatus(c, place.location(), place.evse(), Status.AVAILABLE, now);
        }
    }

    // ---- charging

    /**
     * Starts charging at a connector: the reservation's session becomes {@code ACTIVE}, or a new session opens; the
     * first meter reading is taken, the EVSE is {@code CHARGING}, and the session is pushed.
     */
    Session start(
            Connection c,
            Place place,
            Connector connector,
            Token token,
            @Nullable CiString authorizationReference,
            @Nullable SessionRow reserved,
            Instant now)
            throws SQLException {
        Tariff tariff = tariff(c, connector, now, reserved == null ? null : preference(reserved.preferences()))
                .orElseThrow(() -> new IllegalStateException("connector " + connector.id() + " has no tariff"));
        Session.Builder b = reserved != null
                ? reserved.session().toBuilder()
                : Session.builder()
                        .countryCode(countryCode)
                        .partyId(partyId)
                        .id(UUID.randomUUID().toString())
                        .authMethod(AuthMethod.COMMAND);
        Session session = b.startDateTime(now)
                .kwh(BigDecimal.ZERO)
                .cdrToken(cdrToken(token))
                .authorizationReference(latest(authorizationReference, reserved))
                .locationId(place.location().id())
                .evseUid(place.evse().uid())
                .connectorId(connector.id())
                .currency(tariff.currency())
                .chargingPeriods(List.of())
                .status(SessionStatus.ACTIVE)
                .lastUpdated(now)
                .build();
        String json = store.putSession(c, new SessionRow(session, 0, reserved == null ? null : reserved.preferences()));
        store.addReading(c, session.id(), new MeterReading(now, BigDecimal.ZERO, null, null));
        store.setEvseStatus(c, place.location(), place.evse(), Status.CHARGING, now);
        outbox.putSession(c, session, json);
        started.started(c, session, now);
        return session;
    }

    /**
     * Records a meter reading of an active session and pushes the session's progress as a PATCH: the charging
     * periods that closed, {@code kwh}, {@code total_cost} and {@code last_updated}.
     *
     * @throws IllegalArgumentException if there is no such session, the reading is not after the last one, the
     *     energy went down, or the power is negative
     * @throws IllegalStateException if the session is not active
     */
    Session meter(Connection c, CiString sessionId, Instant time, BigDecimal kwhSoFar, @Nullable BigDecimal powerKw)
            throws SQLException {
        SessionRow row = store.session(c, sessionId)
                .orElseThrow(() -> new IllegalArgumentException("sessionId: no session " + sessionId));
        if (row.session().status() != SessionStatus.ACTIVE) {
            throw new IllegalStateException("session " + sessionId + " is "
                    + row.session().status() + ": only an ACTIVE session has meter readings");
        }
        List<MeterReading> readings = new ArrayList<>(store.readings(c, sessionId));
        MeterReading last = readings.get(readings.size() - 1);
        Instant at = time.truncatedTo(ChronoUnit.MILLIS);
        if (!at.isAfter(last.time())) {
            throw new IllegalArgumentException("time: must be after the last reading, at " + last.time());
        }
        BigDecimal kwh = kwhSoFar.setScale(6, RoundingMode.HALF_UP);
        if (kwh.compareTo(last.energyKwh()) < 0) {
            throw new IllegalArgumentException(
                    "kwhSoFar: must not be less than the last reading's " + plain(last.energyKwh()) + " kWh");
        }
        if (powerKw != null && powerKw.signum() < 0) {
            throw new IllegalArgumentException("powerKw: must not be negative");
        }
        MeterReading reading = new MeterReading(at, kwh, powerKw, null);
        if (paidByCard.test(row.session().cdrToken())) {
            Place place = place(c, row.session());
            Tariff tariff = tariffOf(c, row, place);
            // what the session may cost, incl. taxes: the tariff's preauthorize_amount, which the PTP reserved on the
            // card before START_SESSION ([[mod_tariffs_preauthorize_amount_field]], [[mod_payments_transaction_flow]])
            Optional<BigDecimal> limit = store.preauthorizeAmount(c, tariff.id());
            if (limit.isPresent()) {
                Priced priced = new Priced(
                        row.session(), tariff, V221ToV230.tariff(tariff).value(), place);
                List<MeterReading> next = new ArrayList<>(readings);
                next.add(reading);
                if (priced.costAfterTaxes(next).compareTo(limit.get()) > 0) {
                    return stopAtLimit(c, row, priced, readings, reading, limit.get());
                }
            }
        }
        store.addReading(c, sessionId, reading);
        readings.add(reading);
        return patch(c, progress(c, row, readings, at, false)).session();
    }

    // ---- card payments: the preauthorized amount bounds the session

    /**
     * Stops a card payment's session where its cost reaches the preauthorized amount, between the last reading and
     * one that would pass it: the charger cuts the power at the latest millisecond, on the straight line between the
     * two readings, whose cost stays within the amount. The session is then completed and billed as by {@link #stop}.
     */
    private Session stopAtLimit(
            Connection c,
            SessionRow row,
            Priced priced,
            List<MeterReading> readings,
            MeterReading beyond,
            BigDecimal limit)
            throws SQLException {
        MeterReading last = readings.get(readings.size() - 1);
        long span = Duration.between(last.time(), beyond.time()).toMillis();
        long within = 0; // the cost at the last reading was within the limit: each reading is checked
        long over = span;
        while (over - within > 1) {
            long middle = (within + over) >>> 1;
            List<MeterReading> tried = new ArrayList<>(readings);
            tried.add(between(last, beyond, middle, span));
            if (priced.costAfterTaxes(tried).compareTo(limit) > 0) {
                over = middle;
            } else {
                within = middle;
            }
        }
        if (within > 0) {
            store.addReading(c, row.session().id(), between(last, beyond, within, span));
        }
        stop(c, row, last.time().plusMillis(within));
        return store.session(c, row.session().id()).orElseThrow().session();
    }

    /** The reading {@code millis} after {@code from} on the way to {@code to}, after which no power flows. */
    private static MeterReading between(MeterReading from, MeterReading to, long millis, long span) {
        BigDecimal share = BigDecimal.valueOf(millis).divide(BigDecimal.valueOf(span), MC);
        BigDecimal energy = from.energyKwh()
                .add(to.energyKwh().subtract(from.energyKwh()).multiply(share, MC))
                .setScale(6, RoundingMode.DOWN);
        return new MeterReading(from.time().plusMillis(millis), energy, BigDecimal.ZERO, null);
    }

    /**
     * A card payment's session under its tariff, kept in 2.2.1 (to cut meter readings into periods) and in 2.3.0,
     * translated once, the version the PTP reads it in.
     */
    private record Priced(
            Session session, Tariff tariff, io.github.ocpi4j.model.v230.tariffs.Tariff tariff230, Place place) {
        /** What the session would cost with these readings, incl. taxes, as ocpi4j's 2.3.0 pricing computes it. */
        BigDecimal costAfterTaxes(List<MeterReading> readings) {
            MeterReading last = readings.get(readings.size() - 1);
            Session s = session.toBuilder()
                    .chargingPeriods(Pricing.chargingPeriods(tariff, readings, place.zone()))
                    .kwh(plain(last.energyKwh()))
                    .lastUpdated(last.time())
                    .build();
            return io.github.ocpi4j.model.v230.pricing.Pricing.price(
                            tariff230, V221ToV230.session(s).value(), place.zone())
                    .totalCost()
                    .afterTaxes();
        }
    }

    /**
     * Stops charging: a last reading at {@code now} (the energy of the last power reported, up to now), the session
     * {@code COMPLETED} and pushed, the EVSE {@code AVAILABLE}, and the session billed with a CDR that is posted
     * after it.
     */
    CDR stop(Connection c, SessionRow row, Instant now) throws SQLException {
        CiString id = row.session().id();
        List<MeterReading> readings = new ArrayList<>(store.readings(c, id));
        MeterReading last = readings.get(readings.size() - 1);
        Instant end = now.isAfter(last.time()) ? now : last.time();
        if (end.isAfter(last.time())) {
            BigDecimal power = last.powerKw() == null ? BigDecimal.ZERO : last.powerKw();
            BigDecimal energy = last.energyKwh()
                    .add(power.multiply(hours(last.time(), end), MC))
                    .setScale(6, RoundingMode.HALF_UP);
            MeterReading reading = new MeterReading(end, energy, null, null);
            store.addReading(c, id, reading);
            readings.add(reading);
        }
        Progress done = patch(c, progress(c, row, readings, end, true));
        Place place = done.place();
        store.setEvseStatus(
                c,
                place.location(),
                place.evse(),
                Status.AVAILABLE,
                done.session().lastUpdated());
        CDR cdr = cdr(
                done.session(),
                place,
                done.connector(),
                done.tariff(),
                done.price(),
                UUID.randomUUID().toString(),
                done.session().lastUpdated());
        if (paidByCard.test(cdr.cdrToken()) && cdr.authorizationReference() != null) {
            // the CPO invoices a card payment: the invoice is found by its authorization_reference, below the
            // terminal's invoice_base_url ([[mod_payments_invoice_creator_enum]])
            cdr = cdr.toBuilder()
                    .invoiceReferenceId(cdr.authorizationReference().value())
                    .build();
        }
        outbox.postCdr(c, cdr, store.insertCdr(c, cdr));
        return cdr;
    }

    /** A session's state after a reading, with what it was computed from. */
    record Progress(
            Session session,
            Place place,
            Connector connector,
            Tariff tariff,
            PricingResult price,
            SessionPatch patch,
            int periodsSent,
            @Nullable ChargingPreferences preferences) {}

    /** Computes a session's periods, energy and cost from its readings, as of {@code asOf}. */
    private Progress progress(Connection c, SessionRow row, List<MeterReading> readings, Instant asOf, boolean end)
            throws SQLException {
        Session s = row.session();
        Place place = place(c, s);
        Connector connector = place.connectorOf(s);
        Tariff tariff = tariffOf(c, row, place);
        List<ChargingPeriod> periods = Pricing.chargingPeriods(tariff, readings, place.zone());
        if (periods.isEmpty() && end) { // stopped at the instant it started: a CDR still needs a period
            periods = List.of(new ChargingPeriod(
                    s.startDateTime(),
                    List.of(
                            new CdrDimension(CdrDimensionType.ENERGY, BigDecimal.ZERO),
                            new CdrDimension(CdrDimensionType.TIME, BigDecimal.ZERO)),
                    tariff.id()));
        }
        PricingResult price = Pricing.price(tariff, periods, s.startDateTime(), asOf, place.zone());
        BigDecimal kwh = plain(readings.get(readings.size() - 1).energyKwh());
        Instant now = now();
        Instant updated = now.isAfter(asOf) ? now : asOf;
        Session.Builder next = s.toBuilder()
                .chargingPeriods(periods)
                .kwh(kwh)
                .totalCost(price.totalCost())
                .lastUpdated(updated);
        // the last period is still open (it grows with the next reading) until the session ends
        int sent = end ? periods.size() : Math.max(row.periodsSent(), periods.size() - 1);
        SessionPatch.Builder patch =
                SessionPatch.builder().kwh(kwh).totalCost(price.totalCost()).lastUpdated(updated);
        if (sent > row.periodsSent()) {
            patch.chargingPeriods(periods.subList(row.periodsSent(), sent));
        }
        if (end) {
            next.endDateTime(asOf).status(SessionStatus.COMPLETED);
            patch.endDateTime(asOf).status(SessionStatus.COMPLETED);
        }
        return new Progress(next.build(), place, connector, tariff, price, patch.build(), sent, row.preferences());
    }

    private Progress patch(Connection c, Progress p) throws SQLException {
        store.putSession(c, new SessionRow(p.session(), p.periodsSent(), p.preferences()));
        outbox.patchSession(c, p.session(), p.patch());
        return p;
    }

    /** Bills a completed session: the CDR of its periods, with the totals {@link Pricing} computed for them. */
    static CDR cdr(
            Session s,
            Place place,
            Connector connector,
            Tariff tariff,
            PricingResult price,
            String cdrId,
            Instant lastUpdated) {
        Location l = place.location();
        EVSE e = place.evse();
        CdrLocation where = CdrLocation.builder()
                .id(l.id())
                .name(l.name())
                .address(cut(l.address(), 45))
                .city(cut(l.city(), 45))
                .postalCode(l.postalCode())
                .state(l.state() == null ? null : cut(l.state(), 20))
                .country(l.country())
                .coordinates(l.coordinates())
                .evseUid(e.uid())
                .evseId(e.evseId())
                .connectorId(connector.id())
                .connectorStandard(connector.standard())
                .connectorFormat(connector.format())
                .connectorPowerType(connector.powerType())
                .build();
        CDR cdr = CDR.builder()
                .countryCode(s.countryCode())
                .partyId(s.partyId())
                .id(cdrId)
                .startDateTime(s.startDateTime())
                .endDateTime(s.endDateTime())
                .sessionId(s.id())
                .cdrToken(s.cdrToken())
                .authMethod(s.authMethod())
                .authorizationReference(s.authorizationReference())
                .cdrLocation(where)
                .meterId(s.meterId())
                .currency(s.currency())
                .tariffs(List.of(tariff))
                .chargingPeriods(s.chargingPeriods())
                .lastUpdated(lastUpdated)
                .build();
        return price.applyTo(cdr);
    }

    // ---- charging preferences

    /**
     * Answers a driver's charging preferences for a session ({@code [[mod_sessions_set_charging_preferences]]}): an
     * EVSE without {@code CHARGING_PREFERENCES_CAPABLE} gets HTTP 404 with 2001, as the specification asks; a
     * session no longer in progress, or energy that the connector cannot deliver by the departure time, {@code
     * NOT_POSSIBLE}; a profile type without a tariff of its own at the connector, {@code
     * PROFILE_TYPE_NOT_SUPPORTED}; this CPO needs {@code departure_time} and {@code energy_need} to plan. Accepted
     * preferences are kept; when they choose another tariff for an active session, it is priced again from its
     * start under that tariff and pushed whole (PUT), as periods the eMSP holds have changed.
     */
    ChargingPreferencesResponse setPreferences(Connection c, SessionRow row, ChargingPreferences preferences)
            throws SQLException {
        Session s = row.session();
        Place place = place(c, s);
        if (!place.evse().capabilities().contains(Capability.CHARGING_PREFERENCES_CAPABLE)) {
            throw new OcpiStatusException(
                    OcpiStatusCode.INVALID_OR_MISSING_PARAMETERS,
                    "EVSE " + place.evse().uid() + " is not CHARGING_PREFERENCES_CAPABLE",
                    null,
                    null,
                    404);
        }
        if (!IN_PROGRESS.contains(s.status())) {
            return ChargingPreferencesResponse.NOT_POSSIBLE;
        }
        Connector connector = place.connectorOf(s);
        ProfileType type = preferences.profileType();
        if (type != ProfileType.REGULAR
                && tariffs(c, connector).stream().noneMatch(t -> t.type() == profileTariff(type))) {
            return ChargingPreferencesResponse.PROFILE_TYPE_NOT_SUPPORTED;
        }
        if (preferences.departureTime() == null) {
            return ChargingPreferencesResponse.DEPARTURE_REQUIRED;
        }
        if (preferences.energyNeed() == null) {
            return ChargingPreferencesResponse.ENERGY_NEED_REQUIRED;
        }
        Instant now = now();
        BigDecimal stillNeeded = preferences.energyNeed().subtract(s.kwh());
        if (!preferences.departureTime().isAfter(now)
                || stillNeeded.compareTo(maxPowerKw(connector).multiply(hours(now, preferences.departureTime()), MC))
                        > 0) {
            return ChargingPreferencesResponse.NOT_POSSIBLE;
        }
        Tariff before = tariffOf(c, row, place);
        SessionRow preferred = new SessionRow(s, row.periodsSent(), preferences);
        if (s.status() != SessionStatus.ACTIVE || tariffOf(c, preferred, place).equals(before)) {
            store.putSession(c, preferred);
            return ChargingPreferencesResponse.ACCEPTED;
        }
        List<MeterReading> readings = store.readings(c, s.id());
        Instant asOf = readings.get(readings.size() - 1).time();
        Progress p = progress(c, new SessionRow(s, 0, preferences), readings, asOf, false);
        store.putSession(c, new SessionRow(p.session(), p.periodsSent(), preferences));
        List<ChargingPeriod> closed = p.session().chargingPeriods().subList(0, p.periodsSent());
        outbox.putSession(c, p.session().toBuilder().chargingPeriods(closed).build());
        return ChargingPreferencesResponse.ACCEPTED;
    }

    private static TariffType profileTariff(ProfileType type) {
        return switch (type) {
            case CHEAP -> TariffType.PROFILE_CHEAP;
            case FAST -> TariffType.PROFILE_FAST;
            case GREEN -> TariffType.PROFILE_GREEN;
            case REGULAR -> TariffType.REGULAR;
        };
    }

    // ---- small helpers

    /**
     * The authorization reference of a session: the last the eMSP gave ({@code [[mod_sessions_session_object]]}),
     * this one, or the earlier one of its reservation.
     */
    private static @Nullable CiString latest(@Nullable CiString given, @Nullable SessionRow earlier) {
        return given != null || earlier == null ? given : earlier.session().authorizationReference();
    }

    static CdrToken cdrToken(Token token) {
        return new CdrToken(token.countryCode(), token.partyId(), token.uid(), token.type(), token.contractId());
    }

    /** The most power a connector delivers, in kW: its {@code max_electric_power}, else volts times amperes. */
    static BigDecimal maxPowerKw(Connector connector) {
        if (connector.maxElectricPower() != null) {
            return BigDecimal.valueOf(connector.maxElectricPower()).movePointLeft(3);
        }
        int phases = connector.powerType() == PowerType.AC_3_PHASE ? 3 : 1;
        return BigDecimal.valueOf((long) connector.maxVoltage() * connector.maxAmperage() * phases)
                .movePointLeft(3);
    }

    static BigDecimal hours(Instant from, Instant to) {
        return BigDecimal.valueOf(Duration.between(from, to).toMillis()).divide(MS_PER_HOUR, MC);
    }

    /** A number without trailing zeros, and never in exponent notation: {@code 10.500000} becomes {@code 10.5}. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
