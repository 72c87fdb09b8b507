package io.github.ocpi4j.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.CiString;
import java.util.List;
import org.junit.jupiter.api.Test;

class InMemoryPartyStoreTest {
    private final InMemoryPartyStore store = new InMemoryPartyStore();

    private static Party registered(String id, String token, String countryCode, String partyId) {
        return new Party(
                id,
                Party.Status.REGISTERED,
                token,
                "out-" + token,
                "https://x/versions",
                "2.2.1",
                List.of(PartyRole.of("CPO", countryCode, partyId)),
                List.of(),
                false);
    }

    @Test
    void findsAPartyByTheExactTokenItCallsWith() {
        Party party = registered("p1", "token-one", "NL", "TNM");
        store.save(party);

        assertThat(store.findByIncomingToken("token-one")).contains(party);
        assertThat(store.findByIncomingToken("token-on")).isEmpty();
        assertThat(store.findByIncomingToken("TOKEN-ONE")).isEmpty();
    }

    @Test
    void newTokenReplacesTheOldOne() {
        store.save(registered("p1", "old", "NL", "TNM"));
        store.save(registered("p1", "new", "NL", "TNM"));

        assertThat(store.findByIncomingToken("old")).isEmpty();
        assertThat(store.findByIncomingToken("new")).isPresent();
        assertThat(store.findAll()).hasSize(1);
    }

    @Test
    void deletedPartyIsGoneWithItsToken() {
        store.save(registered("p1", "token", "NL", "TNM"));

        store.delete("p1");

        assertThat(store.findById("p1")).isEmpty();
        assertThat(store.findByIncomingToken("token")).isEmpty();
    }

    @Test
    void findsARegisteredPartyByRoleIgnoringCase() {
        store.save(registered("p1", "t1", "NL", "TNM"));
        store.save(Party.pending("p2", "t2"));

        assertThat(store.findByRole(CiString.of("nl"), CiString.of("tnm")))
                .map(Party::id)
                .contains("p1");
        assertThat(store.findByRole(CiString.of("BE"), CiString.of("TNM"))).isEmpty();
    }

    @Test
    void partyPrintsWithoutItsTokens() {
        assertThat(registered("p1", "secret", "NL", "TNM").toString()).doesNotContain("secret");
    }
}
