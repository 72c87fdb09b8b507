package io.github.ocpi4j.examples.cpo;

import static io.github.ocpi4j.examples.cpo.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.client.PartyRole;
import io.github.ocpi4j.examples.cpo.CpoStore.Reservation;
import io.github.ocpi4j.examples.cpo.CpoStore.ReservationState;
import io.github.ocpi4j.examples.cpo.CpoStore.SessionRow;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.v221.cdrs.CDR;
import io.github.ocpi4j.model.v221.locations.Location;
import io.github.ocpi4j.model.v221.locations.Status;
import io.github.ocpi4j.model.v221.pricing.MeterReading;
import io.github.ocpi4j.model.v221.sessions.ChargingPreferences;
import io.github.ocpi4j.model.v221.sessions.ProfileType;
import io.github.ocpi4j.model.v221.sessions.Session;
import io.github.ocpi4j.model.v221.sessions.SessionStatus;
import io.github.ocpi4j.model.v221.tariffs.Tariff;
import io.github.ocpi4j.model.v221.tokens.Token;
import io.github.ocpi4j.model.v221.tokens.TokenType;
import io.github.ocpi4j.model.v221.tokens.WhitelistType;
import io.github.ocpi4j.server.PageRequest;
import io.github.ocpi4j.server.PageResult;
import io.github.ocpi4j.server.Stored;
import io.github.ocpi4j.server.v221.Locations;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The SQL of the CPO's OCPI objects on H2: every table round-trips what it stores, lists are filtered by date and
 * paged in SQL in a stable order, and sessions and CDRs are listed only to the eMSP of their token.
 */
class CpoStoreTest {
    private static final List<PartyRole> NL_EMS = List.of(PartyRole.of("EMSP", "NL", "EMS"));

    private final Database db = Fixtures.database();
    private final CpoStore store = new CpoStore("NL", "CPO");

    @Test
    void locationsRoundTripAndAreFoundByIdWhateverItsCase() {
        Location location = Fixtures.location("LOC1", NOW);

        Stored first = db.write(c -> store.putLocation(c, location));
        Stored second = db.write(c -> store.putLocation(c, location));

        assertThat(first).isEqualTo(Stored.CREATED);
        assertThat(second).isEqualTo(Stored.UPDATED);
        assertThat(location("loc1")).contains(location);
        assertThat(location("LOC2")).isEmpty();
        int count = db.read(store::locationCount);
        assertThat(count).isEqualTo(1);
    }

    @Test
    void anEvseStatusChangeMakesItsEvseAndLocationNewer() {
        Location location = Fixtures.location("LOC1", NOW);
        db.write(c -> store.putLocation(c, location));
        Instant later = NOW.plus(Duration.ofMinutes(5));

        db.write(c -> {
            store.setEvseStatus(c, location, location.evses().get(1), Status.RESERVED, later);
            return null;
        });

        Location changed = location("LOC1").orElseThrow();
        assertThat(changed.lastUpdated()).isEqualTo(later);
        assertThat(changed.evses())
                .extracting(e -> e.status())
                .containsExactly(Status.AVAILABLE, Status.RESERVED, Status.CHARGING, Status.AVAILABLE);
        assertThat(Locations.evse(changed, CiString.of("LOC1-2")).orElseThrow().lastUpdated())
                .isEqualTo(later);
        assertThat(locations(page(0, 10, later, null)).items()).containsExactly(changed);
    }

    @Test
    void tariffsRoundTrip() {
        Tariff tariff = Fixtures.tariff();
        db.write(c -> store.putTariff(c, tariff));

        Optional<Tariff> found = db.read(c -> store.tariff(c, CiString.of("t1")));
        PageResult<Tariff> all = db.read(c -> store.tariffs(c, page(0, 10, null, null)));

        assertThat(found).contains(tariff);
        assertThat(all.items()).containsExactly(tariff);
    }

    @Test
    void tokensRoundTripByCountryPartyUidAndType() {
        Token token = Fixtures.token("EMS", "AB12", true, WhitelistType.ALWAYS);
        Token blocked = token.toBuilder().valid(false).build();

        Stored first = db.write(c -> store.putToken(c, token));
        Stored second = db.write(c -> store.putToken(c, blocked));
        Optional<Token> rfid = db.read(
                c -> store.token(c, CiString.of("nl"), CiString.of("ems"), CiString.of("ab12"), TokenType.RFID));
        Optional<Token> app = db.read(
                c -> store.token(c, CiString.of("NL"), CiString.of("EMS"), CiString.of("AB12"), TokenType.APP_USER));

        assertThat(first).isEqualTo(Stored.CREATED);
        assertThat(second).isEqualTo(Stored.UPDATED);
        assertThat(rfid).contains(blocked);
        assertThat(app).isEmpty();
    }

    @Test
    void sessionsRoundTripWithThePeriodsSentAndThePreferences() {
        Session session = Fixtures.session("S1", "EMS", NOW);
        ChargingPreferences preferences =
                new ChargingPreferences(ProfileType.CHEAP, NOW.plus(Duration.ofHours(8)), new BigDecimal("30"), false);
        SessionRow row = new SessionRow(session, 1, preferences);

        db.write(c -> {
            store.putSession(c, row);
            return null;
        });

        assertThat(session("s1")).contains(row);
        Session active = session.toBuilder().status(SessionStatus.ACTIVE).build();
        db.write(c -> {
            store.putSession(c, new SessionRow(active, 0, null));
            return null;
        });
        Optional<SessionRow> atFirst = db.read(c -> store.sessionAt(c, CiString.of("LOC1"), CiString.of("LOC1-1")));
        Optional<SessionRow> atSecond = db.read(c -> store.sessionAt(c, CiString.of("LOC1"), CiString.of("LOC1-2")));

        assertThat(session("S1")).contains(new SessionRow(active, 0, null));
        assertThat(atFirst.map(SessionRow::session)).contains(active);
        assertThat(atSecond).isEmpty();
    }

    @Test
    void meterReadingsKeepTheirOrderAndValues() {
        db.write(c -> {
            store.putSession(c, new SessionRow(Fixtures.session("S1", "EMS", NOW), 0, null));
            return null;
        });
        List<MeterReading> readings = List.of(
                new MeterReading(NOW, BigDecimal.ZERO, null, null),
                new MeterReading(NOW.plusSeconds(600), new BigDecimal("1.833333"), new BigDecimal("11"), null),
                new MeterReading(NOW.plusSeconds(1200), new BigDecimal("3.5"), BigDecimal.ZERO, null));

        db.write(c -> {
            for (MeterReading reading : readings) {
                store.addReading(c, CiString.of("S1"), reading);
            }
            return null;
        });

        List<MeterReading> read = db.read(c -> store.readings(c, CiString.of("S1")));
        assertThat(read)
                .extracting(MeterReading::time)
                .containsExactly(NOW, NOW.plusSeconds(600), NOW.plusSeconds(1200));
        assertThat(read)
                .extracting(MeterReading::energyKwh)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(BigDecimal.ZERO, new BigDecimal("1.833333"), new BigDecimal("3.5"));
        assertThat(read)
                .extracting(MeterReading::powerKw)
                .usingElementComparator((a, b) -> a == null || b == null ? (a == b ? 0 : 1) : a.compareTo(b))
                .containsExactly(null, new BigDecimal("11"), BigDecimal.ZERO);
    }

    @Test
    void cdrsRoundTripAndAreFoundBySession() {
        CDR cdr = Fixtures.cdr("C1", "EMS", NOW);
        db.write(c -> {
            store.insertCdr(c, cdr);
            return null;
        });

        Optional<CDR> ofSession = db.read(c -> store.cdrOfSession(c, CiString.of("s-c1")));
        PageResult<CDR> all = db.read(c -> store.cdrs(c, NL_EMS, page(0, 10, null, null)));

        assertThat(ofSession).contains(cdr);
        assertThat(all.items()).containsExactly(cdr);
    }

    @Test
    void reservationsRoundTripAndExpireByTheirExpiryDate() {
        Reservation reservation = new Reservation(
                CiString.of("NL"),
                CiString.of("EMS"),
                CiString.of("R1"),
                CiString.of("LOC1"),
                CiString.of("LOC1-1"),
                CiString.of("AB12"),
                TokenType.RFID,
                NOW.plusSeconds(900),
                CiString.of("S1"),
                ReservationState.ACTIVE);

        db.write(c -> {
            store.putReservation(c, reservation);
            return null;
        });

        Optional<Reservation> byId =
                db.read(c -> store.reservation(c, CiString.of("nl"), CiString.of("ems"), CiString.of("r1")));
        Optional<Reservation> ofAnother =
                db.read(c -> store.reservation(c, CiString.of("NL"), CiString.of("OTH"), CiString.of("R1")));

        assertThat(byId).contains(reservation);
        assertThat(ofAnother)
                .as("another eMSP's reservation ids never meet this one's")
                .isEmpty();
        assertThat(activeAtLoc1()).contains(reservation);
        assertThat(expiredAt(NOW.plusSeconds(899))).isEmpty();
        assertThat(expiredAt(NOW.plusSeconds(900))).containsExactly(reservation);

        db.write(c -> {
            store.putReservation(c, reservation.withState(ReservationState.EXPIRED));
            return null;
        });
        assertThat(activeAtLoc1()).isEmpty();
        assertThat(expiredAt(NOW.plusSeconds(900))).isEmpty();
    }

    @Test
    void pagesAreFilteredByDateFromInclusiveAndDateToExclusive() {
        List<Location> all = locationsUpdatedEveryMinute(10);

        PageResult<Location> page = locations(page(0, 100, minute(3), minute(7)));

        assertThat(page.items()).containsExactlyElementsOf(all.subList(3, 7));
        assertThat(page.totalCount()).isEqualTo(4);
    }

    @Test
    void pagesAreCutAtOffsetAndLimitAndCountEveryMatch() {
        List<Location> all = locationsUpdatedEveryMinute(10);

        PageResult<Location> second = locations(page(3, 3, null, null));
        PageResult<Location> last = locations(page(9, 3, null, null));
        PageResult<Location> beyond = locations(page(12, 3, null, null));

        assertThat(second.items()).containsExactlyElementsOf(all.subList(3, 6));
        assertThat(second.totalCount()).isEqualTo(10);
        assertThat(last.items()).containsExactly(all.get(9));
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.totalCount()).isEqualTo(10);
    }

    @Test
    void objectsUpdatedAtTheSameTimeAreOrderedByIdSoThatPagesAreStable() {
        for (String id : List.of("LOC3", "LOC1", "LOC2")) {
            db.write(c -> store.putLocation(c, Fixtures.location(id, NOW)));
        }

        List<String> ids = new ArrayList<>();
        for (int offset = 0; offset < 3; offset++) {
            int from = offset;
            locations(page(from, 1, null, null)).items().forEach(l -> ids.add(l.id().value()));
        }

        assertThat(ids).containsExactly("LOC1", "LOC2", "LOC3");
    }

    @Test
    void sessionsAndCdrsAreListedOnlyToTheEmspOfTheirToken() {
        db.write(c -> {
            store.putSession(c, new SessionRow(Fixtures.session("S1", "EMS", NOW), 1, null));
            store.putSession(c, new SessionRow(Fixtures.session("S2", "OTH", NOW), 1, null));
            store.putSession(c, new SessionRow(Fixtures.session("S3", "EMS", NOW.plusSeconds(1)), 1, null));
            store.insertCdr(c, Fixtures.cdr("C1", "OTH", NOW));
            store.insertCdr(c, Fixtures.cdr("C2", "EMS", NOW));
            return null;
        });

        PageResult<Session> sessions = db.read(c -> store.sessions(c, NL_EMS, page(0, 10, null, null)));
        PageResult<CDR> cdrs = db.read(c -> store.cdrs(c, NL_EMS, page(0, 10, null, null)));
        PageResult<Session> nobody = db.read(c -> store.sessions(c, List.of(), page(0, 10, null, null)));

        assertThat(sessions.items()).extracting(s -> s.id().value()).containsExactly("S1", "S3");
        assertThat(sessions.totalCount()).isEqualTo(2);
        assertThat(cdrs.items()).extracting(cdr -> cdr.id().value()).containsExactly("C2");
        assertThat(nobody.items()).isEmpty();
        List<PartyRole> both = List.of(PartyRole.of("EMSP", "NL", "EMS"), PartyRole.of("EMSP", "nl", "oth"));
        PageResult<Session> ofBoth = db.read(c -> store.sessions(c, both, page(0, 10, null, NOW.plusSeconds(1))));
        assertThat(ofBoth.items()).extracting(s -> s.id().value()).containsExactly("S1", "S2");
    }

    @Test
    void creatingTheSchemaAgainChangesNothing() {
        db.write(c -> store.putLocation(c, Fixtures.location("LOC1", NOW)));

        db.createSchema();
        db.createSchema();

        int count = db.read(store::locationCount);
        assertThat(count).isEqualTo(1);
    }

    private List<Location> locationsUpdatedEveryMinute(int count) {
        List<Location> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Location location = Fixtures.location("LOC" + i, minute(i));
            db.write(c -> store.putLocation(c, location));
            all.add(location);
        }
        return all;
    }

    private Optional<Location> location(String id) {
        return db.read(c -> store.location(c, CiString.of(id)));
    }

    private PageResult<Location> locations(PageRequest page) {
        return db.read(c -> store.locations(c, page));
    }

    private Optional<SessionRow> session(String id) {
        return db.read(c -> store.session(c, CiString.of(id)));
    }

    private Optional<Reservation> activeAtLoc1() {
        return db.read(c -> store.activeReservationAt(c, CiString.of("LOC1"), CiString.of("LOC1-1")));
    }

    private List<Reservation> expiredAt(Instant now) {
        return db.read(c -> store.expiredReservations(c, now));
    }

    private static Instant minute(int n) {
        return NOW.plus(Duration.ofMinutes(n));
    }

    private static PageRequest page(int offset, int limit, @Nullable Instant from, @Nullable Instant to) {
        return new PageRequest(offset, limit, from, to);
    }
}
