package io.github.ocpi4j.examples.emsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.ocpi4j.client.ListQuery;
import io.github.ocpi4j.client.OcpiClient;
import io.github.ocpi4j.client.OcpiTransportException;
import io.github.ocpi4j.client.Party;
import io.github.ocpi4j.client.PartyRole;
import io.github.ocpi4j.client.RetryPolicy;
import io.github.ocpi4j.model.v221.commands.CancelReservation;
import io.github.ocpi4j.model.v221.commands.CommandResponseType;
import io.github.ocpi4j.model.v221.commands.CommandResult;
import io.github.ocpi4j.model.v221.commands.CommandResultType;
import io.github.ocpi4j.model.v221.commands.CommandType;
import io.github.ocpi4j.model.v221.commands.ReserveNow;
import io.github.ocpi4j.model.v221.commands.StartSession;
import io.github.ocpi4j.model.v221.commands.StopSession;
import io.github.ocpi4j.model.v221.commands.UnlockConnector;
import io.github.ocpi4j.model.v221.tokens.Token;
import io.github.ocpi4j.model.v221.tokens.TokenType;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The eMSP registered with a CPO over loopback: tokens pushed, commands sent and answered, lists pulled, outages. */
class EmspWithCpoTest {
    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
    private static final Duration LONG_ENOUGH = Duration.ofSeconds(10);

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final OcpiClient client =
            OcpiClient.builder().retryPolicy(RetryPolicy.none()).build();
    private final FakeCpo cpo = new FakeCpo(clock);
    private final Emsp emsp =
            Emsp.builder().clock(clock).sampleData(true).client(client).start(new InetSocketAddress("127.0.0.1", 0));

    @AfterEach
    void close() {
        emsp.close();
        cpo.close();
        client.close();
    }

    private Party register() {
        return emsp.register(cpo.versionsUrl(), cpo.tokenA);
    }

    private Token token(String uid) {
        return emsp.tokens().stream()
                .filter(t -> t.uid().equalsIgnoreCase(uid))
                .findFirst()
                .orElseThrow();
    }

    private CommandResultType awaited(CommandType type, String id) {
        return emsp.awaitResult(type, id, LONG_ENOUGH)
                .map(CommandResult::result)
                .orElseThrow();
    }

    @Test
    void registrationGivesEachSideTheOthersTokenAndRoles() {
        Party registered = register();

        assertThat(registered.status()).isEqualTo(Party.Status.REGISTERED);
        assertThat(registered.roles()).containsExactly(PartyRole.of("CPO", "NL", "CPO"));
        assertThat(cpo.emspParty().status()).isEqualTo(Party.Status.REGISTERED);
        assertThat(cpo.emspParty().roles()).containsExactly(PartyRole.of("EMSP", "NL", "EMS"));
        assertThat(cpo.emspParty().versionsUrl()).isEqualTo(emsp.versionsUrl());
        assertThat(cpo.emsp().tokensSender().page(ListQuery.all()).totalCount())
                .as("the CPO calls the eMSP with token B")
                .isEqualTo(SampleTokens.COUNT);
        assertThatThrownBy(this::register)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("registered with a CPO already");
    }

    @Test
    void everyTokenIsPushedAndABlockedOneIsPatched() {
        register();

        assertThat(emsp.pushTokens()).isEqualTo(SampleTokens.COUNT);
        assertThat(cpo.tokens).hasSize(SampleTokens.COUNT).containsEntry("RFID0001/RFID", token("RFID0001"));

        Token blocked = emsp.block(SampleTokens.APP_USER);

        assertThat(cpo.tokens.get("APP0001/APP_USER")).isEqualTo(blocked);
        assertThat(blocked.valid()).isFalse();
        assertThat(blocked.lastUpdated()).isEqualTo(NOW);
    }

    @Test
    void eachCommandIsSentWithItsResponseUrlAndItsResultAwaited() {
        register();
        Instant expiry = NOW.plus(Duration.ofMinutes(15));

        assertThat(emsp.reserveNow("LOC1", "3256", SampleTokens.APP_USER, expiry, "R1")
                        .result())
                .isEqualTo(CommandResponseType.ACCEPTED);
        assertThat(awaited(CommandType.RESERVE_NOW, "R1")).isEqualTo(CommandResultType.ACCEPTED);
        assertThat(emsp.startSession("LOC1", "3256", "1", SampleTokens.APP_USER, "R1")
                        .result())
                .isEqualTo(CommandResponseType.ACCEPTED);
        assertThat(awaited(CommandType.START_SESSION, "R1")).isEqualTo(CommandResultType.ACCEPTED);
        emsp.stopSession("S1");
        assertThat(awaited(CommandType.STOP_SESSION, "S1")).isEqualTo(CommandResultType.ACCEPTED);
        emsp.reserveNow("LOC1", null, SampleTokens.RFID_VALID, expiry, "R2");
        emsp.cancelReservation("R2");
        assertThat(awaited(CommandType.CANCEL_RESERVATION, "R2")).isEqualTo(CommandResultType.ACCEPTED);
        emsp.unlockConnector("LOC1", "3256", "1");
        assertThat(awaited(CommandType.UNLOCK_CONNECTOR, "LOC1/3256/1")).isEqualTo(CommandResultType.ACCEPTED);

        var urls = emsp.server().v221Urls();
        Token app = token(SampleTokens.APP_USER);
        assertThat(cpo.commands)
                .containsExactly(
                        ReserveNow.builder()
                                .responseUrl(urls.commandResponseUrl(CommandType.RESERVE_NOW, "R1"))
                                .token(app)
                                .expiryDate(expiry)
                                .reservationId("R1")
                                .locationId("LOC1")
                                .evseUid("3256")
                                .authorizationReference("R1")
                                .build(),
                        StartSession.builder()
                                .responseUrl(urls.commandResponseUrl(CommandType.START_SESSION, "R1"))
                                .token(app)
                                .locationId("LOC1")
                                .evseUid("3256")
                                .connectorId("1")
                                .authorizationReference("R1")
                                .build(),
                        StopSession.builder()
                                .responseUrl(urls.commandResponseUrl(CommandType.STOP_SESSION, "S1"))
                                .sessionId("S1")
                                .build(),
                        ReserveNow.builder()
                                .responseUrl(urls.commandResponseUrl(CommandType.RESERVE_NOW, "R2"))
                                .token(token(SampleTokens.RFID_VALID))
                                .expiryDate(expiry)
                                .reservationId("R2")
                                .locationId("LOC1")
                                .authorizationReference("R2")
                                .build(),
                        CancelReservation.builder()
                                .responseUrl(urls.commandResponseUrl(CommandType.CANCEL_RESERVATION, "R2"))
                                .reservationId("R2")
                                .build(),
                        UnlockConnector.builder()
                                .responseUrl(urls.commandResponseUrl(CommandType.UNLOCK_CONNECTOR, "LOC1/3256/1"))
                                .locationId("LOC1")
                                .evseUid("3256")
                                .connectorId("1")
                                .build());
        assertThat(cpo.undelivered).isEmpty();
    }

    @Test
    void tokenTheEmspDoesNotAllowThereIsNeverSentInACommand() {
        register();
        Instant expiry = NOW.plus(Duration.ofMinutes(15));

        assertThatThrownBy(() -> emsp.reserveNow("LOC1", null, SampleTokens.RFID_BLOCKED, expiry, "R1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tokenUid: token RFID0005 may not charge at LOC1: BLOCKED");
        assertThatThrownBy(() -> emsp.startSession("LOC2", null, null, SampleTokens.RFID_FLEET, "A1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tokenUid: token RFID0035 may not charge at LOC2: NOT_ALLOWED");
        assertThatThrownBy(() -> emsp.startSession("LOC1", null, null, "NOBODY", "A1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tokenUid: this eMSP has no token NOBODY");
        assertThat(cpo.commands).isEmpty();
    }

    @Test
    void resultTheCpoNeverPostsIsAwaitedUntilTheTimeout() {
        register();
        cpo.outcomes.remove(CommandType.UNLOCK_CONNECTOR);

        assertThat(emsp.unlockConnector("LOC1", "3256", "2").result()).isEqualTo(CommandResponseType.ACCEPTED);

        Optional<CommandResult> none =
                emsp.awaitResult(CommandType.UNLOCK_CONNECTOR, "LOC1/3256/2", Duration.ofMillis(100));
        assertThat(none).isEmpty();
    }

    @Test
    void pullingFollowsEveryPageOfTheCposLists() {
        register();
        IntStream.rangeClosed(1, 5)
                .forEach(i -> cpo.locations.add(CpoObjects.location("LOC" + i, NOW.minusSeconds(600 - i))));
        IntStream.rangeClosed(1, 3).forEach(i -> cpo.tariffs.add(CpoObjects.tariff("T" + i, NOW.minusSeconds(i))));
        IntStream.rangeClosed(1, 5)
                .forEach(i -> cpo.sessions.add(CpoObjects.session("S" + i, NOW.minusSeconds(60 - 10L * i))));

        assertThat(emsp.pullLocations()).isEqualTo(new Pulled(5, 3));
        assertThat(emsp.pullTariffs()).isEqualTo(new Pulled(3, 2));
        assertThat(emsp.pullSessions(NOW.minusSeconds(30))).as("S3 to S5").isEqualTo(new Pulled(3, 2));
        assertThat(emsp.pullCdrs()).hasToString("0 objects in 1 page");

        assertThat(emsp.locations()).containsExactlyElementsOf(cpo.locations);
        assertThat(emsp.tariffs()).containsExactlyElementsOf(cpo.tariffs);
        assertThat(emsp.sessions()).containsExactlyElementsOf(cpo.sessions.subList(2, 5));
        assertThat(emsp.received()).as("pulled, not pushed").isEmpty();
    }

    @Test
    void restartOnTheSamePortKeepsDataAndRegistrationForTheCpoToDeliverAgain() {
        register();
        String versionsUrl = emsp.versionsUrl();
        cpo.emsp().sessionsReceiver().put(CpoObjects.session("S1", NOW));

        emsp.stop();

        assertThat(emsp.isServing()).isFalse();
        Throwable outage =
                catchThrowable(() -> cpo.emsp().sessionsReceiver().patch("NL", "CPO", "S1", CpoObjects.secondPeriod()));
        assertThat(outage).isInstanceOf(OcpiTransportException.class);

        emsp.restart();

        assertThat(emsp.isServing()).isTrue();
        assertThat(emsp.versionsUrl()).isEqualTo(versionsUrl);
        cpo.emsp().sessionsReceiver().patch("NL", "CPO", "S1", CpoObjects.secondPeriod());
        assertThat(emsp.sessions())
                .singleElement()
                .satisfies(s -> assertThat(s.chargingPeriods()).hasSize(2));
        assertThat(emsp.received())
                .extracting(Received::toString)
                .containsExactly("PUT sessions NL/CPO/S1", "PATCH sessions NL/CPO/S1");
        assertThat(emsp.tokens()).hasSize(SampleTokens.COUNT);
        assertThat(emsp.cpo().v221().tokensReceiver().token("NL", "EMS", "RFID0001", TokenType.RFID))
                .as("the eMSP still calls the CPO with token C")
                .isEmpty();
    }

    @Test
    void emspBuiltToBeMountedElsewhereLeavesServingToItsHost() {
        try (Emsp mounted =
                Emsp.builder().baseUrl("https://emsp.example.com/ocpi").build()) {
            assertThat(mounted.versionsUrl()).isEqualTo("https://emsp.example.com/ocpi/versions");
            assertThat(mounted.isServing()).isFalse();
            assertThatThrownBy(mounted::stop)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("mounted");
            assertThatThrownBy(mounted::cpo)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("this eMSP has not registered with a CPO");
        }
        assertThatThrownBy(() -> Emsp.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("baseUrl");
    }
}
