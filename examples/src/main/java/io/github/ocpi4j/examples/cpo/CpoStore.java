package io.github.ocpi4j.examples.cpo;

import static io.github.ocpi4j.examples.cpo.Database.key;

import io.github.ocpi4j.client.PartyRole;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.v221.cdrs.CDR;
import io.github.ocpi4j.model.v221.locations.EVSE;
import io.github.ocpi4j.model.v221.locations.Location;
import io.github.ocpi4j.model.v221.locations.Status;
import io.github.ocpi4j.model.v221.pricing.MeterReading;
import io.github.ocpi4j.model.v221.sessions.ChargingPreferences;
import io.github.ocpi4j.model.v221.sessions.Session;
import io.github.ocpi4j.model.v221.sessions.SessionStatus;
import io.github.ocpi4j.model.v221.tariffs.Tariff;
import io.github.ocpi4j.model.v221.tokens.Token;
import io.github.ocpi4j.model.v221.tokens.TokenType;
import io.github.ocpi4j.server.PageRequest;
import io.github.ocpi4j.server.PageResult;
import io.github.ocpi4j.server.Stored;
import io.github.ocpi4j.server.v221.Locations;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The SQL of the CPO's OCPI objects: each method works in the caller's transaction ({@link Database#write} or
 * {@link Database#read}). Objects are stored as JSON written by {@link OcpiJson}, beside the columns that lists
 * filter and sort on; lists are filtered by {@code last_updated} and paged in SQL, ordered by {@code last_updated}
 * and then the key, which keeps pages stable. Locations and tariffs are this CPO's own (its country code and party
 * id); sessions and CDRs belong to the eMSP of their {@code cdr_token}. Stateless and thread-safe.
 */
final class CpoStore {
    private static final OcpiJson JSON = OcpiJson.instance();

    private final String countryCode;
    private final String partyId;

    /** The store of the CPO with this country code and party id. */
    CpoStore(String countryCode, String partyId) {
        this.countryCode = key(countryCode);
        this.partyId = key(partyId);
    }

    // ---- locations

    Stored putLocation(Connection c, Location location) throws SQLException {
        return upsert(
                c,
                "UPDATE cpo_location SET last_updated = ?, ocpi_json = ? WHERE country_code = ? AND party_id = ? AND id = ?",
                "INSERT INTO cpo_location (last_updated, ocpi_json, country_code, party_id, id) VALUES (?, ?, ?, ?, ?)",
                location.lastUpdated(),
                JSON.writeString(location),
                key(location.countryCode()),
                key(location.partyId()),
                key(location.id()));
    }

    Optional<Location> location(Connection c, CiString id) throws SQLException {
        return one(
                c,
                Location.class,
                "SELECT ocpi_json FROM cpo_location WHERE country_code = ? AND party_id = ? AND id = ?",
                countryCode,
                partyId,
                key(id));
    }

    PageResult<Location> locations(Connection c, PageRequest page) throws SQLException {
        return page(
                c,
                Location.class,
                "cpo_location",
                "country_code = ? AND party_id = ?",
                List.of(countryCode, partyId),
                "country_code, party_id, id",
                page);
    }

    int locationCount(Connection c) throws SQLException {
        return Database.count(c, "SELECT COUNT(*) FROM cpo_location");
    }

    /**
     * Sets the status of an EVSE, and its {@code last_updated} and its location's to {@code now}, so that partners
     * that pull changes since a date see it.
     */
    void setEvseStatus(Connection c, Location location, EVSE evse, Status status, Instant now) throws SQLException {
        EVSE changed = evse.toBuilder().status(status).lastUpdated(now).build();
        putLocation(c, Locations.withEvse(location, changed));
    }

    // ---- tariffs

    Stored putTariff(Connection c, Tariff tariff) throws SQLException {
        return upsert(
                c,
                "UPDATE cpo_tariff SET last_updated = ?, ocpi_json = ? WHERE country_code = ? AND party_id = ? AND id = ?",
                "INSERT INTO cpo_tariff (last_updated, ocpi_json, country_code, party_id, id) VALUES (?, ?, ?, ?, ?)",
                tariff.lastUpdated(),
                JSON.writeString(tariff),
                key(tariff.countryCode()),
                key(tariff.partyId()),
                key(tariff.id()));
    }

    Optional<Tariff> tariff(Connection c, CiString id) throws SQLException {
        return one(
                c,
                Tariff.class,
                "SELECT ocpi_json FROM cpo_tariff WHERE country_code = ? AND party_id = ? AND id = ?",
                countryCode,
                partyId,
                key(id));
    }

    PageResult<Tariff> tariffs(Connection c, PageRequest page) throws SQLException {
        return page(
                c,
                Tariff.class,
                "cpo_tariff",
                "country_code = ? AND party_id = ?",
                List.of(countryCode, partyId),
                "country_code, party_id, id",
                page);
    }

    /**
     * Sets what a payment terminal is to preauthorize on a card for a session under one of this CPO's tariffs
     * (OCPI 2.3.0 {@code preauthorize_amount}, kept beside the 2.2.1 tariff, which has no field for it); {@code null}
     * for none.
     */
    void setPreauthorizeAmount(Connection c, CiString tariffId, @Nullable BigDecimal amount) throws SQLException {
        Database.update(
                c,
                "UPDATE cpo_tariff SET preauthorize_amount = ? WHERE country_code = ? AND party_id = ? AND id = ?",
                amount,
                countryCode,
                partyId,
                key(tariffId));
    }

    /** Returns the {@code preauthorize_amount} of one of this CPO's tariffs, if it has one. */
    Optional<BigDecimal> preauthorizeAmount(Connection c, CiString tariffId) throws SQLException {
        try (PreparedStatement statement = Database.bind(
                        c.prepareStatement("SELECT preauthorize_amount FROM cpo_tariff"
                                + " WHERE country_code = ? AND party_id = ? AND id = ?"),
                        countryCode,
                        partyId,
                        key(tariffId));
                ResultSet rows = statement.executeQuery()) {
            if (!rows.next() || rows.getBigDecimal(1) == null) {
                return Optional.empty();
            }
            BigDecimal amount = rows.getBigDecimal(1).stripTrailingZeros(); // NUMERIC(19, 4): 20.0000 is 20.00
            return Optional.of(amount.scale() < 2 ? amount.setScale(2) : amount);
        }
    }

    // ---- tokens

    Stored putToken(Connection c, Token token) throws SQLException {
        return upsert(
                c,
                "UPDATE cpo_token SET last_updated = ?, ocpi_json = ?"
                        + " WHERE country_code = ? AND party_id = ? AND uid = ? AND token_type = ?",
                "INSERT INTO cpo_token (last_updated, ocpi_json, country_code, party_id, uid, token_type)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                token.lastUpdated(),
                JSON.writeString(token),
                key(token.countryCode()),
                key(token.partyId()),
                key(token.uid()),
                token.type().value());
    }

    Optional<Token> token(Connection c, CiString countryCode, CiString partyId, CiString uid, TokenType type)
            throws SQLException {
        return one(
                c,
                Token.class,
                "SELECT ocpi_json FROM cpo_token WHERE country_code = ? AND party_id = ? AND uid = ? AND token_type = ?",
                key(countryCode),
                key(partyId),
                key(uid),
                type.value());
    }

    /** The RFID card of this uid that an eMSP pushed, the last updated one if several eMSPs did. */
    Optional<Token> rfidToken(Connection c, CiString uid) throws SQLException {
        return one(
                c,
                Token.class,
                "SELECT ocpi_json FROM cpo_token WHERE uid = ? AND token_type = ? ORDER BY last_updated DESC",
                key(uid),
                TokenType.RFID.value());
    }

    // ---- sessions and their meter readings

    /**
     * A session as the CPO keeps it: the OCPI object, how many of its charging periods the eMSP has been sent, and
     * the driver's charging preferences, if set.
     */
    record SessionRow(
            Session session, int periodsSent, @Nullable ChargingPreferences preferences) {}

    /** Stores a session; returns its JSON as stored, for a push of the same session to reuse. */
    String putSession(Connection c, SessionRow row) throws SQLException {
        Session s = row.session();
        String json = JSON.writeString(s);
        upsert(
                c,
                "UPDATE cpo_session SET token_country_code = ?, token_party_id = ?, location_id = ?, evse_uid = ?,"
                        + " status = ?, last_updated = ?, periods_sent = ?, preferences_json = ?, ocpi_json = ?"
                        + " WHERE id = ?",
                "INSERT INTO cpo_session (token_country_code, token_party_id, location_id, evse_uid, status,"
                        + " last_updated, periods_sent, preferences_json, ocpi_json, id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                key(s.cdrToken().countryCode()),
                key(s.cdrToken().partyId()),
                key(s.locationId()),
                key(s.evseUid()),
                s.status().name(),
                s.lastUpdated(),
                row.periodsSent(),
                row.preferences() == null ? null : JSON.writeString(row.preferences()),
                json,
                key(s.id()));
        return json;
    }

    Optional<SessionRow> session(Connection c, CiString id) throws SQLException {
        return sessionWhere(c, "id = ?", key(id));
    }

    /** Returns the session in progress (reserved or active) at an EVSE. */
    Optional<SessionRow> sessionAt(Connection c, CiString locationId, CiString evseUid) throws SQLException {
        return sessionWhere(
                c,
                "location_id = ? AND evse_uid = ? AND status IN (?, ?, ?) ORDER BY last_updated DESC",
                key(locationId),
                key(evseUid),
                SessionStatus.ACTIVE.name(),
                SessionStatus.PENDING.name(),
                SessionStatus.RESERVATION.name());
    }

    private Optional<SessionRow> sessionWhere(Connection c, String where, Object... parameters) throws SQLException {
        try (PreparedStatement statement = Database.bind(
                        c.prepareStatement(
                                "SELECT ocpi_json, periods_sent, preferences_json FROM cpo_session WHERE " + where),
                        parameters);
                ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
                return Optional.empty();
            }
            String preferences = rows.getString("preferences_json");
            return Optional.of(new SessionRow(
                    read(rows.getString("ocpi_json"), Session.class),
                    rows.getInt("periods_sent"),
                    preferences == null ? null : read(preferences, ChargingPreferences.class)));
        }
    }

    /** Returns a page of the sessions of the eMSP that has these roles. */
    PageResult<Session> sessions(Connection c, List<PartyRole> owner, PageRequest page) throws SQLException {
        return owned(c, Session.class, "cpo_session", owner, page);
    }

    void addReading(Connection c, CiString sessionId, MeterReading reading) throws SQLException {
        int next = Database.count(c, "SELECT COUNT(*) FROM cpo_meter_reading WHERE session_id = ?", key(sessionId));
        Database.update(
                c,
                "INSERT INTO cpo_meter_reading (session_id, ordinal, read_at, energy_kwh, power_kw) VALUES (?, ?, ?, ?, ?)",
                key(sessionId),
                next,
                reading.time(),
                reading.energyKwh(),
                reading.powerKw());
    }

    /** Returns the meter readings of a session in order. */
    List<MeterReading> readings(Connection c, CiString sessionId) throws SQLException {
        try (PreparedStatement statement = Database.bind(
                        c.prepareStatement("SELECT read_at, energy_kwh, power_kw FROM cpo_meter_reading"
                                + " WHERE session_id = ? ORDER BY ordinal"),
                        key(sessionId));
                ResultSet rows = statement.executeQuery()) {
            List<MeterReading> readings = new ArrayList<>();
            while (rows.next()) {
                BigDecimal power = rows.getBigDecimal("power_kw");
                readings.add(new MeterReading(
                        Database.instant(rows, "read_at"), rows.getBigDecimal("energy_kwh"), power, null));
            }
            return readings;
        }
    }

    // ---- CDRs

    /** Stores a CDR; returns its JSON as stored, for the push of the same CDR to reuse. */
    String insertCdr(Connection c, CDR cdr) throws SQLException {
        String json = JSON.writeString(cdr);
        Database.update(
                c,
                "INSERT INTO cpo_cdr (id, session_id, token_country_code, token_party_id, last_updated, ocpi_json)"
                        + " VALUES (?, ?, ?, ?, ?, ?)",
                key(cdr.id()),
                cdr.sessionId() == null ? null : key(cdr.sessionId()),
                key(cdr.cdrToken().countryCode()),
                key(cdr.cdrToken().partyId()),
                cdr.lastUpdated(),
                json);
        return json;
    }

    Optional<CDR> cdrOfSession(Connection c, CiString sessionId) throws SQLException {
        return one(c, CDR.class, "SELECT ocpi_json FROM cpo_cdr WHERE session_id = ?", key(sessionId));
    }

    /** Returns a page of the CDRs of the eMSP that has these roles. */
    PageResult<CDR> cdrs(Connection c, List<PartyRole> owner, PageRequest page) throws SQLException {
        return owned(c, CDR.class, "cpo_cdr", owner, page);
    }

    // ---- reservations

    /** The state of a reservation. */
    enum ReservationState {
        /** The EVSE is held for the token. */
        ACTIVE,
        /** A session started on it. */
        USED,
        /** The eMSP canceled it. */
        CANCELED,
        /** It reached its expiry date unused. */
        EXPIRED
    }

    /**
     * A reservation made with RESERVE_NOW, keyed by the eMSP that made it and its {@code reservation_id}: ids of
     * different eMSPs never meet ({@code [[mod_commands_reservenow_object]]}).
     */
    record Reservation(
            CiString emspCountryCode,
            CiString emspPartyId,
            CiString reservationId,
            CiString locationId,
            CiString evseUid,
            CiString tokenUid,
            TokenType tokenType,
            Instant expiryDate,
            CiString sessionId,
            ReservationState state) {

        Reservation withState(ReservationState state) {
            return new Reservation(
                    emspCountryCode,
                    emspPartyId,
                    reservationId,
                    locationId,
                    evseUid,
                    tokenUid,
                    tokenType,
                    expiryDate,
                    sessionId,
                    state);
        }
    }

    void putReservation(Connection c, Reservation r) throws SQLException {
        upsert(
                c,
                "UPDATE cpo_reservation SET location_id = ?, evse_uid = ?, token_uid = ?, token_type = ?,"
                        + " expiry_date = ?, session_id = ?, state = ?"
                        + " WHERE emsp_country_code = ? AND emsp_party_id = ? AND reservation_id = ?",
                "INSERT INTO cpo_reservation (location_id, evse_uid, token_uid, token_type, expiry_date, session_id,"
                        + " state, emsp_country_code, emsp_party_id, reservation_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                key(r.locationId()),
                key(r.evseUid()),
                key(r.tokenUid()),
                r.tokenType().value(),
                r.expiryDate(),
                key(r.sessionId()),
                r.state().name(),
                key(r.emspCountryCode()),
                key(r.emspPartyId()),
                key(r.reservationId()));
    }

    Optional<Reservation> reservation(Connection c, CiString emspCountryCode, CiString emspPartyId, CiString id)
            throws SQLException {
        List<Reservation> found = reservations(
                c,
                "emsp_country_code = ? AND emsp_party_id = ? AND reservation_id = ?",
                key(emspCountryCode),
                key(emspPartyId),
                key(id));
        return found.stream().findFirst();
    }

    /** Returns the active reservation of an EVSE, if it has one. */
    Optional<Reservation> activeReservationAt(Connection c, CiString locationId, CiString evseUid) throws SQLException {
        return reservations(
                        c,
                        "location_id = ? AND evse_uid = ? AND state = ?",
                        key(locationId),
                        key(evseUid),
                        ReservationState.ACTIVE.name())
                .stream()
                .findFirst();
    }

    /** Returns the active reservations whose expiry date is at or before {@code now}, the earliest first. */
    List<Reservation> expiredReservations(Connection c, Instant now) throws SQLException {
        return reservations(
                c, "state = ? AND expiry_date <= ? ORDER BY expiry_date", ReservationState.ACTIVE.name(), now);
    }

    private static List<Reservation> reservations(Connection c, String where, Object... parameters)
            throws SQLException {
        try (PreparedStatement statement =
                        Database.bind(c.prepareStatement("SELECT * FROM cpo_reservation WHERE " + where), parameters);
                ResultSet rows = statement.executeQuery()) {
            List<Reservation> found = new ArrayList<>();
            while (rows.next()) {
                found.add(new Reservation(
                        CiString.of(rows.getString("emsp_country_code")),
                        CiString.of(rows.getString("emsp_party_id")),
                        CiString.of(rows.getString("reservation_id")),
                        CiString.of(rows.getString("location_id")),
                        CiString.of(rows.getString("evse_uid")),
                        CiString.of(rows.getString("token_uid")),
                        TokenType.of(rows.getString("token_type")),
                        Database.instant(rows, "expiry_date"),
                        CiString.of(rows.getString("session_id")),
                        ReservationState.valueOf(rows.getString("state"))));
            }
            return found;
        }
    }

    // ---- the shared mechanics

    /** Updates the row of a key, or inserts it: portable, where MERGE and ON CONFLICT are not. */
    private static Stored upsert(Connection c, String update, String insert, Object... parameters) throws SQLException {
        if (Database.update(c, update, parameters) > 0) {
            return Stored.UPDATED;
        }
        Database.update(c, insert, parameters);
        return Stored.CREATED;
    }

    private static <T> Optional<T> one(Connection c, Class<T> type, String sql, Object... parameters)
            throws SQLException {
        List<String> found = Database.strings(c, sql, parameters);
        return found.isEmpty() ? Optional.empty() : Optional.of(read(found.get(0), type));
    }

    /** A page of the objects of a table whose owner ({@code token_country_code}, {@code token_party_id}) has a role. */
    private static <T> PageResult<T> owned(
            Connection c, Class<T> type, String table, List<PartyRole> owner, PageRequest page) throws SQLException {
        if (owner.isEmpty()) {
            return new PageResult<>(List.of(), 0);
        }
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        for (PartyRole role : owner) {
            conditions.add("(token_country_code = ? AND token_party_id = ?)");
            parameters.add(key(role.countryCode()));
            parameters.add(key(role.partyId()));
        }
        return page(c, type, table, "(" + String.join(" OR ", conditions) + ")", parameters, "id", page);
    }

    /**
     * A page of a table's objects that match a condition, filtered by {@code last_updated} ({@code date_from}
     * inclusive, {@code date_to} exclusive) and ordered by it, then by the key columns.
     */
    private static <T> PageResult<T> page(
            Connection c,
            Class<T> type,
            String table,
            String condition,
            List<Object> conditionParameters,
            String keyColumns,
            PageRequest page)
            throws SQLException {
        StringBuilder where = new StringBuilder(" WHERE ").append(condition);
        List<Object> parameters = new ArrayList<>(conditionParameters);
        if (page.dateFrom() != null) {
            where.append(" AND last_updated >= ?");
            parameters.add(page.dateFrom());
        }
        if (page.dateTo() != null) {
            where.append(" AND last_updated < ?");
            parameters.add(page.dateTo());
        }
        int total = Database.count(c, "SELECT COUNT(*) FROM " + table + where, parameters.toArray());
        parameters.add(page.offset());
        parameters.add(page.limit());
        List<String> json = Database.strings(
                c,
                "SELECT ocpi_json FROM " + table + where + " ORDER BY last_updated, " + keyColumns
                        + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                parameters.toArray());
        List<T> items = new ArrayList<>(json.size());
        for (String j : json) {
            items.add(read(j, type));
        }
        return new PageResult<>(items, total);
    }

    /** Reads what this store wrote; it was valid when written, so only malformed JSON is an error. */
    static <T> T read(String json, Class<T> type) {
        return JSON.read(json, type)
                .value()
                .orElseThrow(() -> new IllegalStateException("stored " + type.getSimpleName() + " is not JSON"));
    }
}
