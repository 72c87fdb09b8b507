package io.github.ocpi4j.examples.emsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ocpi4j.client.ListQuery;
import io.github.ocpi4j.client.Page;
import io.github.ocpi4j.client.v221.TokensSenderClient;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.OcpiStatusException;
import io.github.ocpi4j.model.v221.tokens.AllowedType;
import io.github.ocpi4j.model.v221.tokens.AuthorizationInfo;
import io.github.ocpi4j.model.v221.tokens.LocationReferences;
import io.github.ocpi4j.model.v221.tokens.Token;
import io.github.ocpi4j.model.v221.tokens.TokenType;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The eMSP's Tokens Sender interface over loopback, as a CPO registered with it calls it with ocpi4j's client. */
class TokensSenderTest {
    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
    private static final LocationReferences AT_LOC1 = at("LOC1");

    private final Emsp emsp = Emsp.builder()
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .sampleData(true)
            .pageSize(10)
            .start(new InetSocketAddress("127.0.0.1", 0));
    private final PreRegisteredCpo cpo = new PreRegisteredCpo(emsp);
    private final TokensSenderClient tokens = cpo.emsp.tokensSender();

    @AfterEach
    void close() {
        cpo.close();
        emsp.close();
    }

    private static LocationReferences at(String locationId, String... evseUids) {
        return LocationReferences.builder()
                .locationId(locationId)
                .evseUids(List.of(evseUids).stream().map(CiString::of).toList())
                .build();
    }

    private Token token(String uid) {
        return emsp.tokens().stream()
                .filter(t -> t.uid().equalsIgnoreCase(uid))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void validTokenIsAllowedAtTheLocationAskedWithAnAuthorizationReference() {
        LocationReferences asked = at("LOC1", "3256", "3257");

        AuthorizationInfo first = tokens.authorize(SampleTokens.RFID_VALID, TokenType.RFID, asked);
        AuthorizationInfo second = tokens.authorize(SampleTokens.APP_USER, TokenType.APP_USER, null);

        assertThat(first.allowed()).isEqualTo(AllowedType.ALLOWED);
        assertThat(first.token()).isEqualTo(token(SampleTokens.RFID_VALID));
        assertThat(first.location()).isEqualTo(asked);
        assertThat((Object) first.authorizationReference()).isEqualTo(CiString.of("EMS-AUTH-000001"));
        assertThat(second.allowed()).isEqualTo(AllowedType.ALLOWED);
        assertThat(second.location()).isNull();
        assertThat((Object) second.authorizationReference()).isEqualTo(CiString.of("EMS-AUTH-000002"));
    }

    @Test
    void blockedTokenIsBlockedWithoutLocationNorReference() {
        AuthorizationInfo answer = tokens.authorize(SampleTokens.RFID_BLOCKED, TokenType.RFID, AT_LOC1);

        assertThat(answer.allowed()).isEqualTo(AllowedType.BLOCKED);
        assertThat(answer.token().valid()).isFalse();
        assertThat(answer.location()).isNull();
        assertThat((Object) answer.authorizationReference()).isNull();
    }

    @Test
    void unknownTokenIsAnsweredWithStatus2004() {
        OcpiStatusException unknown = catchThrowableOfType(
                OcpiStatusException.class, () -> tokens.authorize("NOBODY", TokenType.RFID, AT_LOC1));

        assertThat(unknown.statusCode().code()).isEqualTo(2004);
        assertThat(unknown.httpStatus()).isEqualTo(404);
    }

    @Test
    void tokenIsKnownByUidAndType() {
        OcpiStatusException otherType = catchThrowableOfType(
                OcpiStatusException.class,
                () -> tokens.authorize(SampleTokens.RFID_VALID, TokenType.APP_USER, AT_LOC1));

        assertThat(otherType.statusCode().code()).isEqualTo(2004);
        assertThat(tokens.authorize(SampleTokens.RFID_VALID, null, AT_LOC1).allowed())
                .as("no type is RFID")
                .isEqualTo(AllowedType.ALLOWED);
    }

    @Test
    void fleetCardIsAllowedOnlyAtItsLocationAndNeedsOne() {
        AuthorizationInfo there = tokens.authorize(SampleTokens.RFID_FLEET, TokenType.RFID, at("loc1", "3256"));
        AuthorizationInfo elsewhere = tokens.authorize(SampleTokens.RFID_FLEET, TokenType.RFID, at("LOC2", "1"));
        OcpiStatusException nowhere = catchThrowableOfType(
                OcpiStatusException.class, () -> tokens.authorize(SampleTokens.RFID_FLEET, TokenType.RFID, null));

        assertThat(there.allowed()).as("location ids are case-insensitive").isEqualTo(AllowedType.ALLOWED);
        assertThat(there.location()).isEqualTo(at("loc1", "3256"));
        assertThat(elsewhere.allowed()).isEqualTo(AllowedType.NOT_ALLOWED);
        assertThat(elsewhere.location()).isNull();
        assertThat(nowhere.statusCode().code()).isEqualTo(2002);
        assertThat(nowhere.statusMessage()).contains(SampleTokens.RFID_FLEET, "LocationReferences");
    }

    @Test
    void tokenOfAnEndedContractIsExpired() {
        assertThat(tokens.authorize(SampleTokens.RFID_EXPIRED, TokenType.RFID, AT_LOC1)
                        .allowed())
                .isEqualTo(AllowedType.EXPIRED);
    }

    @Test
    void blockedTokenIsBlockedFromThenOnAndListedAsNewest() {
        Token blocked = emsp.block(SampleTokens.RFID_VALID);

        assertThat(blocked.valid()).isFalse();
        assertThat(blocked.lastUpdated()).isEqualTo(NOW);
        assertThat(tokens.authorize(SampleTokens.RFID_VALID, TokenType.RFID, AT_LOC1)
                        .allowed())
                .isEqualTo(AllowedType.BLOCKED);
        assertThat(tokens.stream(ListQuery.all()).toList()).last().isEqualTo(blocked);
    }

    @Test
    void cpoPullsEveryTokenInPagesOldestFirst() {
        List<Page<Token>> pages = new ArrayList<>();
        pages.add(tokens.page(ListQuery.all()));
        while (pages.get(pages.size() - 1).hasNext()) {
            pages.add(tokens.page(pages.get(pages.size() - 1).nextUrl()));
        }

        assertThat(pages).hasSize(6);
        assertThat(pages.get(0).totalCount()).isEqualTo(SampleTokens.COUNT);
        assertThat(pages.get(0).limit()).isEqualTo(10);
        assertThat(pages.stream().flatMap(p -> p.items().stream()).toList())
                .isEqualTo(emsp.tokens())
                .isSortedAccordingTo(Comparator.comparing(Token::lastUpdated));
        assertThat(pages.get(5).items()).hasSize(5);
    }

    @Test
    void dateFiltersSelectTokensByLastUpdated() {
        // the sample tokens were last updated an hour apart, the newest an hour before the clock
        List<Token> lastFive = tokens.stream(ListQuery.all().dateFrom(NOW.minus(Duration.ofHours(5))))
                .toList();
        List<Token> firstFive = tokens.stream(ListQuery.all().dateTo(NOW.minus(Duration.ofHours(50))))
                .toList();

        assertThat(lastFive)
                .extracting(t -> t.uid().value())
                .containsExactly("APP0011", "APP0012", "APP0013", "APP0014", "APP0015");
        assertThat(firstFive)
                .extracting(t -> t.uid().value())
                .containsExactly("RFID0001", "RFID0002", "RFID0003", "RFID0004", "RFID0005");
    }

    @Test
    void everyAuthorizationIsInTheReceivedListWithItsAnswer() {
        tokens.authorize(SampleTokens.RFID_VALID, TokenType.RFID, AT_LOC1);
        tokens.authorize(SampleTokens.RFID_EXPIRED, TokenType.RFID, AT_LOC1);
        catchThrowableOfType(OcpiStatusException.class, () -> tokens.authorize("NOBODY", null, null));
        catchThrowableOfType(
                OcpiStatusException.class, () -> tokens.authorize(SampleTokens.RFID_FLEET, TokenType.RFID, null));

        assertThat(emsp.received())
                .extracting(Received::toString)
                .containsExactly(
                        "POST tokens RFID0001/authorize ALLOWED",
                        "POST tokens RFID0038/authorize EXPIRED",
                        "POST tokens NOBODY/authorize unknown token",
                        "POST tokens RFID0035/authorize not enough information");
    }
}
