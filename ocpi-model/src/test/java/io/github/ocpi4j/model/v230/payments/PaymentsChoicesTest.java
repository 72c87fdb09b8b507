package io.github.ocpi4j.model.v230.payments;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.ReadResult;
import io.github.ocpi4j.model.Violation;
import io.github.ocpi4j.model.v230.credentials.Credentials;
import io.github.ocpi4j.model.v230.credentials.CredentialsRole;
import io.github.ocpi4j.model.v230.hubclientinfo.ClientInfo;
import io.github.ocpi4j.model.v230.types.Role;
import io.github.ocpi4j.model.v230.versions.Endpoint;
import io.github.ocpi4j.model.v230.versions.InterfaceRole;
import io.github.ocpi4j.model.v230.versions.ModuleID;
import io.github.ocpi4j.model.v230.versions.VersionDetails;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The choices ocpi4j makes where the 2.3.0 text of the Payments module leaves a gap, one test each, as the README's
 * section "Payments: choices where the text has gaps" lists them. The choices on the module's examples are asserted
 * in {@link PaymentsExamplesTest}.
 */
class PaymentsChoicesTest {
    private final OcpiJson json = OcpiJson.instance();

    @Test
    void ptpIsARoleInCredentialsAndHubClientInfoThoughTheRoleTableLeavesItOut() {
        // [[introduction_typical_roles]] lists PTP as a value of [[types_role_enum]], whose table lacks it; the
        // Payments module belongs to the PTP ([[mod_payments_payments_module]])
        String credentials = """
                {"token": "0f3a2b1c", "url": "https://ptp.example.com/ocpi/versions",
                 "roles": [{"role": "PTP", "party_id": "PAY", "country_code": "AT",
                            "business_details": {"name": "Terminal Provider"}}]}""";
        String clientInfo = """
                {"party_id": "PAY", "country_code": "AT", "role": "PTP", "status": "CONNECTED",
                 "last_updated": "2025-03-01T09:00:00Z"}""";

        ReadResult<Credentials> readCredentials = json.read(credentials, Credentials.class);
        ReadResult<ClientInfo> readClientInfo = json.read(clientInfo, ClientInfo.class);

        assertThat(readCredentials.violations()).isEmpty();
        assertThat(readCredentials.get().roles())
                .extracting(CredentialsRole::role)
                .containsExactly(Role.PTP);
        assertThat(json.writeString(readCredentials.get())).contains("\"role\":\"PTP\"");
        assertThat(readClientInfo.violations()).isEmpty();
        assertThat(readClientInfo.get().role()).isEqualTo(Role.PTP);
        assertThat(Role.values()).contains(Role.OTHER); // what a PTP names itself towards a peer that lacks PTP
    }

    @Test
    void paymentsIsTheIdentifierOfBothInterfacesOfTheModule() {
        // [[mod_payments_payments_module]] names the identifier, which the table of
        // [[version_information_endpoint_moduleid_enum]] lacks; the module's URLs put it before terminals and
        // financial-advice-confirmations
        String body = """
                {"version": "2.3.0", "endpoints": [
                  {"identifier": "payments", "role": "SENDER", "url": "https://ptp.example.com/ocpi/2.3.0/payments"},
                  {"identifier": "payments", "role": "RECEIVER",
                   "url": "https://cpo.example.com/ocpi/2.3.0/payments"}]}""";

        ReadResult<VersionDetails> read = json.read(body, VersionDetails.class);

        assertThat(read.violations()).isEmpty();
        assertThat(read.get().endpoints()).extracting(Endpoint::identifier).containsOnly(ModuleID.PAYMENTS);
        assertThat(read.get().endpoints())
                .extracting(Endpoint::role)
                .containsExactly(InterfaceRole.SENDER, InterfaceRole.RECEIVER);
        assertThat(ModuleID.PAYMENTS.value()).isEqualTo("payments");
        assertThat(ModuleID.of("payment").isKnown()).isFalse();
        assertThat(ModuleID.of("Payments")).isNotEqualTo(ModuleID.PAYMENTS);
    }

    @Test
    void aPriceWrittenAsIn221IsAViolationOfThe230PriceAndTheSameAmountAsA230PriceIsValid() {
        // [[types_price_class]]: before_taxes is required; excl_vat and incl_vat are no fields of it
        String advice = """
                {"id": "452cf8a1", "authorization_reference": "pp-100100-1948213567",
                 "total_costs": %s, "currency": "EUR", "eft_data": ["Mastercard"],
                 "capture_status_code": "SUCCESS", "last_updated": "2018-12-10T17:16:15Z"}""";
        String price221 = "{\"excl_vat\": 4.00, \"incl_vat\": 4.40}";
        String price230 = """
                {"before_taxes": 4.00, "taxes": [{"name": "VAT", "percentage": 10, "amount": 0.40}]}""";

        ReadResult<FinancialAdviceConfirmation> as221 =
                json.read(advice.formatted(price221), FinancialAdviceConfirmation.class);
        ReadResult<FinancialAdviceConfirmation> as230 =
                json.read(advice.formatted(price230), FinancialAdviceConfirmation.class);

        assertThat(as221.violations()).containsExactly(new Violation("total_costs.before_taxes", "required"));
        assertThat(as230.violations()).isEmpty();
        assertThat(as230.get().totalCosts().afterTaxes()).isEqualByComparingTo(new BigDecimal("4.40"));
    }

    @Test
    void theVersionInAUrlIsTheHostsChoiceNotARule() {
        // the module's example URLs say 2.2.1; [[version_information_endpoint]] lets a host choose its URLs
        String body = """
                {"version": "2.3.0", "endpoints": [{"identifier": "payments", "role": "SENDER",
                  "url": "https://ptp.example.com/ocpi/ptp/2.2.1/payments"}]}""";

        assertThat(json.read(body, VersionDetails.class).violations()).isEmpty();
    }

    @Test
    void anActivationMayLeaveOutTerminalIdButEveryOtherRuleStays() {
        // [[mod_payments_ptp_terminal_post_activate_request_body]]: the PTP gives the terminal_id later
        String body = """
                {"location_ids": ["df37373d-1669-4127-a6ac-d86750095119"], "reference": "Term-SerialNumber",
                 "country": "Austria"}""";

        List<Violation> violations = json.read(body, Terminal.class).violations();

        assertThat(violations)
                .containsExactlyInAnyOrder(
                        new Violation("terminal_id", "required"),
                        new Violation("last_updated", "required"),
                        new Violation("country", "CiString(3): 7 characters, at most 3 allowed"),
                        new Violation("country", "ISO 3166-1 alpha-3: \"Austria\" is not a country code"));
        assertThat(Terminal.activationViolations(violations))
                .containsExactlyInAnyOrder(
                        new Violation("last_updated", "required"),
                        new Violation("country", "CiString(3): 7 characters, at most 3 allowed"),
                        new Violation("country", "ISO 3166-1 alpha-3: \"Austria\" is not a country code"));
    }

    @Test
    void aPatchOfTheAssignedLocationsReplacesThemAndLeavesTheEvsesAlone() {
        // [[mod_payments_ptp_patch_terminal_method]] with [[transport_and_format_patch]]: a field sent replaces
        // the old value; a field left out stays
        Terminal terminal = Terminal.builder()
                .terminalId("9e94f62c")
                .locationIds(List.of(CiString.of("LOC1")))
                .evseUids(List.of(CiString.of("EVSE1")))
                .lastUpdated(Instant.parse("2018-12-10T17:16:15Z"))
                .build();
        String body = """
                {"location_ids": ["LOC2", "LOC3"], "last_updated": "2019-01-01T00:00:00Z"}""";
        TerminalPatch patch = json.read(body, TerminalPatch.class).get();

        Terminal assigned = patch.applyTo(terminal);

        assertThat(assigned.locationIds()).containsExactly(CiString.of("LOC2"), CiString.of("LOC3"));
        assertThat(assigned.evseUids()).containsExactly(CiString.of("EVSE1"));
        assertThat(assigned.lastUpdated()).isEqualTo(Instant.parse("2019-01-01T00:00:00Z"));
    }
}
