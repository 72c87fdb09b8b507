package io.github.ocpi4j.server.v221;

import static io.github.ocpi4j.server.ServerFixture.OTHER_TOKEN;
import static io.github.ocpi4j.server.ServerFixture.TOKEN_A;
import static io.github.ocpi4j.server.ServerFixture.example;
import static io.github.ocpi4j.server.v221.Responses.assertError;

import io.github.ocpi4j.server.OcpiHttpRequest;
import io.github.ocpi4j.server.ServerFixture;
import org.junit.jupiter.api.Test;

/**
 * Each OCPI 2xxx answer of the server says what the peer should do next, not only what went wrong ({@code
 * [[transport_and_format_errors]]}). Messages asserted elsewhere word for word (a command with another party's token, ids that
 * differ between URL and body, query parameters, paging, bodies too large) are listed in the class that proves their rule.
 */
class ErrorMessagesTest {
    private static final String PUT_URL = "2.2.1/receiver/tokens/";

    private final InMemoryTokens tokens = new InMemoryTokens();
    private final ServerFixture fixture = new ServerFixture(s -> s.tokensReceiver(tokens));
    private final String ownToken = example("token_put_example.json").replace("\"TNM\"", "\"EMS\"");

    @Test
    void pushingAnotherPartysTokenNamesTheRolesThePartyMayUseInstead() {
        assertError(
                fixture.call("PUT", PUT_URL + "DE/OTH/012345678", ownToken),
                404,
                2000,
                "DE/OTH is not one of your roles: use your own country code and party id in the URL (NL/EMS)");
        assertError(
                fixture.call("PUT", PUT_URL + "NL/EMS/012345678", ownToken, OTHER_TOKEN),
                404,
                2000,
                "NL/EMS is not one of your roles: use your own country code and party id in the URL (DE/OTH)");
    }

    @Test
    void anUnknownTokenHintsThatATokenAServesOneRegistrationOnly() {
        assertError(
                fixture.call("GET", "versions", null, "used-token-a"),
                401,
                2000,
                "unknown credentials token: a token A serves one registration only, and the credentials that"
                        + " registration answered hold the token to use from then on; use that one, or ask this"
                        + " platform for a new token A");
    }

    @Test
    void aTokenAOutsideVersionsAndCredentialsSaysWhereToRegister() {
        assertError(
                fixture.call("GET", PUT_URL + "NL/EMS/012345678", null, TOKEN_A),
                401,
                2000,
                "registration is not finished: this token opens only versions and credentials; POST your credentials"
                        + " to a credentials endpoint, such as https://cpo.example.com/ocpi/2.2.1/credentials, and use"
                        + " the token its answer gives");
    }

    @Test
    void aMissingAuthorizationHeaderSaysWhatToSend() {
        assertError(
                fixture.call("GET", "versions", null, null),
                401,
                2000,
                "missing Authorization header: send Authorization: Token followed by your credentials token in"
                        + " Base64");
    }

    @Test
    void aMethodNotAllowedNamesTheMethodsTheEndpointTakes() {
        assertError(
                fixture.call("POST", PUT_URL + "NL/EMS/012345678", ownToken),
                405,
                2000,
                "POST is not allowed here: this endpoint takes GET, PATCH, PUT");
    }

    @Test
    void anUnknownEndpointSaysWhereTheEndpointsAreListed() {
        assertError(
                fixture.call("GET", "2.2.1/sender/nothing", null),
                404,
                2000,
                "no such endpoint: the version details list the endpoints this server offers");
        assertError(
                fixture.server.handle(OcpiHttpRequest.builder()
                        .method("GET")
                        .target("/elsewhere/versions")
                        .header(
                                "Authorization",
                                "Token "
                                        + java.util.Base64.getEncoder()
                                                .encodeToString(ServerFixture.TOKEN.getBytes(
                                                        java.nio.charset.StandardCharsets.UTF_8)))
                        .build()),
                404,
                2000,
                "no such endpoint: this server's endpoints are below https://cpo.example.com/ocpi");
    }

    @Test
    void aPatchOfAnUnknownObjectSaysToPutItFirst() {
        assertError(
                fixture.call(
                        "PATCH",
                        PUT_URL + "NL/EMS/999",
                        "{\"valid\": false, \"last_updated\": \"2024-05-01T00:00:00Z\"}"),
                404,
                2000,
                "token not found: PUT the whole token before a PATCH");
    }
}
