package io.github.ocpi4j.examples.cpo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.client.Party;
import io.github.ocpi4j.client.PartyEndpoint;
import io.github.ocpi4j.client.PartyRole;
import io.github.ocpi4j.model.CiString;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The JDBC party store on H2: a {@link Party} round-trips with every field, requests are authenticated by the
 * current incoming token only, and the lookups by role and id behave as {@code InMemoryPartyStore}'s.
 */
class JdbcPartyStoreTest {
    private final Database db = Fixtures.database();
    private final JdbcPartyStore store = new JdbcPartyStore(db);

    private static Party registered(String id, String token) {
        return new Party(
                id,
                Party.Status.REGISTERED,
                token,
                "outgoing-" + token,
                "https://emsp.example.com/ocpi/versions",
                "2.2.1",
                List.of(PartyRole.of("EMSP", "NL", "EMS"), PartyRole.of("EMSP", "BE", "EMB")),
                List.of(
                        new PartyEndpoint("credentials", "SENDER", "https://emsp.example.com/ocpi/2.2.1/credentials"),
                        new PartyEndpoint(
                                "sessions", "RECEIVER", "https://emsp.example.com/ocpi/2.2.1/receiver/sessions"),
                        new PartyEndpoint("cdrs", "RECEIVER", "https://emsp.example.com/ocpi/2.2.1/receiver/cdrs")),
                true);
    }

    @Test
    void aPartyRoundTripsWithEveryField() {
        Party party = registered("emsp", "token-c");

        store.save(party);

        assertThat(store.findById("emsp")).contains(party);
        Party read = store.findById("emsp").orElseThrow();
        assertThat(read.roles().get(1).countryCode().value())
                .as("the spelling is kept")
                .isEqualTo("BE");
        assertThat(read.endpoints()).containsExactlyElementsOf(party.endpoints());
        assertThat(read.plainTokenAllowed()).isTrue();
    }

    @Test
    void aPendingPartyWithoutConnectionRoundTrips() {
        Party pending = Party.pending("new", "token-a");

        store.save(pending);

        assertThat(store.findById("new")).contains(pending);
        assertThat(store.findByIncomingToken("token-a")).contains(pending);
    }

    @Test
    void savingAgainReplacesThePartyWithItsRolesAndEndpoints() {
        store.save(registered("emsp", "token-c"));
        Party fewer = new Party(
                "emsp",
                Party.Status.REGISTERED,
                "token-c",
                null,
                null,
                null,
                List.of(PartyRole.of("EMSP", "DE", "EMD")),
                List.of(),
                false);

        store.save(fewer);

        assertThat(store.findById("emsp")).contains(fewer);
        assertThat(store.findAll()).containsExactly(fewer);
    }

    @Test
    void onlyTheCurrentIncomingTokenFindsThePartyAfterItsTokensRotate() {
        Party before = registered("emsp", "token-c1");
        store.save(before);
        Party after = before.withIncomingToken("token-c2").withOutgoingToken("token-b2");

        store.save(after);

        assertThat(store.findByIncomingToken("token-c2")).contains(after);
        assertThat(store.findByIncomingToken("token-c1")).isEmpty();
        assertThat(store.findByIncomingToken("outgoing-token-c1"))
                .as("a token this side sends never authenticates the partner")
                .isEmpty();
        assertThat(store.findByIncomingToken("token-c")).as("no prefix matches").isEmpty();
    }

    @Test
    void findByRoleFindsOnlyRegisteredPartiesWhateverTheCase() {
        store.save(registered("emsp", "token-c"));
        store.save(Party.pending("pending", "token-a"));

        assertThat(store.findByRole(CiString.of("be"), CiString.of("emb")))
                .map(Party::id)
                .contains("emsp");
        assertThat(store.findByRole(CiString.of("NL"), CiString.of("OTH"))).isEmpty();
        store.save(registered("emsp", "token-c").withStatus(Party.Status.PENDING));
        assertThat(store.findByRole(CiString.of("NL"), CiString.of("EMS"))).isEmpty();
    }

    @Test
    void findAllIsOrderedById() {
        store.save(registered("b", "token-b"));
        store.save(registered("c", "token-c"));
        store.save(registered("a", "token-a"));

        assertThat(store.findAll()).extracting(Party::id).containsExactly("a", "b", "c");
    }

    @Test
    void deleteRemovesThePartyAndItsToken() {
        store.save(registered("emsp", "token-c"));
        store.save(registered("other", "token-o"));

        store.delete("emsp");
        store.delete("nobody");

        assertThat(store.findById("emsp")).isEmpty();
        assertThat(store.findByIncomingToken("token-c")).isEmpty();
        assertThat(store.findAll()).extracting(Party::id).containsExactly("other");
        int roles = db.read(c -> Database.count(c, "SELECT COUNT(*) FROM cpo_party_role WHERE party = 'emsp'"));
        assertThat(roles).isZero();
    }

    @Test
    void tokensAreLookedUpByTheirHashNotByThemselves() {
        store.save(registered("emsp", "token-c"));

        List<String> hashes = db.read(c -> Database.strings(c, "SELECT incoming_token_hash FROM cpo_party"));

        assertThat(hashes).containsExactly(JdbcPartyStore.hash("token-c"));
        assertThat(hashes.get(0)).hasSize(64).doesNotContain("token");
    }
}
