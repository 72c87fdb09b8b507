package io.github.ocpi4j.client.v221;

import static io.github.ocpi4j.client.v221.Fixture.array;
import static io.github.ocpi4j.client.v221.Fixture.assertCall;
import static io.github.ocpi4j.client.v221.Fixture.assertJsonBody;
import static io.github.ocpi4j.client.v221.Fixture.assertJsonCall;
import static io.github.ocpi4j.client.v221.Fixture.assertNoBody;
import static io.github.ocpi4j.client.v221.Fixture.assertNoEndpoint;
import static io.github.ocpi4j.client.v221.Fixture.assertRejectedBeforeAnyRequest;
import static io.github.ocpi4j.client.v221.Fixture.connect;
import static io.github.ocpi4j.client.v221.Fixture.envelope;
import static io.github.ocpi4j.client.v221.Fixture.example;
import static io.github.ocpi4j.client.v221.Fixture.notFound;
import static io.github.ocpi4j.client.v221.Fixture.ok;
import static io.github.ocpi4j.client.v221.Fixture.parse;
import static io.github.ocpi4j.client.v221.Fixture.read;
import static io.github.ocpi4j.client.v221.Fixture.receiver;
import static io.github.ocpi4j.client.v221.Fixture.sender;
import static io.github.ocpi4j.client.v221.Fixture.take;
import static io.github.ocpi4j.client.v221.Fixture.url;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ocpi4j.client.ListQuery;
import io.github.ocpi4j.client.OcpiHttpException;
import io.github.ocpi4j.client.OcpiUnreadableResponseException;
import io.github.ocpi4j.client.Page;
import io.github.ocpi4j.client.Partner;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.OcpiStatusCode;
import io.github.ocpi4j.model.OcpiStatusException;
import io.github.ocpi4j.model.OcpiValidationException;
import io.github.ocpi4j.model.Violation;
import io.github.ocpi4j.model.v221.tokens.AllowedType;
import io.github.ocpi4j.model.v221.tokens.AuthorizationInfo;
import io.github.ocpi4j.model.v221.tokens.LocationReferences;
import io.github.ocpi4j.model.v221.tokens.Token;
import io.github.ocpi4j.model.v221.tokens.TokenPatch;
import io.github.ocpi4j.model.v221.tokens.TokenType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** {@link TokensSenderClient} and {@link TokensReceiverClient} against {@code mod_tokens.asciidoc}. */
class TokensClientsTest {
    private static final String APP_USER = example("token_example_1_app_user.json");
    private static final String RFID = example("token_example_2_full_rfid.json");
    private static final String PUT_EXAMPLE = example("token_put_example.json");

    /** The eMSP's tokens endpoint as [[mod_tokens_post_method]] writes it: {tokens_endpoint_url}{token_uid}. */
    private static final Fixture.Offer EMSP_TOKENS = new Fixture.Offer("tokens", "SENDER", "/ocpi/emsp/2.2.1/tokens/");

    @StartStop
    public final MockWebServer server = new MockWebServer();

    private TokensSenderClient emsp() {
        return connect(server, EMSP_TOKENS).v221().tokensSender();
    }

    private TokensReceiverClient cpo() {
        return connect(server, receiver("tokens")).v221().tokensReceiver();
    }

    // ---- Sender interface, [[mod_tokens_emsp_interface]]

    @Test
    void getListSendsThePaginationParametersAndReadsThePaginationHeaders() {
        // [[mod_tokens_msp_get_request_parameters]], [[transport_and_format_paginated_response]]
        TokensSenderClient emsp = emsp();
        String next = url(server, "/ocpi/emsp/2.2.1/tokens/?offset=50&limit=2");
        server.enqueue(envelope(200, 1000, array(APP_USER, RFID))
                .setHeader("X-Total-Count", "51")
                .setHeader("X-Limit", "2")
                .setHeader("Link", "<" + next + ">; rel=\"next\"")
                .build());

        Page<Token> page = emsp.page(ListQuery.all()
                .dateFrom(Instant.parse("2019-03-04T09:30:00Z"))
                .dateTo(Instant.parse("2019-03-05T09:30:00Z"))
                .offset(48)
                .limit(2));

        RecordedRequest request = take(server);
        assertCall(
                request,
                "GET",
                "/ocpi/emsp/2.2.1/tokens/?date_from=2019-03-04T09:30:00Z&date_to=2019-03-05T09:30:00Z"
                        + "&offset=48&limit=2");
        assertNoBody(request);
        assertThat(page.items()).containsExactly(parse(APP_USER, Token.class), parse(RFID, Token.class));
        assertThat(page.totalCount()).isEqualTo(51);
        assertThat(page.limit()).isEqualTo(2);
        assertThat(page.nextUrl()).isEqualTo(next);
    }

    @Test
    void getListReadsTheSpecificationsListExample() {
        // [[transport_and_format_response_format]], the example of a Tokens GET answered with a list (eMSP side)
        TokensSenderClient emsp = emsp();
        server.enqueue(new mockwebserver3.MockResponse.Builder()
                .setHeader("Content-Type", "application/json")
                .setHeader("X-Total-Count", "3")
                .setHeader("X-Limit", "100")
                .body(example("transport_and_format_get_token_list_example.json"))
                .build());

        Page<Token> page = emsp.page(ListQuery.all());

        assertCall(take(server), "GET", "/ocpi/emsp/2.2.1/tokens/");
        assertThat(page.items())
                .containsExactly(
                        parse(example("transport_and_format_get_token_list_example.json", "/data/0"), Token.class),
                        parse(example("transport_and_format_get_token_list_example.json", "/data/1"), Token.class),
                        parse(example("transport_and_format_get_token_list_example.json", "/data/2"), Token.class));
        assertThat(page.totalCount()).isEqualTo(3);
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void getListAtANextLinkFetchesThatUrlAsGiven() {
        TokensSenderClient emsp = emsp();
        server.enqueue(envelope(200, 1000, array(PUT_EXAMPLE))
                .setHeader("X-Total-Count", "51")
                .setHeader("X-Limit", "2")
                .build());

        Page<Token> page = emsp.page(url(server, "/ocpi/emsp/2.2.1/tokens/?offset=50&limit=2"));

        assertCall(take(server), "GET", "/ocpi/emsp/2.2.1/tokens/?offset=50&limit=2");
        assertThat(page.items()).containsExactly(parse(PUT_EXAMPLE, Token.class));
        assertThat(page.hasNext()).isFalse();
    }

    @Test
    void streamFollowsTheNextLinksOverEveryPage() {
        TokensSenderClient emsp = emsp();
        server.enqueue(envelope(200, 1000, array(APP_USER))
                .setHeader("X-Total-Count", "2")
                .setHeader("X-Limit", "1")
                .setHeader("Link", "<" + url(server, "/ocpi/emsp/2.2.1/tokens/?offset=1&limit=1") + ">; rel=\"next\"")
                .build());
        server.enqueue(envelope(200, 1000, array(RFID))
                .setHeader("X-Total-Count", "2")
                .setHeader("X-Limit", "1")
                .build());

        List<Token> all = emsp.stream(ListQuery.all()).toList();

        assertThat(all).containsExactly(parse(APP_USER, Token.class), parse(RFID, Token.class));
        assertCall(take(server), "GET", "/ocpi/emsp/2.2.1/tokens/");
        assertCall(take(server), "GET", "/ocpi/emsp/2.2.1/tokens/?offset=1&limit=1");
    }

    @Test
    void authorizeWithTypeAndLocationReferences() {
        // [[mod_tokens_post_method]]: POST {tokens_endpoint_url}{token_uid}/authorize?type={type} with
        // LocationReferences ([[mod_tokens_post_request_body]]); an AuthorizationInfo comes back
        TokensSenderClient emsp = emsp();
        server.enqueue(ok("""
                {"allowed": "ALLOWED", "token": %s,
                 "location": {"location_id": "LOC1", "evse_uids": ["3256"]},
                 "authorization_reference": "567890"}""".formatted(PUT_EXAMPLE)));

        AuthorizationInfo answer = emsp.authorize(
                "012345678",
                TokenType.RFID,
                new LocationReferences(CiString.of("LOC1"), List.of(CiString.of("3256"), CiString.of("3257"))));

        RecordedRequest request = take(server);
        assertCall(request, "POST", "/ocpi/emsp/2.2.1/tokens/012345678/authorize?type=RFID");
        assertJsonBody(request, "{\"location_id\": \"LOC1\", \"evse_uids\": [\"3256\", \"3257\"]}");
        assertThat(answer.allowed()).isEqualTo(AllowedType.ALLOWED);
        assertThat(answer.token()).isEqualTo(parse(PUT_EXAMPLE, Token.class));
        assertThat(answer.location())
                .isEqualTo(new LocationReferences(CiString.of("LOC1"), List.of(CiString.of("3256"))));
        assertThat((Object) answer.authorizationReference()).isEqualTo(CiString.of("567890"));
    }

    @Test
    void authorizeWithoutTypeOrLocationSendsNeither() {
        // [[mod_tokens_msp_post_request_parameters]]: type may be omitted (RFID); the LocationReferences body is
        // optional (card. ?)
        TokensSenderClient emsp = emsp();
        server.enqueue(ok("{\"allowed\": \"BLOCKED\", \"token\": %s}".formatted(PUT_EXAMPLE)));

        AuthorizationInfo answer = emsp.authorize("012345678", null, null);

        RecordedRequest request = take(server);
        assertCall(request, "POST", "/ocpi/emsp/2.2.1/tokens/012345678/authorize");
        assertNoBody(request);
        assertThat(answer.allowed()).isEqualTo(AllowedType.BLOCKED);
        assertThat(answer.location()).isNull();
    }

    @Test
    void authorizeOfAnAppUserTokenSendsItsType() {
        TokensSenderClient emsp = emsp();
        server.enqueue(ok("{\"allowed\": \"ALLOWED\", \"token\": %s}".formatted(APP_USER)));

        AuthorizationInfo answer = emsp.authorize(
                "bdf21bce-fc97-11e8-8eb2-f2801f1b9fd1",
                TokenType.APP_USER,
                new LocationReferences(CiString.of("LOC1"), List.of()));

        RecordedRequest request = take(server);
        assertCall(
                request,
                "POST",
                "/ocpi/emsp/2.2.1/tokens/bdf21bce-fc97-11e8-8eb2-f2801f1b9fd1/authorize?type=APP_USER");
        assertJsonBody(request, "{\"location_id\": \"LOC1\"}");
        assertThat(answer.token()).isEqualTo(parse(APP_USER, Token.class));
    }

    @Test
    void authorizeOfAnUnknownTokenAnsweredWith404IsStatus2004() {
        // [[mod_tokens_post_method]]: when the eMSP does not know the Token it SHALL respond with HTTP 404;
        // [[mod_tokens_post_response_data]]: with status code 2004 and no data
        TokensSenderClient emsp = emsp();
        server.enqueue(envelope(404, 2004, null).build());

        assertThatThrownBy(() -> emsp.authorize("999", TokenType.RFID, null))
                .isInstanceOfSatisfying(OcpiStatusException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(OcpiStatusCode.UNKNOWN_TOKEN);
                    assertThat(e.httpStatus()).isEqualTo(404);
                    assertThat(e.requestId()).isNotNull();
                });
        assertCall(take(server), "POST", "/ocpi/emsp/2.2.1/tokens/999/authorize?type=RFID");
    }

    @Test
    void authorizeOfAnUnknownTokenAnsweredWith404WithoutEnvelopeIsStatus2004() {
        // [[mod_tokens_post_method]]: HTTP 404 alone says the eMSP does not know the Token
        TokensSenderClient emsp = emsp();
        server.enqueue(new mockwebserver3.MockResponse.Builder().code(404).build());

        assertThatThrownBy(() -> emsp.authorize("999", null, null))
                .isInstanceOfSatisfying(
                        OcpiStatusException.class,
                        e -> assertThat(e.statusCode()).isEqualTo(OcpiStatusCode.UNKNOWN_TOKEN));
        assertCall(take(server), "POST", "/ocpi/emsp/2.2.1/tokens/999/authorize");
    }

    @Test
    void authorizeAnswered404WithAnotherStatusStaysAnHttpError() {
        // a 404 whose envelope names another problem is not read as an unknown token
        TokensSenderClient emsp = emsp();
        server.enqueue(envelope(404, 2001, null).build());

        assertThatThrownBy(() -> emsp.authorize("012345678", TokenType.RFID, null))
                .isInstanceOfSatisfying(OcpiHttpException.class, e -> {
                    assertThat(e.httpStatus()).isEqualTo(404);
                    assertThat(e.statusCode()).isEqualTo(OcpiStatusCode.INVALID_OR_MISSING_PARAMETERS);
                });
        take(server);
    }

    @Test
    void authorizeOfAnUnknownTokenAnsweredWith200IsStatus2004() {
        // [[mod_tokens_post_response_data]]: status code 2004, whatever the HTTP status
        TokensSenderClient emsp = emsp();
        server.enqueue(envelope(200, 2004, null).build());

        assertThatThrownBy(() -> emsp.authorize("999", TokenType.RFID, null))
                .isInstanceOfSatisfying(
                        OcpiStatusException.class,
                        e -> assertThat(e.statusCode()).isEqualTo(OcpiStatusCode.UNKNOWN_TOKEN));
        take(server);
    }

    @Test
    void authorizeWithTooLittleInformationIsStatus2002() {
        // [[mod_tokens_post_method]]: no LocationReferences where the eMSP needs them: OCPI status 2002
        TokensSenderClient emsp = emsp();
        server.enqueue(envelope(200, 2002, null).build());

        assertThatThrownBy(() -> emsp.authorize("012345678", TokenType.RFID, null))
                .isInstanceOfSatisfying(
                        OcpiStatusException.class,
                        e -> assertThat(e.statusCode()).isEqualTo(OcpiStatusCode.NOT_ENOUGH_INFORMATION));
        assertCall(take(server), "POST", "/ocpi/emsp/2.2.1/tokens/012345678/authorize?type=RFID");
    }

    @Test
    void authorizeWithoutAuthorizationInfoIsUnreadable() {
        // [[mod_tokens_post_response_data]]: a known token's answer SHALL contain an AuthorizationInfo
        TokensSenderClient emsp = emsp();
        server.enqueue(ok());

        assertThatThrownBy(() -> emsp.authorize("012345678", TokenType.RFID, null))
                .isInstanceOf(OcpiUnreadableResponseException.class);
        take(server);
    }

    @Test
    void invalidLocationReferencesAreRejectedBeforeAnyRequest() {
        // [[mod_tokens_locationreferences_class]]: location_id is CiString(36)
        TokensSenderClient emsp = emsp();
        LocationReferences tooLong = new LocationReferences(CiString.of("L".repeat(37)), List.of());

        OcpiValidationException e =
                assertRejectedBeforeAnyRequest(server, () -> emsp.authorize("012345678", TokenType.RFID, tooLong));
        assertThat(e.violations()).extracting(Violation::path).containsExactly("location_id");
    }

    // ---- Receiver interface, [[mod_tokens_cpo_interface]]

    @Test
    void receiverGetReturnsTheTokenAsStored() {
        // [[mod_tokens_cpo_get_request_parameters]]: .../{country_code}/{party_id}/{token_uid}[?type={type}]
        TokensReceiverClient cpo = cpo();
        server.enqueue(ok(PUT_EXAMPLE));

        Optional<Token> token = cpo.token("NL", "TNM", "012345678", TokenType.RFID);

        RecordedRequest request = take(server);
        assertCall(request, "GET", "/ocpi/2.2.1/tokens/NL/TNM/012345678?type=RFID");
        assertNoBody(request);
        assertThat(token).contains(parse(PUT_EXAMPLE, Token.class));
    }

    @Test
    void receiverGetReadsTheSpecificationsOneObjectExample() {
        // [[transport_and_format_response_format]], the example of a Tokens GET answered with one object (CPO side);
        // without a type none is sent ([[mod_tokens_cpo_get_request_parameters]]: default RFID)
        TokensReceiverClient cpo = cpo();
        server.enqueue(new mockwebserver3.MockResponse.Builder()
                .setHeader("Content-Type", "application/json")
                .body(example("transport_and_format_get_token_example.json"))
                .build());

        Optional<Token> token = cpo.token("DE", "TNM", "012345678", null);

        assertCall(take(server), "GET", "/ocpi/2.2.1/tokens/DE/TNM/012345678");
        assertThat(token).contains(parse(example("transport_and_format_get_token_example.json", "/data"), Token.class));
    }

    @Test
    void receiverGetOfAnUnknownTokenIsEmpty() {
        TokensReceiverClient cpo = cpo();
        server.enqueue(notFound());

        assertThat(cpo.token("NL", "TNM", "999", TokenType.RFID)).isEmpty();
        assertCall(take(server), "GET", "/ocpi/2.2.1/tokens/NL/TNM/999?type=RFID");
    }

    @Test
    void putSendsTheTokenToTheUrlOfItsCountryCodePartyIdUidAndType() {
        // [[mod_tokens_example_put_a_new_token]]: PUT .../tokens/NL/TNM/012345678 (with ?type=,
        // [[mod_tokens_cpo_put_request_parameters]])
        TokensReceiverClient cpo = cpo();
        server.enqueue(ok());

        cpo.put(parse(PUT_EXAMPLE, Token.class));

        assertJsonCall(take(server), "PUT", "/ocpi/2.2.1/tokens/NL/TNM/012345678?type=RFID", PUT_EXAMPLE);
    }

    @Test
    void putOfAnAppUserTokenSendsItsType() {
        TokensReceiverClient cpo = cpo();
        server.enqueue(ok());

        cpo.put(parse(APP_USER, Token.class));

        assertJsonCall(
                take(server),
                "PUT",
                "/ocpi/2.2.1/tokens/DE/TNM/bdf21bce-fc97-11e8-8eb2-f2801f1b9fd1?type=APP_USER",
                APP_USER);
    }

    @Test
    void patchInvalidatesAToken() {
        // [[mod_tokens_example_invalidate_a_token]]: PATCH .../tokens/NL/TNM/012345678
        TokensReceiverClient cpo = cpo();
        server.enqueue(ok());

        cpo.patch("NL", "TNM", "012345678", null, read("token_patch_example.json", TokenPatch.class));

        assertJsonCall(
                take(server), "PATCH", "/ocpi/2.2.1/tokens/NL/TNM/012345678", example("token_patch_example.json"));
    }

    @Test
    void patchWithATypeSendsIt() {
        TokensReceiverClient cpo = cpo();
        server.enqueue(ok());

        cpo.patch(
                "NL",
                "TNM",
                "012345678",
                TokenType.RFID,
                TokenPatch.builder()
                        .valid(false)
                        .lastUpdated(Instant.parse("2019-06-19T02:11:11Z"))
                        .build());

        assertJsonCall(
                take(server),
                "PATCH",
                "/ocpi/2.2.1/tokens/NL/TNM/012345678?type=RFID",
                example("token_patch_example.json"));
    }

    @Test
    void aTokenWithoutContractIdIsRejectedBeforeAnyRequest() {
        // [[mod_tokens_token_object]]: contract_id is required
        TokensReceiverClient cpo = cpo();
        Token broken = parse(PUT_EXAMPLE, Token.class).toBuilder()
                .contractId((String) null)
                .build();

        OcpiValidationException e = assertRejectedBeforeAnyRequest(server, () -> cpo.put(broken));
        assertThat(e.violations()).contains(new Violation("contract_id", "required"));
    }

    @Test
    void aPatchWithoutLastUpdatedIsRejectedBeforeAnyRequest() {
        // [[mod_tokens_patch_method]]: every PATCH body must carry last_updated
        TokensReceiverClient cpo = cpo();

        OcpiValidationException e = assertRejectedBeforeAnyRequest(
                server,
                () -> cpo.patch(
                        "NL",
                        "TNM",
                        "012345678",
                        null,
                        TokenPatch.builder().valid(false).build()));
        assertThat(e.violations()).contains(new Violation("last_updated", "required"));
    }

    // ---- endpoints the partner lacks

    @Test
    void aPartnerWithoutTheSenderEndpointGivesANegotiationError() {
        Partner partner = connect(server, receiver("tokens"));

        assertNoEndpoint(() -> partner.v221().tokensSender(), "tokens", "SENDER");
    }

    @Test
    void aPartnerWithoutTheReceiverEndpointGivesANegotiationError() {
        Partner partner = connect(server, sender("tokens"));

        assertNoEndpoint(() -> partner.v221().tokensReceiver(), "tokens", "RECEIVER");
    }
}
