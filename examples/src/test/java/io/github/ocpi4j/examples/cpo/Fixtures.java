package io.github.ocpi4j.examples.cpo;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.v221.cdrs.AuthMethod;
import io.github.ocpi4j.model.v221.cdrs.CDR;
import io.github.ocpi4j.model.v221.cdrs.CdrDimension;
import io.github.ocpi4j.model.v221.cdrs.CdrDimensionType;
import io.github.ocpi4j.model.v221.cdrs.CdrLocation;
import io.github.ocpi4j.model.v221.cdrs.CdrToken;
import io.github.ocpi4j.model.v221.cdrs.ChargingPeriod;
import io.github.ocpi4j.model.v221.locations.Capability;
import io.github.ocpi4j.model.v221.locations.Connector;
import io.github.ocpi4j.model.v221.locations.ConnectorFormat;
import io.github.ocpi4j.model.v221.locations.ConnectorType;
import io.github.ocpi4j.model.v221.locations.EVSE;
import io.github.ocpi4j.model.v221.locations.GeoLocation;
import io.github.ocpi4j.model.v221.locations.Location;
import io.github.ocpi4j.model.v221.locations.PowerType;
import io.github.ocpi4j.model.v221.locations.Status;
import io.github.ocpi4j.model.v221.sessions.Session;
import io.github.ocpi4j.model.v221.sessions.SessionStatus;
import io.github.ocpi4j.model.v221.tariffs.PriceComponent;
import io.github.ocpi4j.model.v221.tariffs.Tariff;
import io.github.ocpi4j.model.v221.tariffs.TariffDimensionType;
import io.github.ocpi4j.model.v221.tariffs.TariffElement;
import io.github.ocpi4j.model.v221.tariffs.TariffType;
import io.github.ocpi4j.model.v221.tokens.Token;
import io.github.ocpi4j.model.v221.tokens.TokenType;
import io.github.ocpi4j.model.v221.tokens.WhitelistType;
import io.github.ocpi4j.model.v221.types.Price;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The objects the CPO's tests use: the CPO NL-CPO with location {@code LOC1} in Amsterdam (EVSEs {@code LOC1-1} and
 * {@code LOC1-2} AVAILABLE and able to do everything, {@code LOC1-3} CHARGING, {@code LOC1-4} neither reservable nor
 * charging-preferences capable) under tariff {@code T1} (0.30/kWh and 2.00/hour parking) and {@code T1-CHEAP}; the
 * eMSP NL-EMS with its tokens; and a clock the tests move.
 */
final class Fixtures {
    static final Instant NOW = Instant.parse("2024-06-03T10:00:00Z");
    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private Fixtures() {}

    /**
     * The system property that runs the tests of the SQL on PostgreSQL instead of H2, to check that it is portable:
     * {@code mvn -pl examples -am verify -Docpi4j.cpo.postgres=jdbc:postgresql://localhost/test?user=test}; each
     * database is then a new schema of that one.
     */
    static final String POSTGRES = "ocpi4j.cpo.postgres";

    /** A new, empty database with the schema: in-memory H2, or a new PostgreSQL schema (see {@link #POSTGRES}). */
    static Database database() {
        String url = postgresUrl().orElse("jdbc:h2:mem:test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Database db = new Database(() -> DriverManager.getConnection(url));
        db.createSchema();
        return db;
    }

    /** The URL of a new, empty PostgreSQL schema when {@link #POSTGRES} is set. */
    static Optional<String> postgresUrl() {
        String postgres = System.getProperty(POSTGRES);
        if (postgres == null || postgres.isBlank()) {
            return Optional.empty();
        }
        String schema = "cpo_test_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(postgres);
                Statement statement = c.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return Optional.of(postgres + (postgres.contains("?") ? "&" : "?") + "currentSchema=" + schema);
    }

    /** Drops an in-memory H2 database that {@code DB_CLOSE_DELAY=-1} keeps. */
    static void shutdown(String url) {
        try (Connection c = DriverManager.getConnection(url);
                Statement statement = c.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static Tariff tariff() {
        return tariff("T1", TariffType.REGULAR, "0.30");
    }

    static Tariff cheapTariff() {
        return tariff("T1-CHEAP", TariffType.PROFILE_CHEAP, "0.20");
    }

    static Tariff tariff(String id, TariffType type, String perKwh) {
        return Tariff.builder()
                .countryCode("NL")
                .partyId("CPO")
                .id(id)
                .currency("EUR")
                .type(type)
                .elements(List.of(
                        element(new PriceComponent(TariffDimensionType.ENERGY, new BigDecimal(perKwh), null, 1)),
                        element(new PriceComponent(
                                TariffDimensionType.PARKING_TIME, new BigDecimal("2.00"), null, 60))))
                .lastUpdated(NOW.minus(Duration.ofDays(30)))
                .build();
    }

    private static TariffElement element(PriceComponent component) {
        return TariffElement.builder().priceComponents(List.of(component)).build();
    }

    static Location location(String id, Instant lastUpdated) {
        List<Capability> all = List.of(
                Capability.RESERVABLE,
                Capability.REMOTE_START_STOP_CAPABLE,
                Capability.UNLOCK_CAPABLE,
                Capability.CHARGING_PREFERENCES_CAPABLE);
        return Location.builder()
                .countryCode("NL")
                .partyId("CPO")
                .id(id)
                .publish(true)
                .name("Amsterdam Centraal")
                .address("Stationsplein 1")
                .city("Amsterdam")
                .postalCode("1012 AB")
                .country("NLD")
                .coordinates(new GeoLocation("52.378901", "4.900272"))
                .evses(List.of(
                        evse(id + "-1", "NL*CPO*E0001", Status.AVAILABLE, all, lastUpdated),
                        evse(id + "-2", "NL*CPO*E0002", Status.AVAILABLE, all, lastUpdated),
                        evse(id + "-3", "NL*CPO*E0003", Status.CHARGING, all, lastUpdated),
                        evse(
                                id + "-4",
                                "NL*CPO*E0004",
                                Status.AVAILABLE,
                                List.of(Capability.REMOTE_START_STOP_CAPABLE),
                                lastUpdated)))
                .timeZone("Europe/Amsterdam")
                .lastUpdated(lastUpdated)
                .build();
    }

    private static EVSE evse(String uid, String evseId, Status status, List<Capability> capabilities, Instant at) {
        return EVSE.builder()
                .uid(uid)
                .evseId(evseId)
                .status(status)
                .capabilities(capabilities)
                .connectors(List.of(Connector.builder()
                        .id("1")
                        .standard(ConnectorType.IEC_62196_T2)
                        .format(ConnectorFormat.SOCKET)
                        .powerType(PowerType.AC_3_PHASE)
                        .maxVoltage(400)
                        .maxAmperage(32)
                        .maxElectricPower(22000)
                        .tariffIds(List.of(CiString.of("T1"), CiString.of("T1-CHEAP")))
                        .lastUpdated(at)
                        .build()))
                .lastUpdated(at)
                .build();
    }

    /** A token of NL-EMS (or another eMSP), valid or not, with a whitelist. */
    static Token token(String partyId, String uid, boolean valid, WhitelistType whitelist) {
        return Token.builder()
                .countryCode("NL")
                .partyId(partyId)
                .uid(uid)
                .type(TokenType.RFID)
                .contractId("NL-" + partyId + "-C" + uid)
                .issuer("eMSP " + partyId)
                .valid(valid)
                .whitelist(whitelist)
                .lastUpdated(NOW.minus(Duration.ofDays(1)))
                .build();
    }

    static CdrToken cdrToken(String partyId, String uid) {
        Token token = token(partyId, uid, true, WhitelistType.ALWAYS);
        return new CdrToken(token.countryCode(), token.partyId(), token.uid(), token.type(), token.contractId());
    }

    /** A finished session of a token of {@code emsp}, last updated at {@code lastUpdated}. */
    static Session session(String id, String emsp, Instant lastUpdated) {
        return Session.builder()
                .countryCode("NL")
                .partyId("CPO")
                .id(id)
                .startDateTime(lastUpdated.minus(Duration.ofHours(1)))
                .endDateTime(lastUpdated)
                .kwh(new BigDecimal("11"))
                .cdrToken(cdrToken(emsp, "TOKEN-" + emsp))
                .authMethod(AuthMethod.WHITELIST)
                .locationId("LOC1")
                .evseUid("LOC1-1")
                .connectorId("1")
                .currency("EUR")
                .chargingPeriods(List.of(period(lastUpdated.minus(Duration.ofHours(1)))))
                .totalCost(new Price(new BigDecimal("3.30"), null))
                .status(SessionStatus.COMPLETED)
                .lastUpdated(lastUpdated)
                .build();
    }

    /** The CDR of a finished session of a token of {@code emsp}, last updated at {@code lastUpdated}. */
    static CDR cdr(String id, String emsp, Instant lastUpdated) {
        Instant start = lastUpdated.minus(Duration.ofHours(1));
        return CDR.builder()
                .countryCode("NL")
                .partyId("CPO")
                .id(id)
                .startDateTime(start)
                .endDateTime(lastUpdated)
                .sessionId("S-" + id)
                .cdrToken(cdrToken(emsp, "TOKEN-" + emsp))
                .authMethod(AuthMethod.WHITELIST)
                .cdrLocation(CdrLocation.builder()
                        .id("LOC1")
                        .address("Stationsplein 1")
                        .city("Amsterdam")
                        .country("NLD")
                        .coordinates(new GeoLocation("52.378901", "4.900272"))
                        .evseUid("LOC1-1")
                        .evseId("NL*CPO*E0001")
                        .connectorId("1")
                        .connectorStandard(ConnectorType.IEC_62196_T2)
                        .connectorFormat(ConnectorFormat.SOCKET)
                        .connectorPowerType(PowerType.AC_3_PHASE)
                        .build())
                .currency("EUR")
                .chargingPeriods(List.of(period(start)))
                .totalCost(new Price(new BigDecimal("3.30"), null))
                .totalEnergy(new BigDecimal("11"))
                .totalTime(BigDecimal.ONE)
                .lastUpdated(lastUpdated)
                .build();
    }

    private static ChargingPeriod period(Instant start) {
        return new ChargingPeriod(
                start,
                List.of(
                        new CdrDimension(CdrDimensionType.ENERGY, new BigDecimal("11")),
                        new CdrDimension(CdrDimensionType.TIME, BigDecimal.ONE)),
                CiString.of("T1"));
    }

    /** A clock that stands still until a test moves it. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
