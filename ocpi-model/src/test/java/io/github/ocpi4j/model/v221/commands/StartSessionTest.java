package io.github.ocpi4j.model.v221.commands;

import static io.github.ocpi4j.model.v221.commands.CommandFixtures.RESPONSE_URL;
import static io.github.ocpi4j.model.v221.commands.CommandFixtures.TOKEN_JSON;
import static io.github.ocpi4j.model.v221.commands.CommandFixtures.token;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.ReadResult;
import io.github.ocpi4j.model.Violation;
import org.junit.jupiter.api.Test;

/** StartSession ({@code [[mod_commands_startsession_object]]}). */
class StartSessionTest {
    private final OcpiJson json = OcpiJson.instance();

    private static StartSession.Builder valid() {
        return StartSession.builder().responseUrl(RESPONSE_URL).token(token()).locationId("LOC1");
    }

    @Test
    void startSessionOnALocationWithoutEvseIsValid() {
        assertThat(json.validate(valid().build())).isEmpty();
    }

    @Test
    void startSessionOnAConnectorOfAnEvseIsValid() {
        StartSession start = valid().evseUid("3256").connectorId("1").build();

        assertThat(json.validate(start)).isEmpty();
    }

    @Test
    void startSessionOnAnEvseWithoutConnectorIsValid() {
        assertThat(json.validate(valid().evseUid("3256").build())).isEmpty();
    }

    @Test
    void startSessionWithConnectorButWithoutEvseIsRejected() {
        StartSession start = valid().connectorId("1").build();

        assertThat(json.validate(start))
                .containsExactly(new Violation("evse_uid", "required when connector_id is set"));
    }

    @Test
    void connectorWithoutEvseIsReportedWhenRead() {
        String body = """
                {"response_url": "%s", "token": %s, "location_id": "LOC1", "connector_id": "1"}""".formatted(RESPONSE_URL, TOKEN_JSON);

        ReadResult<StartSession> result = json.read(body, StartSession.class);

        assertThat(result.isWellFormed()).isTrue();
        assertThat(result.violations()).containsExactly(new Violation("evse_uid", "required when connector_id is set"));
    }

    @Test
    void startSessionIsReadAndWrittenBack() {
        String body = """
                {"response_url": "%s", "token": %s, "location_id": "LOC1", "evse_uid": "3256",
                 "connector_id": "1", "authorization_reference": "AUTH-9"}""".formatted(RESPONSE_URL, TOKEN_JSON);

        StartSession start = json.read(body, StartSession.class).get();

        assertThat((Object) start.connectorId()).isEqualTo(CiString.of("1"));
        assertThat((Object) start.authorizationReference()).isEqualTo(CiString.of("auth-9"));
        assertThat(json.read(json.write(start), StartSession.class).get()).isEqualTo(start);
    }

    @Test
    void responseUrlMustBeAnAbsoluteUrl() {
        StartSession start = valid().responseUrl("/commands/START_SESSION/1").build();

        assertThat(json.validate(start))
                .containsExactly(
                        new Violation("response_url", "URL: \"/commands/START_SESSION/1\" is not an absolute URL"));
    }

    @Test
    void tokenIsRequiredAndValidatedInDepth() {
        assertThat(json.validate(valid().token(null).build())).containsExactly(new Violation("token", "required"));
        assertThat(json.validate(
                        valid().token(token().toBuilder().partyId("TN").build()).build()))
                .containsExactly(
                        new Violation("token.party_id", "ISO 15118 party id: \"TN\" is not 3 letters or digits"));
    }

    @Test
    void evseUidLongerThan36CharactersIsRejected() {
        StartSession start = valid().evseUid("E".repeat(37)).build();

        assertThat(json.validate(start))
                .containsExactly(new Violation("evse_uid", "CiString(36): 37 characters, at most 36 allowed"));
    }
}
