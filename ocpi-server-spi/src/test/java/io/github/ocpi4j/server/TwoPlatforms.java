package io.github.ocpi4j.server;

import io.github.ocpi4j.client.CredentialsTokens;
import io.github.ocpi4j.client.InMemoryPartyStore;
import io.github.ocpi4j.client.OcpiClient;
import io.github.ocpi4j.client.Partner;
import io.github.ocpi4j.client.Party;
import io.github.ocpi4j.client.Registrar;
import io.github.ocpi4j.client.RetryPolicy;
import io.github.ocpi4j.model.v221.credentials.CredentialsRole;
import io.github.ocpi4j.model.v221.locations.BusinessDetails;
import io.github.ocpi4j.model.v221.types.Role;
import io.github.ocpi4j.model.v221.versions.InterfaceRole;
import io.github.ocpi4j.model.v221.versions.ModuleID;
import io.github.ocpi4j.server.jdk.JdkHttpServerAdapter;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;

/**
 * A CPO (NL-CPO) and an eMSP (NL-EMS), each an {@link OcpiServer} on a {@link JdkHttpServerAdapter} on 127.0.0.1
 * with its own {@link InMemoryPartyStore} and in-memory services, and a client each. The CPO's store holds the eMSP
 * as a pending party with token A; {@link #register()} has the eMSP register with it through the {@link Registrar}.
 */
final class TwoPlatforms implements AutoCloseable {
    static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
    /** The id under which the CPO keeps the eMSP. */
    static final String EMSP_ID = "emsp";
    /** The id under which the eMSP keeps the CPO. */
    static final String CPO_ID = "cpo";

    final String tokenA = CredentialsTokens.generate();
    final InMemoryPartyStore cpoParties = new InMemoryPartyStore();
    final InMemoryPartyStore emspParties = new InMemoryPartyStore();
    final InMemoryCpo cpo = new InMemoryCpo();
    final InMemoryEmsp emsp = new InMemoryEmsp();
    final OcpiClient cpoClient = client();
    final OcpiClient emspClient = client();
    final JdkHttpServerAdapter cpoHttp;
    final JdkHttpServerAdapter emspHttp;
    final Registrar registrar;

    /** Both platforms, the CPO requiring the eMSP's Tokens Sender endpoint. */
    TwoPlatforms() {
        this(b -> {});
    }

    /** Both platforms, the CPO's server further configured. */
    TwoPlatforms(Consumer<OcpiServer.Builder> cpoMore) {
        cpoParties.save(Party.pending(EMSP_ID, tokenA));
        cpoHttp = JdkHttpServerAdapter.start(new InetSocketAddress("127.0.0.1", 0), port -> {
            OcpiServer.Builder b = server(port, cpoParties, cpoClient, cpoRole())
                    .requireEndpoint(ModuleID.TOKENS, InterfaceRole.SENDER)
                    .v221(cpo::register);
            cpoMore.accept(b);
            return b.build();
        });
        emspHttp = JdkHttpServerAdapter.start(
                new InetSocketAddress("127.0.0.1", 0),
                port -> server(port, emspParties, emspClient, emspRole())
                        .v221(emsp::register)
                        .build());
        registrar = registrar(emspServer().versionsUrl());
    }

    static CredentialsRole cpoRole() {
        return CredentialsRole.builder()
                .role(Role.CPO)
                .businessDetails(new BusinessDetails("Loopback CPO", null, null))
                .countryCode("NL")
                .partyId("CPO")
                .build();
    }

    static CredentialsRole emspRole() {
        return CredentialsRole.builder()
                .role(Role.EMSP)
                .businessDetails(new BusinessDetails("Loopback eMSP", null, null))
                .countryCode("NL")
                .partyId("EMS")
                .build();
    }

    private static OcpiClient client() {
        return OcpiClient.builder().retryPolicy(RetryPolicy.none()).build();
    }

    private static OcpiServer.Builder server(
            int port, InMemoryPartyStore parties, OcpiClient client, CredentialsRole role) {
        return OcpiServer.builder()
                .baseUrl("http://127.0.0.1:" + port + "/ocpi")
                .partyStore(parties)
                .client(client)
                .roles(List.of(role))
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .maxPageSize(2);
    }

    /** A registrar of the eMSP that gives the CPO this versions URL as the eMSP's. */
    Registrar registrar(String ourVersionsUrl) {
        return Registrar.builder(emspClient, emspParties)
                .ourVersionsUrl(ourVersionsUrl)
                .ourRoles(List.of(emspRole()))
                .requireEndpoint(ModuleID.LOCATIONS, InterfaceRole.SENDER)
                .requireEndpoint(ModuleID.COMMANDS, InterfaceRole.RECEIVER)
                .build();
    }

    OcpiServer cpoServer() {
        return cpoHttp.server();
    }

    OcpiServer emspServer() {
        return emspHttp.server();
    }

    /** The eMSP registers with the CPO with token A; returns the CPO as the eMSP stored it. */
    Party register() {
        return registrar.register(CPO_ID, cpoServer().versionsUrl(), tokenA);
    }

    /** The CPO as the eMSP keeps it now. */
    Party cpoParty() {
        return emspParties.findById(CPO_ID).orElseThrow();
    }

    /** The eMSP as the CPO keeps it now. */
    Party emspParty() {
        return cpoParties.findById(EMSP_ID).orElseThrow();
    }

    /** The CPO's modules, called by the eMSP with the token the CPO issued (token C). */
    Partner cpoForEmsp() {
        return emspClient.partner(cpoParty());
    }

    /** The eMSP's modules, called by the CPO with the token the eMSP issued (token B). */
    Partner emspForCpo() {
        return cpoClient.partner(emspParty());
    }

    @Override
    public void close() {
        cpoHttp.close();
        emspHttp.close();
        cpoClient.close();
        emspClient.close();
    }
}
