package io.github.ocpi4j.examples.readme;

import io.github.ocpi4j.client.CredentialsTokens;
import io.github.ocpi4j.client.InMemoryPartyStore;
import io.github.ocpi4j.client.OcpiClient;
import io.github.ocpi4j.client.Party;
import io.github.ocpi4j.client.PartyStore;
import io.github.ocpi4j.client.v221.V221;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.v221.cdrs.CDR;
import io.github.ocpi4j.model.v221.commands.CommandResponse;
import io.github.ocpi4j.model.v221.commands.CommandResponseType;
import io.github.ocpi4j.model.v221.commands.CommandResult;
import io.github.ocpi4j.model.v221.commands.CommandResultType;
import io.github.ocpi4j.model.v221.commands.StartSession;
import io.github.ocpi4j.model.v221.credentials.CredentialsRole;
import io.github.ocpi4j.model.v221.locations.BusinessDetails;
import io.github.ocpi4j.model.v221.sessions.Session;
import io.github.ocpi4j.model.v221.tokens.AllowedType;
import io.github.ocpi4j.model.v221.tokens.LocationReferences;
import io.github.ocpi4j.model.v221.tokens.TokenType;
import io.github.ocpi4j.model.v221.types.Role;
import io.github.ocpi4j.server.OcpiServer;
import io.github.ocpi4j.server.RequestContext;
import io.github.ocpi4j.server.jdk.JdkHttpServerAdapter;
import io.github.ocpi4j.server.v221.CommandsReceiverService;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

// README:begin Writing a CPO host
/** A CPO host: START_SESSION answered now and its result posted later, real-time authorization, sessions and CDRs. */
public final class CpoHost implements AutoCloseable {
    private final OcpiClient client = OcpiClient.builder().build(); // one per application
    private final PartyStore parties = new InMemoryPartyStore(); // yours: partners, tokens, endpoints
    private final ExecutorService charger = Executors.newSingleThreadExecutor(); // stands for your chargers
    private final JdkHttpServerAdapter http;

    public CpoHost(InetSocketAddress address) {
        http = JdkHttpServerAdapter.start(
                address,
                port -> OcpiServer.builder()
                        .baseUrl("http://localhost:" + port + "/ocpi") // the URL partners reach (a TLS proxy's)
                        .partyStore(parties)
                        .client(client)
                        .roles(List.of(CredentialsRole.builder()
                                .role(Role.CPO)
                                .countryCode("BE")
                                .partyId("BEC")
                                .businessDetails(new BusinessDetails("Example CPO", null, null))
                                .build()))
                        .v221(services -> services.commandsReceiver(new Commands()))
                        .build());
    }

    public static void main(String[] args) {
        CpoHost cpo = new CpoHost(new InetSocketAddress("localhost", 8080));
        System.out.println("versions: " + cpo.versionsUrl());
        System.out.println("token A: " + cpo.newTokenA("emsp-1")); // hand it to the eMSP out of band
    }

    public String versionsUrl() {
        return http.server().versionsUrl();
    }

    /** A credentials token A: the partner registers with it once and gets tokens of its own. */
    public String newTokenA(String partnerId) {
        String tokenA = CredentialsTokens.generate();
        parties.save(Party.pending(partnerId, tokenA));
        return tokenA;
    }

    /** Commands are called concurrently: answer at once, and post the charger's result to response_url later. */
    private final class Commands implements CommandsReceiverService {
        @Override
        public CommandResponse startSession(RequestContext ctx, StartSession command) {
            Party emsp = ctx.party(); // the caller: the result goes back to it
            charger.execute(() -> {
                // the charger, not the CPO, decides on the driver's token ([[mod_commands_startsession_object]])
                CommandResult result = new CommandResult(CommandResultType.ACCEPTED, List.of());
                client.partner(emsp).v221().commandResults().postResult(command.responseUrl(), result);
            });
            return new CommandResponse(CommandResponseType.ACCEPTED, 30, List.of()); // the result within 30 s
        }
    }

    /** A driver holds an RFID card to a reader at a location: its eMSP decides, asked in real time. */
    public AllowedType authorize(String partnerId, String cardUid, String locationId) {
        V221 emsp = client.partner(parties.findById(partnerId).orElseThrow()).v221();
        LocationReferences where = new LocationReferences(CiString.of(locationId), List.of());
        return emsp.tokensSender().authorize(cardUid, TokenType.RFID, where).allowed();
    }

    /** A session: PUT when it starts and whenever it changes (kWh, cost, status). */
    public void push(String partnerId, Session session) {
        client.partner(parties.findById(partnerId).orElseThrow())
                .v221()
                .sessionsReceiver()
                .put(session);
    }

    /** A CDR: POSTed once, when the session is final; returns the eMSP's URL of it. */
    public String push(String partnerId, CDR cdr) {
        return client.partner(parties.findById(partnerId).orElseThrow())
                .v221()
                .cdrsReceiver()
                .post(cdr);
    }

    @Override
    public void close() {
        http.close();
        charger.shutdown();
        client.close();
    }
}
// README:end
