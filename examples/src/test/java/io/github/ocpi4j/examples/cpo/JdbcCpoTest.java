package io.github.ocpi4j.examples.cpo;

import static io.github.ocpi4j.examples.cpo.FakeEmsp.await;
import static io.github.ocpi4j.examples.cpo.Fixtures.NOW;
import static io.github.ocpi4j.examples.cpo.Loopback.minutes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ocpi4j.client.CredentialsTokens;
import io.github.ocpi4j.client.ListQuery;
import io.github.ocpi4j.client.OcpiClient;
import io.github.ocpi4j.client.Party;
import io.github.ocpi4j.model.v221.commands.CommandType;
import io.github.ocpi4j.model.v221.commands.ReserveNow;
import io.github.ocpi4j.model.v221.sessions.Session;
import io.github.ocpi4j.model.v221.tokens.WhitelistType;
import io.github.ocpi4j.server.OcpiHttpRequest;
import io.github.ocpi4j.server.OcpiHttpResponse;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CPO's public API: starting on a database that exists, building without an HTTP server, partners registered
 * with or without the handshake, and the errors of bad input, each naming the value and the rule.
 */
class JdbcCpoTest {
    private static final InetSocketAddress LOOPBACK = new InetSocketAddress("127.0.0.1", 0);

    @Test
    void startingAgainOnTheSameFileDatabaseKeepsItsDataAndLoadsTheSampleOnce(@TempDir Path dir) {
        String url = "jdbc:h2:file:" + dir.resolve("cpo").toAbsolutePath();
        String tokenA;
        try (JdbcCpo first = start(url)) {
            tokenA = first.newTokenA("emsp");
        }

        try (JdbcCpo second = start(url)) {
            int locations = second.database().read(second.store()::locationCount);
            int sessions = second.database().read(c -> Database.count(c, "SELECT COUNT(*) FROM cpo_session"));
            Optional<Party> emsp = second.parties().findByIncomingToken(tokenA);

            assertThat(locations).isEqualTo(SampleData.LOCATIONS);
            assertThat(sessions).isEqualTo(SampleData.SESSIONS);
            assertThat(emsp).map(Party::id).contains("emsp");
        }
    }

    @Test
    void emptyAtStartDeletesWhatAnEarlierRunLeftInEveryTableThenLoadsTheSampleAgain(@TempDir Path dir) {
        String url = "jdbc:h2:file:" + dir.resolve("cpo").toAbsolutePath();
        try (JdbcCpo first = start(url)) {
            first.newTokenA("emsp");
            first.preRegister("DE", "OTH", "token-of-oth");
            first.save(Fixtures.location("LOC1", Fixtures.NOW));
        }

        try (JdbcCpo second = JdbcCpo.builder()
                .jdbcUrl(url)
                .emptyAtStart(true)
                .sampleData(true)
                .retryInterval(Duration.ZERO)
                .start(LOOPBACK)) {
            int locations = second.database().read(second.store()::locationCount);
            int sessions = second.database().read(c -> Database.count(c, "SELECT COUNT(*) FROM cpo_session"));
            int parties = second.database().read(c -> Database.count(c, "SELECT COUNT(*) FROM cpo_party"));
            int roles = second.database().read(c -> Database.count(c, "SELECT COUNT(*) FROM cpo_party_role"));

            assertThat(locations).isEqualTo(SampleData.LOCATIONS);
            assertThat(second.evseStatus("LOC1", "LOC1-1")).isEmpty();
            assertThat(sessions).isEqualTo(SampleData.SESSIONS);
            assertThat(parties).isZero();
            assertThat(roles).isZero();
            assertThat(second.newTokenA("emsp")).as("the id emsp is free again").isNotBlank();
        }
    }

    @Test
    void startingTwiceOnTheSameInMemoryDatabaseCreatesTheSchemaOnce() {
        String url = "jdbc:h2:mem:twice-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (JdbcCpo first = start(url);
                JdbcCpo second = start(url)) {
            int locations = second.database().read(second.store()::locationCount);

            assertThat(locations).isEqualTo(SampleData.LOCATIONS);
            assertThat(first.evseStatus("LOC001", "LOC001-1")).isEqualTo(second.evseStatus("LOC001", "LOC001-1"));
        } finally {
            Fixtures.shutdown(url);
        }
    }

    @Test
    void builtWithoutAnHttpServerItAnswersThroughItsOcpiServer() {
        try (JdbcCpo cpo = JdbcCpo.builder()
                .baseUrl("https://cpo.example.com/ocpi")
                .retryInterval(Duration.ZERO)
                .build()) {
            cpo.preRegister("NL", "EMS", "token-c");

            OcpiHttpResponse versions = cpo.server()
                    .handle(OcpiHttpRequest.builder()
                            .method("GET")
                            .path("/ocpi/versions")
                            .header("Authorization", CredentialsTokens.header("token-c", false))
                            .build());

            assertThat(cpo.versionsUrl()).isEqualTo("https://cpo.example.com/ocpi/versions");
            assertThat(versions.status()).isEqualTo(200);
            assertThat(versions.bodyText()).contains("https://cpo.example.com/ocpi/2.2.1");
        }
    }

    @Test
    void callsReuseAFewPooledConnectionsInsteadOfOpeningOneEach(@TempDir Path dir) throws SQLException {
        String url = "jdbc:h2:file:" + dir.resolve("cpo").toAbsolutePath();
        try (JdbcCpo cpo = JdbcCpo.builder()
                        .jdbcUrl(url)
                        .retryInterval(Duration.ZERO)
                        .start(LOOPBACK);
                OcpiClient client = OcpiClient.builder().maxVersion("2.2.1").build();
                Connection witness = DriverManager.getConnection(url)) { // keeps H2's session numbering going
            cpo.preRegister("NL", "EMS", "token-c");
            var tokens = client.connect(cpo.versionsUrl(), "token-c").v221().tokensReceiver();
            long before = sessionId(witness);

            for (int i = 0; i < 40; i++) {
                tokens.put(Fixtures.token("EMS", "RFID-" + i, true, WhitelistType.ALWAYS));
            }

            // H2 numbers its sessions (connections) in the order they open: the gap counts those opened meanwhile
            try (Connection after = DriverManager.getConnection(url)) {
                assertThat(sessionId(after) - before - 1)
                        .as("connections opened for 40 token PUTs")
                        .isLessThanOrEqualTo(8);
            }
        }
    }

    private static long sessionId(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT SESSION_ID()")) {
            result.next();
            return result.getLong(1);
        }
    }

    @Test
    void buildingWithoutAnHttpServerNeedsTheBaseUrl() {
        assertThatThrownBy(() -> JdbcCpo.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("baseUrl: required");
    }

    @Test
    void aPreRegisteredTokenOpensTheModulesButTheCpoCannotPushWithoutTheHandshake() {
        try (JdbcCpo cpo = JdbcCpo.builder().retryInterval(Duration.ZERO).start(new InetSocketAddress("127.0.0.1", 0));
                OcpiClient client = OcpiClient.builder().maxVersion("2.2.1").build()) {
            cpo.save(Fixtures.tariff());
            cpo.save(Fixtures.location("LOC1", NOW));
            cpo.preRegister("NL", "EMS", "token-c");
            var emsp = client.connect(cpo.versionsUrl(), "token-c").v221();

            emsp.tokensReceiver().put(Fixtures.token("EMS", "RFID-1", true, WhitelistType.ALWAYS));
            emsp.commandsReceiver()
                    .reserveNow(ReserveNow.builder()
                            .responseUrl("https://emsp.example.com/ocpi/2.2.1/commands/RESERVE_NOW/1")
                            .token(Fixtures.token("EMS", "RFID-1", true, WhitelistType.ALWAYS))
                            .expiryDate(cpo.clock().instant().plusSeconds(3600))
                            .reservationId("R1")
                            .locationId("LOC1")
                            .evseUid("LOC1-1")
                            .build());
            await("the reservation's pushes", () -> cpo.pending().size() == 2);
            cpo.deliverPending();

            assertThat(emsp.locationsSender().stream(ListQuery.all())).hasSize(1);
            List<OutboxEntry> pending = cpo.pending();
            assertThat(pending).extracting(OutboxEntry::recipient).containsOnly("NL-EMS");
            assertThat(pending).noneMatch(OutboxEntry::failed);
            assertThat(pending.get(0).lastError())
                    .as("the first push to the eMSP tells why; the others wait behind it")
                    .isEqualTo("NL-EMS has given no token and endpoints to call it with: it registered without the"
                            + " credentials handshake");
        }
    }

    @Test
    void aRegisteredPartysIdCannotTakeANewTokenA() {
        try (Loopback loopback = new Loopback()) {
            assertThatThrownBy(() -> loopback.cpo.newTokenA("emsp"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("partyId: emsp is registered already");
        }
    }

    @Test
    void badValuesAreRefusedNamingTheValueAndTheRule() {
        assertThatThrownBy(() -> JdbcCpo.builder().party("NLD", "CPO"))
                .hasMessage("countryCode: must be 2 letters (ISO 3166-1 alpha-2), not NLD");
        assertThatThrownBy(() -> JdbcCpo.builder().party("NL", "CP"))
                .hasMessage("partyId: must be 3 letters or digits (ISO 15118), not CP");
        assertThatThrownBy(() -> JdbcCpo.builder().retryInterval(Duration.ofSeconds(-1)))
                .hasMessage("retryInterval: must not be negative");
        try (JdbcCpo cpo = JdbcCpo.builder()
                .baseUrl("https://cpo.example.com/ocpi")
                .retryInterval(Duration.ZERO)
                .build()) {
            assertThatThrownBy(() -> cpo.preRegister("NL", "EMS", "with space"))
                    .hasMessage("token: must be 1 to 64 printable ASCII characters without spaces");
            assertThatThrownBy(() -> cpo.meter("NOPE", NOW, BigDecimal.ONE, null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("sessionId: no session NOPE");
        }
    }

    @Test
    void meterReadingsMustGoForwardInTimeAndEnergy() {
        try (Loopback loopback = new Loopback()) {
            Session session = loopback.startCharging("LOC1-1");
            String id = session.id().value();
            loopback.cpo.meter(id, minutes(10), new BigDecimal("2"), new BigDecimal("11"));

            assertThatThrownBy(() -> loopback.cpo.meter(id, minutes(10), new BigDecimal("3"), null))
                    .hasMessage("time: must be after the last reading, at " + minutes(10));
            assertThatThrownBy(() -> loopback.cpo.meter(id, minutes(20), new BigDecimal("1.5"), null))
                    .hasMessage("kwhSoFar: must not be less than the last reading's 2 kWh");
            assertThatThrownBy(() -> loopback.cpo.meter(id, minutes(20), new BigDecimal("3"), new BigDecimal("-1")))
                    .hasMessage("powerKw: must not be negative");
            loopback.stop(session, "STOP1");
            loopback.emsp.awaitResult(CommandType.STOP_SESSION, "STOP1");
            assertThatThrownBy(() -> loopback.cpo.meter(id, minutes(30), new BigDecimal("3"), null))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("session " + id + " is COMPLETED: only an ACTIVE session has meter readings");
        }
    }

    private static JdbcCpo start(String url) {
        return JdbcCpo.builder()
                .jdbcUrl(url)
                .sampleData(true)
                .retryInterval(Duration.ZERO)
                .start(new InetSocketAddress("127.0.0.1", 0));
    }
}
