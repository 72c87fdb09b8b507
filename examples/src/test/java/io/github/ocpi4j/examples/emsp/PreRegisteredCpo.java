package io.github.ocpi4j.examples.emsp;

import io.github.ocpi4j.client.CredentialsTokens;
import io.github.ocpi4j.client.OcpiClient;
import io.github.ocpi4j.client.Party;
import io.github.ocpi4j.client.PartyRole;
import io.github.ocpi4j.client.RetryPolicy;
import io.github.ocpi4j.client.v221.V221;
import java.util.List;

/**
 * A CPO (NL-CPO unless told otherwise) that calls an eMSP with a token the eMSP's party store holds as registered,
 * without the handshake: the eMSP's modules as that CPO calls them, over loopback with ocpi4j's client.
 */
final class PreRegisteredCpo implements AutoCloseable {
    final OcpiClient client =
            OcpiClient.builder().retryPolicy(RetryPolicy.none()).build();
    final V221 emsp;

    PreRegisteredCpo(Emsp emsp) {
        this(emsp, "test-cpo", "NL", "CPO");
    }

    /** A CPO kept by the eMSP under this id, with this country code and party id. */
    PreRegisteredCpo(Emsp emsp, String id, String countryCode, String partyId) {
        String token = CredentialsTokens.generate();
        emsp.server()
                .partyStore()
                .save(new Party(
                        id,
                        Party.Status.REGISTERED,
                        token,
                        null,
                        null,
                        "2.2.1",
                        List.of(PartyRole.of("CPO", countryCode, partyId)),
                        List.of(),
                        false));
        this.emsp = client.connect(emsp.versionsUrl(), token).v221();
    }

    @Override
    public void close() {
        client.close();
    }
}
