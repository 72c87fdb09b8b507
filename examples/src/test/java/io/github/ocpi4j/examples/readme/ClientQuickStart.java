package io.github.ocpi4j.examples.readme;

import io.github.ocpi4j.client.ListQuery;
import io.github.ocpi4j.client.OcpiClient;
import io.github.ocpi4j.client.Partner;
import io.github.ocpi4j.client.Party;
import io.github.ocpi4j.client.PartyStore;
import io.github.ocpi4j.client.Registrar;
import io.github.ocpi4j.client.v221.V221;
import io.github.ocpi4j.model.v221.commands.CommandResponse;
import io.github.ocpi4j.model.v221.commands.CommandType;
import io.github.ocpi4j.model.v221.commands.ReserveNow;
import io.github.ocpi4j.model.v221.credentials.CredentialsRole;
import io.github.ocpi4j.model.v221.locations.BusinessDetails;
import io.github.ocpi4j.model.v221.tokens.Token;
import io.github.ocpi4j.model.v221.types.Role;
import io.github.ocpi4j.model.v230.locations.EVSE;
import io.github.ocpi4j.model.v230.locations.Location;
import io.github.ocpi4j.server.OcpiServer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The README's "Quick start: the client", with what it takes as given. */
final class ClientQuickStart {
    private ClientQuickStart() {}

    static void quickStart(
            String credentialsToken, PartyStore partyStore, String tokenA, OcpiServer ourServer, Token driversToken) {
        // spotless:off
        // README:begin Quick start: the client
        OcpiClient client = OcpiClient.builder().build();          // one per application; close() at shutdown

        // a partner you already have a credentials token for: the highest version both sides speak, here 2.3.0 (cpo.version())
        Partner cpo = client.connect("https://cpo.example.com/ocpi/versions", credentialsToken);
        try (Stream<Location> all = cpo.v230().locationsSender().stream(ListQuery.all())) {   // v221() for 2.2.1
            all.forEach(location -> System.out.println(location.id()));   // every page, one page in memory at a time
        }
        Optional<EVSE> evse = cpo.v230().locationsSender().evse("LOC1", "3256");
        OcpiClient upTo221 = OcpiClient.builder().maxVersion("2.2.1").build();   // a cap: agrees on 2.2.1 at most

        // registration with the token A the partner gave you out of band: tokens B and C, endpoints, both stored
        Registrar registrar = Registrar.builder(client, partyStore)
                .ourVersionsUrl("https://emsp.example.com/ocpi/versions")
                .ourRoles(List.of(CredentialsRole.builder().role(Role.EMSP).countryCode("NL").partyId("EMS")
                        .businessDetails(new BusinessDetails("Example eMSP", null, null)).build()))
                .build();
        Party party = registrar.register("cpo-1", "https://cpo.example.com/ocpi/versions", tokenA);   // party.version()
        Party on221 = registrar.moveTo(party, "2.2.1");            // a credentials PUT at its 2.2.1 credentials endpoint
        V221 v221 = client.partner(on221).v221();

        // a reservation: the CPO answers at once, its CommandResult arrives later at response_url (your server)
        CommandResponse response = v221.commandsReceiver().reserveNow(ReserveNow.builder()
                .responseUrl(ourServer.v221Urls().commandResponseUrl(CommandType.RESERVE_NOW, "R-1"))
                .token(driversToken).expiryDate(Instant.now().plus(Duration.ofMinutes(30)))   // a Token, the driver's
                .reservationId("R-1").locationId("LOC1").evseUid("3256").build());
        // README:end
        // spotless:on
    }
}
