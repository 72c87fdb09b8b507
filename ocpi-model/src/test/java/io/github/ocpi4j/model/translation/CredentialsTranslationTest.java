package io.github.ocpi4j.model.translation;

import static io.github.ocpi4j.model.translation.Fixtures.assertValidAndWrittenAs;
import static io.github.ocpi4j.model.translation.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.v230.credentials.Credentials;
import io.github.ocpi4j.model.v230.hubclientinfo.ClientInfo;
import org.junit.jupiter.api.Test;

/**
 * Hubs: 2.2.1 has the role {@code HUB}, which a Hub's Credentials list alone; 2.3.0 has no such role and names the
 * Hub in {@code hub_party_id} instead ({@code [[credentials_credentials_object]]}, {@code
 * [[mod_hub_client_info_hub_client_info_object]]}).
 */
class CredentialsTranslationTest {

    /** Credentials of either version, with {@code %s} for the roles and more fields. */
    private static final String CREDENTIALS = """
            {'token': 'abc', 'url': 'https://hub.example.com/ocpi/versions', %s}""";

    private static final String ROLE = """
            {'role': '%s', 'business_details': {'name': 'Example'}, 'party_id': '%s', 'country_code': 'NL'}""";

    @Test
    void aHubsRoleBecomesOtherAndNamesTheHubInHubPartyId() {
        var source = read(
                CREDENTIALS.formatted("'roles': [" + ROLE.formatted("HUB", "HUB") + "]"),
                io.github.ocpi4j.model.v221.credentials.Credentials.class);

        Translated<Credentials> translated = V221ToV230.credentials(source);

        assertValidAndWrittenAs(
                translated.value(),
                CREDENTIALS.formatted("'hub_party_id': 'NLHUB', 'roles': [" + ROLE.formatted("OTHER", "HUB") + "]"));
        assertThat(translated.losses())
                .containsExactly(new Loss(
                        "roles[0].role",
                        "OCPI 2.3.0 has no role HUB; carried as OTHER (Credentials name the hub in hub_party_id)"));
    }

    @Test
    void theHubPartyIdIsLostTowards221AndTheRolesAreKept() {
        String roles = "'roles': [" + ROLE.formatted("CPO", "CPA") + ", " + ROLE.formatted("EMSP", "EMA") + "]";
        var source = read(CREDENTIALS.formatted("'hub_party_id': 'NLHUB', " + roles), Credentials.class);

        var translated = V230ToV221.credentials(source);

        assertValidAndWrittenAs(translated.value(), CREDENTIALS.formatted(roles));
        assertThat(translated.losses())
                .containsExactly(new Loss("hub_party_id", "OCPI 2.2.1 has no such field; left out (was \"NLHUB\")"));
    }

    @Test
    void credentialsWithoutAHubLoseNothingEitherWay() {
        var source = read(
                CREDENTIALS.formatted("'roles': [" + ROLE.formatted("CPO", "CPA") + "]"),
                io.github.ocpi4j.model.v221.credentials.Credentials.class);

        Translated<Credentials> there = V221ToV230.credentials(source);
        var back = V230ToV221.credentials(there.value());

        assertThat((Object) there.value().hubPartyId()).isNull();
        assertThat(back.value()).isEqualTo(source);
        assertThat(there.losses()).isEmpty();
        assertThat(back.losses()).isEmpty();
    }

    @Test
    void aHubClientInTheRoleHubBecomesOther() {
        String client = """
                {'party_id': 'HUB', 'country_code': 'NL', 'role': '%s', 'status': 'CONNECTED',
                 'last_updated': '2024-05-01T10:00:00Z'}""";
        var source = read(client.formatted("HUB"), io.github.ocpi4j.model.v221.hubclientinfo.ClientInfo.class);

        Translated<ClientInfo> translated = V221ToV230.clientInfo(source);

        assertValidAndWrittenAs(translated.value(), client.formatted("OTHER"));
        assertThat(translated.losses()).extracting(Loss::path).containsExactly("role");
    }
}
