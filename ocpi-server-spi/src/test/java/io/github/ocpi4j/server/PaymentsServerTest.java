package io.github.ocpi4j.server;

import static io.github.ocpi4j.server.ServerFixture.TOKEN;
import static io.github.ocpi4j.server.ServerFixture.TOKEN_A;
import static io.github.ocpi4j.server.ServerFixture.json;
import static io.github.ocpi4j.server.ServerFixture.statusCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ocpi4j.client.Party;
import io.github.ocpi4j.client.PartyRole;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.v230.payments.FinancialAdviceConfirmation;
import io.github.ocpi4j.model.v230.payments.Terminal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The OCPI 2.3.0 Payments module through {@code handle()} ({@code [[mod_payments_interfaces_and_endpoints]]}), in
 * its two directions: a PTP's server offers the Sender interface, where the CPOs NL-CPA and DE-CPB read terminals and
 * confirmations, activate, deactivate, replace and assign terminals; a CPO's server offers the Receiver interface,
 * where the PTPs NL-PTP and DE-PTQ post terminals and confirmations. Each party reaches its own objects only.
 */
class PaymentsServerTest {
    private static final String BASE = "https://cpo.example.com/ocpi/2.3.0/";
    private static final String TERMINALS = "2.3.0/sender/payments/terminals";
    private static final String CONFIRMATIONS = "2.3.0/sender/payments/financial-advice-confirmations";
    private static final String RECEIVER = "2.3.0/receiver/payments/";
    private static final String CPA = "cpa-token";
    private static final String CPB = "cpb-token";
    private static final String PTP = "ptp-token";
    private static final String PTQ = "ptq-token";

    private final InMemoryPtp230 ptp = new InMemoryPtp230();
    private final InMemoryPaymentsCpo230 cpo = new InMemoryPaymentsCpo230();
    /** The PTP's server, called by the CPOs NL-CPA and DE-CPB. */
    private final ServerFixture ptpSide = new ServerFixture("2.3.0", b -> b.v230(ptp::register));
    /** The CPO's server, called by the PTPs NL-PTP and DE-PTQ. */
    private final ServerFixture cpoSide = new ServerFixture("2.3.0", b -> b.v230(cpo::register));

    PaymentsServerTest() {
        ptpSide.parties.save(registered("cpa", CPA, PartyRole.of("CPO", "NL", "CPA")));
        ptpSide.parties.save(registered("cpb", CPB, PartyRole.of("CPO", "DE", "CPB")));
        cpoSide.parties.save(registered("ptp", PTP, PartyRole.of("PTP", "NL", "PTP")));
        cpoSide.parties.save(registered("ptq", PTQ, PartyRole.of("PTP", "DE", "PTQ")));
        ptp.add(read(terminal("T1", null, "2024-05-01T10:00:00Z"), Terminal.class));
        ptp.add(read(terminal("T2", "NL CPA", "2024-05-01T10:01:00Z"), Terminal.class));
        ptp.add(read(terminal("T3", "DE CPB", "2024-05-01T10:02:00Z"), Terminal.class));
    }

    // ---- version details

    @Test
    void versionDetailsListOnePaymentsEndpointPerInterfaceRoleRegistered() {
        assertThat(endpoints(ptpSide))
                .containsExactly(
                        "credentials SENDER " + BASE + "credentials", "payments SENDER " + BASE + "sender/payments");
        assertThat(endpoints(cpoSide))
                .containsExactly(
                        "credentials SENDER " + BASE + "credentials",
                        "payments RECEIVER " + BASE + "receiver/payments");
    }

    // ---- the PTP's Sender interface ([[mod_payments_ptp_interface]])

    @Test
    void terminalsAreListedInPagesWithoutThoseOfAnotherCpo() {
        OcpiHttpResponse first = ptpSide.call("GET", TERMINALS + "?limit=1", null, CPA);

        assertThat(ids(first)).containsExactly("T1");
        assertThat(first.header("X-Total-Count")).isEqualTo("3");
        assertThat(first.header("Link"))
                .isEqualTo("<" + BASE + "sender/payments/terminals?offset=1&limit=1>; rel=\"next\"");
        assertThat(ids(ptpSide.call("GET", TERMINALS + "?offset=1&limit=1", null, CPA)))
                .containsExactly("T2");
        // DE-CPB's terminal is withheld from NL-CPA, though the host returned it
        assertThat(ids(ptpSide.call("GET", TERMINALS + "?offset=2&limit=1", null, CPA)))
                .isEmpty();
        assertThat(ids(ptpSide.call("GET", TERMINALS, null, CPB))).containsExactly("T1", "T3");
    }

    @Test
    void aTerminalIsFoundByItsIdUnlessItNamesAnotherCpo() {
        assertThat(data(ptpSide.call("GET", TERMINALS + "/T2", null, CPA))
                        .get("terminal_id")
                        .asText())
                .isEqualTo("T2");
        assertAnswer(ptpSide.call("GET", TERMINALS + "/T3", null, CPA), 404, 2000, "terminal not found");
        assertAnswer(ptpSide.call("GET", TERMINALS + "/T9", null, CPA), 404, 2000, "terminal not found");
    }

    /** [[mod_payments_ptp_terminal_post_activate_request_body]]: the id is the PTP's to give. */
    @Test
    void activationTakesATerminalWithoutItsIdAndRefusesOtherBrokenRules() {
        String body = Bodies.without(example("payment_terminal_activate.json"), "terminal_id");

        assertAnswer(ptpSide.call("POST", TERMINALS + "/activate", body, CPA), 200, 1000, "Success");
        OcpiHttpResponse broken =
                ptpSide.call("POST", TERMINALS + "/activate", Bodies.without(body, "last_updated"), CPA);

        assertThat(ptp.activations).hasSize(1);
        assertThat((Object) ptp.activations.get(0).terminalId()).isNull();
        assertThat((Object) ptp.activations.get(0).reference()).isEqualTo(CiString.of("Term-SerialNumber"));
        assertAnswer(broken, 200, 2001, "last_updated: required");
        assertThat(ptp.activations).hasSize(1);
    }

    @Test
    void activationOfATerminalNamingAnotherCpoIsRefused() {
        String body = Bodies.with(example("payment_terminal_activate.json"), "country_code", "DE", "party_id", "CPB");

        assertAnswer(
                ptpSide.call("POST", TERMINALS + "/activate", body, CPA),
                200,
                2001,
                "country_code and party_id name DE CPB, which is not one of your roles");
        assertThat(ptp.activations).isEmpty();
    }

    @Test
    void deactivationReachesTheRequestingCposOwnTerminalsOnly() {
        assertAnswer(ptpSide.call("POST", TERMINALS + "/T2/deactivate", null, CPA), 200, 1000, "Success");
        assertAnswer(ptpSide.call("POST", TERMINALS + "/T3/deactivate", null, CPA), 404, 2000, "terminal not found");
        assertAnswer(ptpSide.call("POST", TERMINALS + "/T9/deactivate", null, CPA), 404, 2000, "terminal not found");

        assertThat(ptp.deactivated).containsOnlyKeys("T2");
    }

    /** [[mod_payments_ptp_terminal_put_method]] */
    @Test
    void putReplacesAKnownTerminalOfTheRequestingCpo() {
        String update = terminal("T2", "NL CPA", "2024-05-02T00:00:00Z");

        assertAnswer(
                ptpSide.call("PUT", TERMINALS + "/T2", Bodies.with(update, "customer_reference", "OMV"), CPA),
                200,
                1000,
                "Success");
        assertThat((Object) ptp.terminals.get("T2").customerReference()).isEqualTo(CiString.of("OMV"));
        assertAnswer(
                ptpSide.call("PUT", TERMINALS + "/T1", update, CPA),
                200,
                2001,
                "terminal_id in the URL (T1) differs from the body's (T2): send the same in both");
        assertAnswer(
                ptpSide.call("PUT", TERMINALS + "/T3", terminal("T3", null, "2024-05-02T00:00:00Z"), CPA),
                404,
                2000,
                "terminal not found");
        assertAnswer(
                ptpSide.call("PUT", TERMINALS + "/T1", terminal("T1", "DE CPB", "2024-05-02T00:00:00Z"), CPA),
                200,
                2001,
                "country_code and party_id name DE CPB, which is not one of your roles");
        assertAnswer(
                ptpSide.call("PUT", TERMINALS + "/T9", terminal("T9", null, "2024-05-02T00:00:00Z"), CPA),
                404,
                2000,
                "terminal not found");
        assertThat((Object) ptp.terminals.get("T1").partyId()).isNull();
        assertThat(ptp.terminals).doesNotContainKey("T9");
    }

    /** [[mod_payments_ptp_patch_terminal_method]], [[mod_payments_example_assign_location_ids_to_terminal]] */
    @Test
    void patchAssignsLocationsToTheRequestingCposOwnTerminal() {
        String assign = Bodies.with(
                example("payment_terminal_location_assignment.json"), "last_updated", "2024-05-02T00:00:00Z");

        assertAnswer(ptpSide.call("PATCH", TERMINALS + "/T2", assign, CPA), 200, 1000, "Success");
        assertAnswer(ptpSide.call("PATCH", TERMINALS + "/T3", assign, CPA), 404, 2000, "terminal not found");
        assertAnswer(
                ptpSide.call(
                        "PATCH", TERMINALS + "/T1", Bodies.with(assign, "country_code", "DE", "party_id", "CPB"), CPA),
                200,
                2001,
                "country_code and party_id name DE CPB, which is not one of your roles");
        assertAnswer(
                ptpSide.call("PATCH", TERMINALS + "/T2", Bodies.with(assign, "terminal_id", "T1"), CPA),
                200,
                2001,
                "terminal_id in the URL (T2) differs from the body's (T1): send the same in both");

        assertThat(ptp.terminals.get("T2").locationIds()).hasSize(3);
        assertThat(ptp.terminals.get("T3").locationIds()).isEmpty();
        assertThat((Object) ptp.terminals.get("T1").countryCode()).isNull();
    }

    @Test
    void patchWithABrokenFieldIsRefusedNamingIt() {
        String assign = "{\"location_ids\":[\"" + "L".repeat(37) + "\"],\"last_updated\":\"2024-05-02T00:00:00Z\"}";

        OcpiHttpResponse refused = ptpSide.call("PATCH", TERMINALS + "/T2", assign, CPA);

        assertThat(statusCode(refused)).isEqualTo(2001);
        assertThat(json(refused).get("status_message").asText()).startsWith("location_ids[0]: ");
        assertThat(ptp.terminals.get("T2").locationIds()).isEmpty();
    }

    /** [[mod_payments_ptp_get_financial_advice_confirmations_method]] */
    @Test
    void confirmationsAreListedInPagesAndFoundByTheirId() {
        ptp.confirmations.add(read(confirmation("FAC1", "2024-05-01T10:00:00Z"), FinancialAdviceConfirmation.class));
        ptp.confirmations.add(read(confirmation("FAC2", "2024-05-01T11:00:00Z"), FinancialAdviceConfirmation.class));

        OcpiHttpResponse first = ptpSide.call("GET", CONFIRMATIONS + "?limit=1", null, CPA);

        assertThat(data(first)).hasSize(1);
        assertThat(data(first).get(0).get("id").asText()).isEqualTo("FAC1");
        assertThat(first.header("X-Total-Count")).isEqualTo("2");
        assertThat(first.header("Link")).contains("offset=1");
        assertThat(data(ptpSide.call("GET", CONFIRMATIONS + "/FAC2", null, CPA)))
                .isEqualTo(Bodies.tree(confirmation("FAC2", "2024-05-01T11:00:00Z")));
        assertAnswer(
                ptpSide.call("GET", CONFIRMATIONS + "/FAC9", null, CPA),
                404,
                2000,
                "financial advice confirmation not found");
    }

    // ---- the CPO's Receiver interface ([[mod_payments_cpo_interface]])

    /** [[mod_payments_cpo_terminal_post_method]] */
    @Test
    void aPtpPostsTerminalsAndReadsBackItsOwnOnly() {
        String created = example("payment_terminal_create.json");
        String id = "452cf8a1-79aa-4a0e-9aee-dc788586053c";

        assertThat(cpoSide.call("POST", RECEIVER + "terminals", created, PTP).status())
                .isEqualTo(201);
        assertThat(cpoSide.call("POST", RECEIVER + "terminals", created, PTP).status())
                .isEqualTo(200);
        assertThat(data(cpoSide.call("GET", RECEIVER + "terminals/" + id, null, PTP))
                        .get("city")
                        .asText())
                .isEqualTo("Vienna");
        assertAnswer(cpoSide.call("GET", RECEIVER + "terminals/" + id, null, PTQ), 404, 2000, "terminal not found");
        // DE-PTQ's terminal of the same id is its own, and leaves NL-PTP's as it was
        assertThat(cpoSide.call("POST", RECEIVER + "terminals", Bodies.with(created, "city", "Graz"), PTQ)
                        .status())
                .isEqualTo(201);

        assertThat(cpo.terminals.keySet()).containsExactlyInAnyOrder("NL/PTP/" + id, "DE/PTQ/" + id);
        assertThat((Object) cpo.terminals.get("NL/PTP/" + id).city()).isEqualTo(CiString.of("Vienna"));
    }

    /** [[mod_payments_cpo_financial_advice_confirmation_post_method]] */
    @Test
    void aPtpPostsConfirmationsAndReadsBackItsOwnOnly() {
        String confirmation = confirmation("FAC1", "2024-05-01T10:00:00Z");

        assertThat(cpoSide.call("POST", RECEIVER + "financial-advice-confirmations", confirmation, PTP)
                        .status())
                .isEqualTo(201);

        assertThat(data(cpoSide.call("GET", RECEIVER + "financial-advice-confirmations/FAC1", null, PTP)))
                .isEqualTo(Bodies.tree(confirmation));
        assertAnswer(
                cpoSide.call("GET", RECEIVER + "financial-advice-confirmations/FAC1", null, PTQ),
                404,
                2000,
                "financial advice confirmation not found");
    }

    /** [[types_price_class]]: the module's example gives a 2.2.1 price and no eft_data. */
    @Test
    void aBrokenConfirmationIsRefusedNamingEachField() {
        OcpiHttpResponse refused = cpoSide.call(
                "POST",
                RECEIVER + "financial-advice-confirmations",
                example("payment_financial_advice_confirmation_example_failure.json"),
                PTP);

        assertThat(refused.status()).isEqualTo(200);
        assertThat(statusCode(refused)).isEqualTo(2001);
        assertThat(json(refused).get("status_message").asText())
                .contains("total_costs.before_taxes: required")
                .contains("eft_data: ");
        assertThat(cpo.confirmations).isEmpty();
    }

    @Test
    void aTerminalWithoutItsIdIsRefusedOutsideActivation() {
        OcpiHttpResponse refused = cpoSide.call(
                "POST",
                RECEIVER + "terminals",
                Bodies.without(example("payment_terminal_create.json"), "terminal_id"),
                PTP);

        assertAnswer(refused, 200, 2001, "terminal_id: required");
        assertThat(cpo.terminals).isEmpty();
    }

    @Test
    void aPartyWithoutARolePtpCannotPostTerminals() {
        OcpiHttpResponse refused =
                cpoSide.call("POST", RECEIVER + "terminals", example("payment_terminal_create.json"), TOKEN);

        assertAnswer(refused, 403, 2000, "only a PTP sends these objects: you have no role PTP");
        assertThat(cpo.terminals).isEmpty();
    }

    /** [[transport_and_format_message_routing]]: a PTP speaks for itself only. */
    @Test
    void routingHeadersNamingAnotherPtpAreRefused() {
        OcpiHttpRequest request = OcpiHttpRequest.builder()
                .method("GET")
                .target("/ocpi/" + RECEIVER + "terminals/T1")
                .header("Authorization", io.github.ocpi4j.client.CredentialsTokens.header(PTP, false))
                .header("OCPI-from-country-code", "DE")
                .header("OCPI-from-party-id", "PTQ")
                .build();

        OcpiHttpResponse refused = cpoSide.server.handle(request);

        assertThat(statusCode(refused)).isEqualTo(2001);
    }

    // ---- a PTP registers ([[credentials_credentials_role_class]])

    @Test
    void aPtpRegistersWithRolePtpOn230AndThenPostsItsTerminals() {
        try (FakePartner partner = new FakePartner("2.2.1", "2.3.0")) {
            OcpiHttpResponse registered =
                    cpoSide.call("POST", "2.3.0/credentials", credentials("PTP", partner.versionsUrl()), TOKEN_A);

            assertThat(statusCode(registered)).as("%s", registered.bodyText()).isEqualTo(1000);
            Party party = cpoSide.parties.findById("newcomer").orElseThrow();
            assertThat(party.roles()).containsExactly(PartyRole.of("PTP", "NL", "PTN"));
            assertThat(party.version()).isEqualTo("2.3.0");
            String token = data(registered).get("token").asText();
            assertThat(cpoSide.call("POST", RECEIVER + "terminals", example("payment_terminal_create.json"), token)
                            .status())
                    .isEqualTo(201);
            assertThat(cpo.terminals).containsOnlyKeys("NL/PTN/452cf8a1-79aa-4a0e-9aee-dc788586053c");
        }
    }

    /** [[types_role_enum]] of 2.2.1 has no PTP. */
    @Test
    void rolePtpIsRefusedOn221WhereTheRoleDoesNotExist() {
        ServerFixture both = new ServerFixture("2.2.1", b -> b.v221(s -> {}).v230(cpo::register));
        try (FakePartner partner = new FakePartner("2.2.1", "2.3.0")) {
            OcpiHttpResponse refused =
                    both.call("POST", "2.2.1/credentials", credentials("PTP", partner.versionsUrl()), TOKEN_A);

            assertThat(statusCode(refused)).isEqualTo(2001);
            assertThat(json(refused).get("status_message").asText()).startsWith("roles[0].role: ");
            assertThat(both.parties.findById("newcomer").orElseThrow().status()).isEqualTo(Party.Status.PENDING);
            assertThat(partner.requests).hasValue(0);
        }
    }

    // ---- helpers

    private static Party registered(String id, String token, PartyRole role) {
        return ServerFixture.registered(id, token, "2.3.0", role);
    }

    private static String credentials(String role, String url) {
        return "{\"token\":\"token-b\",\"url\":\"" + url + "\",\"roles\":[{\"role\":\"" + role
                + "\",\"party_id\":\"PTN\",\"country_code\":\"NL\",\"business_details\":{\"name\":\"Pay\"}}]}";
    }

    /** A terminal of the PTP, naming the CPO {@code party} ({@code "NL CPA"}) or none. */
    private static String terminal(String id, @Nullable String party, String lastUpdated) {
        String json =
                Bodies.with(example("payment_terminal_create.json"), "terminal_id", id, "last_updated", lastUpdated);
        if (party == null) {
            return json;
        }
        String[] ids = party.split(" ");
        return Bodies.with(json, "country_code", ids[0], "party_id", ids[1]);
    }

    private static String confirmation(String id, String lastUpdated) {
        return "{\"id\":\"" + id + "\",\"authorization_reference\":\"pp-100100-1948213567\","
                + "\"total_costs\":{\"before_taxes\":4.0,\"taxes\":[{\"name\":\"VAT\",\"amount\":0.4}]},"
                + "\"currency\":\"EUR\",\"eft_data\":[\"Mastercard\",\"Amount: EUR 4.40\"],"
                + "\"capture_status_code\":\"SUCCESS\",\"last_updated\":\"" + lastUpdated + "\"}";
    }

    private static String example(String name) {
        return ServerFixture.example("2.3.0", name);
    }

    private static <T> T read(String json, Class<T> type) {
        return OcpiJson.instance().read(json, type).get();
    }

    private static JsonNode data(OcpiHttpResponse response) {
        return json(response).get("data");
    }

    private static List<String> ids(OcpiHttpResponse response) {
        assertThat(statusCode(response)).as("%s", response.bodyText()).isEqualTo(1000);
        List<String> ids = new ArrayList<>();
        data(response).forEach(t -> ids.add(t.get("terminal_id").asText()));
        return ids;
    }

    private static List<String> endpoints(ServerFixture side) {
        List<String> endpoints = new ArrayList<>();
        data(side.call("GET", "2.3.0", null, TOKEN))
                .get("endpoints")
                .forEach(e -> endpoints.add(e.get("identifier").asText() + " "
                        + e.get("role").asText() + " " + e.get("url").asText()));
        return endpoints;
    }

    private static void assertAnswer(OcpiHttpResponse response, int http, int status, String message) {
        assertThat(response.status()).as("%s", response.bodyText()).isEqualTo(http);
        assertThat(statusCode(response)).as("%s", response.bodyText()).isEqualTo(status);
        assertThat(json(response).get("status_message").asText()).isEqualTo(message);
    }
}
