package io.github.ocpi4j.server.v221;

import static io.github.ocpi4j.server.ServerFixture.OTHER_TOKEN;
import static io.github.ocpi4j.server.ServerFixture.data;
import static io.github.ocpi4j.server.ServerFixture.example;
import static io.github.ocpi4j.server.ServerFixture.json;
import static io.github.ocpi4j.server.ServerFixture.statusCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.OcpiStatusException;
import io.github.ocpi4j.model.v221.tokens.AuthorizationInfo;
import io.github.ocpi4j.model.v221.tokens.LocationReferences;
import io.github.ocpi4j.model.v221.tokens.Token;
import io.github.ocpi4j.model.v221.tokens.TokenType;
import io.github.ocpi4j.model.v221.tokens.WhitelistType;
import io.github.ocpi4j.server.OcpiHttpResponse;
import io.github.ocpi4j.server.RequestContext;
import io.github.ocpi4j.server.ServerFixture;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The Tokens module ({@code [[mod_tokens_tokens_module]]}) through {@code handle()}: the Sender interface's list and
 * real-time authorization, the Receiver interface's GET, PUT and PATCH with their {@code type} parameter.
 */
class TokensServerTest {
    private static final ObjectMapper PLAIN = new ObjectMapper();
    private static final String RFID_UID = "012345678";
    private static final String APP_UID = "bdf21bce-fc97-11e8-8eb2-f2801f1b9fd1";
    /** The key of the APP_USER token in {@link InMemoryTokens#received}. */
    private static final String APP_KEY = "NL/EMS/BDF21BCE-FC97-11E8-8EB2-F2801F1B9FD1/APP_USER";

    private final InMemoryTokens tokens = new InMemoryTokens();
    private final ServerFixture fixture =
            new ServerFixture(s -> s.tokensSender(tokens).tokensReceiver(tokens));

    /** The spec's PUT example (RFID, 2015), owned by the requesting eMSP NL-EMS. */
    private final String rfid = example("token_put_example.json").replace("\"TNM\"", "\"EMS\"");
    /** The spec's APP_USER example (2018-12-10T17:16:15Z), owned by NL-EMS. */
    private final String appUser =
            example("token_example_1_app_user.json").replace("\"DE\"", "\"NL\"").replace("\"TNM\"", "\"EMS\"");
    /** The spec's full RFID example (2018-12-10T17:25:10Z), of DE-TNM. */
    private final String fullRfid = example("token_example_2_full_rfid.json");

    // ---- Sender: list ----------------------------------------------------------------------------------------

    @Test
    void tokensListIsAPageOfTheHostsTokensWithPagingHeaders() {
        ownTokens();

        OcpiHttpResponse response = fixture.call("GET", "2.2.1/sender/tokens?limit=2", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(statusCode(response)).isEqualTo(1000);
        assertThat(json(response).get("data")).isEqualTo(tree("[" + rfid + "," + appUser + "]"));
        assertThat(response.header("X-Total-Count")).isEqualTo("3");
        assertThat(response.header("X-Limit")).isEqualTo("2");
        assertThat(response.header("Link"))
                .isEqualTo("<https://cpo.example.com/ocpi/2.2.1/sender/tokens?offset=2&limit=2>; rel=\"next\"");

        OcpiHttpResponse last = fixture.call("GET", "2.2.1/sender/tokens?offset=2&limit=2", null);
        assertThat(json(last).get("data")).isEqualTo(tree("[" + fullRfid + "]"));
        assertThat(last.header("Link")).isNull();
    }

    @Test
    void tokensListSelectsByLastUpdated() {
        ownTokens();

        OcpiHttpResponse response = fixture.call(
                "GET", "2.2.1/sender/tokens?date_from=2018-01-01T00:00:00Z&date_to=2018-12-10T17:25:10Z", null);

        assertThat(json(response).get("data")).isEqualTo(tree("[" + appUser + "]"));
        assertThat(response.header("X-Total-Count")).isEqualTo("1");
    }

    @Test
    void tokensListWithInvalidPagingParametersIs2001() {
        OcpiHttpResponse response = fixture.call("GET", "2.2.1/sender/tokens?offset=first", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(statusCode(response)).isEqualTo(2001);
        assertThat(json(response).get("status_message").asText())
                .isEqualTo("offset must be a whole number, 0 or more, was first");
    }

    // ---- Sender: real-time authorization ---------------------------------------------------------------------

    @Test
    void authorizeWithLocationReferencesAnswersTheHostsAuthorizationInfo() {
        ownTokens();
        String location = "{\"location_id\":\"LOC1\",\"evse_uids\":[\"3256\",\"3257\"]}";

        OcpiHttpResponse response =
                fixture.call("POST", "2.2.1/sender/tokens/" + RFID_UID + "/authorize?type=RFID", location);

        assertThat(response.status()).isEqualTo(200);
        assertThat(statusCode(response)).isEqualTo(1000);
        assertThat(json(response).get("data"))
                .isEqualTo(tree("{\"allowed\":\"ALLOWED\",\"token\":" + rfid + ",\"location\":" + location
                        + ",\"authorization_reference\":\"AUTH-NL8ACC12E46L89\"}"));
        assertThat(tokens.authorizations)
                .containsExactly(new InMemoryTokens.Authorization(
                        CiString.of(RFID_UID),
                        TokenType.RFID,
                        LocationReferences.builder()
                                .locationId("LOC1")
                                .evseUids(List.of(CiString.of("3256"), CiString.of("3257")))
                                .build()));
    }

    @Test
    void authorizeWithoutBodyOrWithAnEmptyBlankOrNullOneAsksWithoutALocation() {
        ownTokens();

        OcpiHttpResponse withoutBody = fixture.call("POST", "2.2.1/sender/tokens/" + RFID_UID + "/authorize", null);
        OcpiHttpResponse emptyBody = fixture.call("POST", "2.2.1/sender/tokens/" + RFID_UID + "/authorize", "");
        OcpiHttpResponse blankBody = fixture.call("POST", "2.2.1/sender/tokens/" + RFID_UID + "/authorize", " \n");
        OcpiHttpResponse nullBody = fixture.call("POST", "2.2.1/sender/tokens/" + RFID_UID + "/authorize", "null");

        for (OcpiHttpResponse response : List.of(withoutBody, emptyBody, blankBody, nullBody)) {
            assertThat(response.status()).isEqualTo(200);
            assertThat(statusCode(response)).isEqualTo(1000);
            assertThat(json(response).get("data"))
                    .isEqualTo(tree("{\"allowed\":\"ALLOWED\",\"token\":" + rfid
                            + ",\"authorization_reference\":\"AUTH-NL8ACC12E46L89\"}"));
        }
        InMemoryTokens.Authorization asked =
                new InMemoryTokens.Authorization(CiString.of(RFID_UID), TokenType.RFID, null);
        assertThat(tokens.authorizations).containsExactly(asked, asked, asked, asked);
    }

    @Test
    void authorizeWithoutTypeIsForAnRfidToken() {
        ownTokens();

        OcpiHttpResponse untyped = fixture.call("POST", "2.2.1/sender/tokens/" + APP_UID + "/authorize", null);
        OcpiHttpResponse typed =
                fixture.call("POST", "2.2.1/sender/tokens/" + APP_UID + "/authorize?type=APP_USER", null);

        assertThat(untyped.status()).isEqualTo(404);
        assertThat(statusCode(untyped)).isEqualTo(2004);
        assertThat(typed.status()).isEqualTo(200);
        assertThat(data(typed, AuthorizationInfo.class).token()).isEqualTo(read(appUser, Token.class));
        assertThat(tokens.authorizations)
                .extracting(InMemoryTokens.Authorization::type)
                .containsExactly(TokenType.RFID, TokenType.APP_USER);
    }

    @Test
    void authorizeOfAnUnknownTokenIsNotFoundWith2004AndNoData() {
        OcpiHttpResponse response =
                fixture.call("POST", "2.2.1/sender/tokens/NOPE/authorize?type=RFID", "{\"location_id\":\"LOC1\"}");

        assertThat(response.status()).isEqualTo(404);
        assertThat(statusCode(response)).isEqualTo(2004);
        assertThat(json(response).get("status_message").asText()).isEqualTo("unknown token");
        assertThat(json(response).has("data")).isFalse();
        assertThat(tokens.authorizations).hasSize(1);
    }

    @Test
    void authorizeWithTooLittleInformationIsTheHosts2002() {
        ServerFixture strict = new ServerFixture(s -> s.tokensSender(new InMemoryTokens() {
            @Override
            public Optional<AuthorizationInfo> authorize(
                    RequestContext ctx, CiString tokenUid, TokenType type, @Nullable LocationReferences location) {
                if (location == null) {
                    throw OcpiStatusException.notEnoughInformation("a location is needed to authorize " + tokenUid);
                }
                return super.authorize(ctx, tokenUid, type, location);
            }
        }));

        OcpiHttpResponse response = strict.call("POST", "2.2.1/sender/tokens/" + RFID_UID + "/authorize", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(statusCode(response)).isEqualTo(2002);
        assertThat(json(response).get("status_message").asText())
                .isEqualTo("a location is needed to authorize " + RFID_UID);
        assertThat(json(response).has("data")).isFalse();
    }

    @Test
    void authorizeWithInvalidLocationReferencesIs2001AndNeverReachesTheHost() {
        OcpiHttpResponse response = fixture.call(
                "POST",
                "2.2.1/sender/tokens/" + RFID_UID + "/authorize",
                "{\"evse_uids\":[\"" + "E".repeat(37) + "\"]}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(statusCode(response)).isEqualTo(2001);
        assertThat(data(response))
                .isEqualTo("[{\"path\":\"location_id\",\"rule\":\"required\"},"
                        + "{\"path\":\"evse_uids[0]\",\"rule\":\"CiString(36): 37 characters, at most 36 allowed\"}]");
        assertThat(tokens.authorizations).isEmpty();
    }

    @Test
    void authorizeWithMalformedJsonIsBadRequest() {
        OcpiHttpResponse response =
                fixture.call("POST", "2.2.1/sender/tokens/" + RFID_UID + "/authorize", "{\"location_id\":");

        assertThat(response.status()).isEqualTo(400);
        assertThat(statusCode(response)).isEqualTo(2001);
        assertThat(tokens.authorizations).isEmpty();
    }

    // ---- Receiver: PUT ---------------------------------------------------------------------------------------

    @Test
    void putOfANewTokenIsCreatedAndOfAKnownOneOk() {
        OcpiHttpResponse created = fixture.call("PUT", "2.2.1/receiver/tokens/NL/EMS/" + RFID_UID, rfid);
        OcpiHttpResponse replaced = fixture.call("PUT", "2.2.1/receiver/tokens/NL/EMS/" + RFID_UID, rfid);

        assertThat(created.status()).isEqualTo(201);
        assertThat(statusCode(created)).isEqualTo(1000);
        assertThat(json(created).has("data")).isFalse();
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(statusCode(replaced)).isEqualTo(1000);
        assertThat(tokens.received).containsOnlyKeys("NL/EMS/012345678/RFID");
        assertThat(tokens.received.get("NL/EMS/012345678/RFID")).isEqualTo(read(rfid, Token.class));
    }

    @Test
    void putWithTheTypeInTheQueryStoresATokenOfThatType() {
        OcpiHttpResponse response =
                fixture.call("PUT", "2.2.1/receiver/tokens/NL/EMS/" + APP_UID + "?type=APP_USER", appUser);

        assertThat(response.status()).isEqualTo(201);
        assertThat(tokens.received).containsOnlyKeys(APP_KEY);
    }

    @Test
    void putWhoseBodyTypeDiffersFromTheQueryIs2001() {
        OcpiHttpResponse response =
                fixture.call("PUT", "2.2.1/receiver/tokens/NL/EMS/" + RFID_UID + "?type=APP_USER", rfid);

        assertThat(response.status()).isEqualTo(200);
        assertThat(statusCode(response)).isEqualTo(2001);
        assertThat(json(response).get("status_message").asText())
                .isEqualTo(
                        "type APP_USER in the URL differs from the token's RFID: send the token's own type in the URL");
        assertThat(tokens.received).isEmpty();
    }

    @Test
    void putWhoseUidDiffersFromTheUrlIs2001() {
        OcpiHttpResponse response = fixture.call("PUT", "2.2.1/receiver/tokens/NL/EMS/999", rfid);

        assertThat(response.status()).isEqualTo(200);
        assertThat(statusCode(response)).isEqualTo(2001);
        assertThat(json(response).get("status_message").asText())
                .isEqualTo("token_uid in the URL (999) differs from the body's (012345678): send the same in both");
        assertThat(tokens.received).isEmpty();
    }

    @Test
    void putUnderAnotherPartysUrlIsNotFoundAndOfAnotherPartysTokenIs2001() {
        String theirs = rfid.replace("\"NL\"", "\"DE\"").replace("\"EMS\"", "\"OTH\"");

        OcpiHttpResponse otherUrl = fixture.call("PUT", "2.2.1/receiver/tokens/DE/OTH/" + RFID_UID, theirs);
        OcpiHttpResponse otherBody = fixture.call("PUT", "2.2.1/receiver/tokens/NL/EMS/" + RFID_UID, theirs);

        assertThat(otherUrl.status()).isEqualTo(404);
        assertThat(statusCode(otherUrl)).isEqualTo(2000);
        assertThat(otherBody.status()).isEqualTo(200);
        assertThat(statusCode(otherBody)).isEqualTo(2001);
        assertThat(json(otherBody).get("status_message").asText())
                .isEqualTo("country_code in the URL (NL) differs from the body's (DE): send the same in both");
        assertThat(tokens.received).isEmpty();
    }

    @Test
    void putOfAnInvalidTokenIs2001WithEveryViolation() {
        String broken = rfid.replace("\"whitelist\": \"ALWAYS\",", "").replace("\"valid\": true", "\"valid\": \"yes\"");

        OcpiHttpResponse response = fixture.call("PUT", "2.2.1/receiver/tokens/NL/EMS/" + RFID_UID, broken);

        assertThat(response.status()).isEqualTo(200);
        assertThat(statusCode(response)).isEqualTo(2001);
        assertThat(data(response))
                .isEqualTo("[{\"path\":\"valid\",\"rule\":\"type: expected a boolean, was a string\"},"
                        + "{\"path\":\"whitelist\",\"rule\":\"required\"}]");
        assertThat(tokens.received).isEmpty();
    }

    // ---- Receiver: GET ---------------------------------------------------------------------------------------

    @Test
    void getReturnsTheStoredTokenOfTheUrlsTypeRfidByDefault() {
        tokens.putToken(null, read(rfid, Token.class));
        tokens.putToken(null, read(appUser, Token.class));

        OcpiHttpResponse untyped = fixture.call("GET", "2.2.1/receiver/tokens/NL/EMS/" + RFID_UID, null);
        OcpiHttpResponse typed =
                fixture.call("GET", "2.2.1/receiver/tokens/NL/EMS/" + APP_UID + "?type=APP_USER", null);
        OcpiHttpResponse wrongType = fixture.call("GET", "2.2.1/receiver/tokens/NL/EMS/" + APP_UID, null);

        assertThat(untyped.status()).isEqualTo(200);
        assertThat(statusCode(untyped)).isEqualTo(1000);
        assertThat(json(untyped).get("data")).isEqualTo(tree(rfid));
        assertThat(typed.status()).isEqualTo(200);
        assertThat(json(typed).get("data")).isEqualTo(tree(appUser));
        assertThat(wrongType.status()).isEqualTo(404);
        assertThat(json(wrongType).get("status_message").asText()).isEqualTo("token not found");
        assertThat(tokens.lookups)
                .containsExactly("NL/EMS/012345678/RFID", APP_KEY, "NL/EMS/BDF21BCE-FC97-11E8-8EB2-F2801F1B9FD1/RFID");
    }

    @Test
    void getOfAnotherPartysTokenIsNotFoundWithoutAskingTheHost() {
        tokens.putToken(null, read(rfid.replace("\"NL\"", "\"DE\"").replace("\"EMS\"", "\"OTH\""), Token.class));

        OcpiHttpResponse response = fixture.call("GET", "2.2.1/receiver/tokens/DE/OTH/" + RFID_UID, null);

        assertThat(response.status()).isEqualTo(404);
        assertThat(json(response).get("status_message").asText())
                .isEqualTo(
                        "DE/OTH is not one of your roles: use your own country code and party id in the URL (NL/EMS)");
        assertThat(tokens.lookups).isEmpty();
        assertThat(fixture.call("GET", "2.2.1/receiver/tokens/DE/OTH/" + RFID_UID, null, OTHER_TOKEN)
                        .status())
                .isEqualTo(200);
    }

    // ---- Receiver: PATCH -------------------------------------------------------------------------------------

    @Test
    void patchOfTheSpecInvalidatesTheTokenByGettingAndPuttingIt() {
        Token stored = read(rfid, Token.class);
        tokens.putToken(null, stored);

        OcpiHttpResponse response =
                fixture.call("PATCH", "2.2.1/receiver/tokens/NL/EMS/" + RFID_UID, example("token_patch_example.json"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(statusCode(response)).isEqualTo(1000);
        assertThat(json(response).has("data")).isFalse();
        Token patched = stored.toBuilder()
                .valid(false)
                .lastUpdated(Instant.parse("2019-06-19T02:11:11Z"))
                .build();
        assertThat(tokens.received.get("NL/EMS/012345678/RFID")).isEqualTo(patched);
        assertThat(tokens.lookups).containsExactly("NL/EMS/012345678/RFID");
        assertThat(tokens.puts).containsExactly(stored, patched);
    }

    @Test
    void patchWithTheTypeInTheQueryPatchesTheTokenOfThatType() {
        tokens.putToken(null, read(appUser, Token.class));
        String patch = "{\"whitelist\":\"NEVER\",\"last_updated\":\"2019-01-01T00:00:00Z\"}";

        OcpiHttpResponse typed =
                fixture.call("PATCH", "2.2.1/receiver/tokens/NL/EMS/" + APP_UID + "?type=APP_USER", patch);
        OcpiHttpResponse untyped = fixture.call("PATCH", "2.2.1/receiver/tokens/NL/EMS/" + APP_UID, patch);

        assertThat(typed.status()).isEqualTo(200);
        assertThat(statusCode(typed)).isEqualTo(1000);
        assertThat(tokens.received.get(APP_KEY))
                .isEqualTo(read(appUser, Token.class).toBuilder()
                        .whitelist(WhitelistType.NEVER)
                        .lastUpdated(Instant.parse("2019-01-01T00:00:00Z"))
                        .build());
        assertThat(untyped.status()).isEqualTo(404);
        assertThat(json(untyped).get("status_message").asText())
                .isEqualTo("token not found: PUT the whole token before a PATCH");
    }

    @Test
    void patchOfAnUnknownTokenIsNotFound() {
        OcpiHttpResponse response =
                fixture.call("PATCH", "2.2.1/receiver/tokens/NL/EMS/NOPE", example("token_patch_example.json"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(statusCode(response)).isEqualTo(2000);
        assertThat(json(response).get("status_message").asText())
                .isEqualTo("token not found: PUT the whole token before a PATCH");
        assertThat(tokens.puts).isEmpty();
    }

    @Test
    void patchOfAnotherPartysTokenIsNotFoundAndLeavesItAlone() {
        Token theirs = read(rfid.replace("\"NL\"", "\"DE\"").replace("\"EMS\"", "\"OTH\""), Token.class);
        tokens.putToken(null, theirs);

        OcpiHttpResponse response =
                fixture.call("PATCH", "2.2.1/receiver/tokens/DE/OTH/" + RFID_UID, example("token_patch_example.json"));

        assertThat(response.status()).isEqualTo(404);
        assertThat(tokens.received.get("DE/OTH/012345678/RFID")).isEqualTo(theirs);
        assertThat(tokens.lookups).isEmpty();
    }

    @Test
    void patchWhoseIdsDifferFromTheUrlIs2001() {
        tokens.putToken(null, read(rfid, Token.class));

        OcpiHttpResponse uid = fixture.call(
                "PATCH",
                "2.2.1/receiver/tokens/NL/EMS/" + RFID_UID,
                "{\"uid\":\"999\",\"last_updated\":\"2019-06-19T02:11:11Z\"}");
        OcpiHttpResponse partyId = fixture.call(
                "PATCH",
                "2.2.1/receiver/tokens/NL/EMS/" + RFID_UID,
                "{\"party_id\":\"OTH\",\"last_updated\":\"2019-06-19T02:11:11Z\"}");

        assertThat(statusCode(uid)).isEqualTo(2001);
        assertThat(json(uid).get("status_message").asText())
                .isEqualTo("token_uid in the URL (012345678) differs from the body's (999): send the same in both");
        assertThat(statusCode(partyId)).isEqualTo(2001);
        assertThat(json(partyId).get("status_message").asText())
                .isEqualTo("party_id in the URL (EMS) differs from the body's (OTH): send the same in both");
        assertThat(tokens.received.get("NL/EMS/012345678/RFID")).isEqualTo(read(rfid, Token.class));
    }

    @Test
    void patchWhoseBodyTypeDiffersFromTheUrlsIs2001() {
        tokens.putToken(null, read(rfid, Token.class));
        String patch = "{\"type\":\"APP_USER\",\"last_updated\":\"2019-06-19T02:11:11Z\"}";

        OcpiHttpResponse typed =
                fixture.call("PATCH", "2.2.1/receiver/tokens/NL/EMS/" + RFID_UID + "?type=RFID", patch);
        OcpiHttpResponse untyped = fixture.call("PATCH", "2.2.1/receiver/tokens/NL/EMS/" + RFID_UID, patch);

        for (OcpiHttpResponse response : List.of(typed, untyped)) {
            assertThat(response.status()).isEqualTo(200);
            assertThat(statusCode(response)).isEqualTo(2001);
            assertThat(json(response).get("status_message").asText())
                    .isEqualTo(
                            "type in the URL (RFID) differs from the body's (APP_USER): a PATCH cannot change a token's type; PUT the token of the other type instead");
        }
        assertThat(tokens.received).containsOnlyKeys("NL/EMS/012345678/RFID");
        assertThat(tokens.puts).hasSize(1);
    }

    @Test
    void patchWithoutLastUpdatedIs2001() {
        tokens.putToken(null, read(rfid, Token.class));

        OcpiHttpResponse response =
                fixture.call("PATCH", "2.2.1/receiver/tokens/NL/EMS/" + RFID_UID, "{\"valid\":false}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(statusCode(response)).isEqualTo(2001);
        assertThat(data(response)).isEqualTo("[{\"path\":\"last_updated\",\"rule\":\"required\"}]");
        assertThat(tokens.puts).hasSize(1);
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    /** The host's own tokens, oldest first. */
    private void ownTokens() {
        tokens.own.add(read(rfid, Token.class));
        tokens.own.add(read(appUser, Token.class));
        tokens.own.add(read(fullRfid, Token.class));
    }

    private static <T> T read(String json, Class<T> type) {
        return OcpiJson.instance().read(json, type).get();
    }

    private static JsonNode tree(String json) {
        try {
            return PLAIN.readTree(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
