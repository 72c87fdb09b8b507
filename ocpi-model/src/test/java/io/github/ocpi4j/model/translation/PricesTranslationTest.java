package io.github.ocpi4j.model.translation;

import static io.github.ocpi4j.model.translation.Fixtures.assertValidAndWrittenAs;
import static io.github.ocpi4j.model.translation.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.PatchField;
import io.github.ocpi4j.model.v230.sessions.Session;
import io.github.ocpi4j.model.v230.sessions.SessionPatch;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Prices between 2.2.1's {@code excl_vat}/{@code incl_vat} and 2.3.0's {@code before_taxes}/{@code taxes}
 * ({@code [[types_price_class]]}, {@code [[types_tax_amount_class]]}), in Sessions, their PATCHes and CDRs.
 */
class PricesTranslationTest {

    /** A Session of either version, costing the given Price. */
    private static String session(String totalCost) {
        return """
                {'country_code': 'NL', 'party_id': 'CPO', 'id': 'S1', 'start_date_time': '2024-05-01T10:00:00Z',
                 'kwh': 10, 'cdr_token': {'country_code': 'NL', 'party_id': 'EMS', 'uid': 'U1', 'type': 'RFID',
                 'contract_id': 'NL-EMS-C1'}, 'auth_method': 'WHITELIST', 'location_id': 'L1', 'evse_uid': 'E1',
                 'connector_id': '1', 'currency': 'EUR', 'total_cost': %s, 'status': 'ACTIVE',
                 'last_updated': '2024-05-01T10:05:00Z'}""".formatted(totalCost);
    }

    private static Translated<io.github.ocpi4j.model.v221.sessions.Session> towards221(String totalCost) {
        return V230ToV221.session(read(session(totalCost), Session.class));
    }

    @Test
    void theVatOfA221PriceBecomesOneTaxNamedVatWithoutARate() {
        var source = read(
                session("{'excl_vat': 8.50, 'incl_vat': 9.35}"), io.github.ocpi4j.model.v221.sessions.Session.class);

        Translated<Session> translated = V221ToV230.session(source);

        assertThat(translated.losses()).isEmpty();
        assertValidAndWrittenAs(
                translated.value(), session("{'before_taxes': 8.50, 'taxes': [{'name': 'VAT', 'amount': 0.85}]}"));
    }

    @Test
    void a221PriceWithoutVatGetsNoTaxes() {
        var source = read(session("{'excl_vat': 2.50}"), io.github.ocpi4j.model.v221.sessions.Session.class);

        Translated<Session> translated = V221ToV230.session(source);

        assertThat(translated.losses()).isEmpty();
        assertValidAndWrittenAs(translated.value(), session("{'before_taxes': 2.50}"));
    }

    @Test
    void aTaxNamedVatFoldsIntoInclVatWithoutLoss() {
        var translated = towards221("{'before_taxes': 10.00, 'taxes': [{'name': 'VAT', 'amount': 2.10}]}");

        assertThat(translated.losses()).isEmpty();
        assertValidAndWrittenAs(translated.value(), session("{'excl_vat': 10.00, 'incl_vat': 12.10}"));
    }

    @Test
    void whatAVatSaysBeyondItsAmountIsLost() {
        var translated = towards221("""
                {'before_taxes': 10.00, 'taxes': [{'name': 'BTW', 'account_number': 'NL001234567B01',
                 'percentage': 21, 'amount': 2.10}]}""");

        assertValidAndWrittenAs(translated.value(), session("{'excl_vat': 10.00, 'incl_vat': 12.10}"));
        assertThat(translated.losses())
                .containsExactly(
                        new Loss(
                                "total_cost.taxes[0].name",
                                "OCPI 2.2.1 calls the tax on a price VAT; the name \"BTW\" is not kept"),
                        new Loss(
                                "total_cost.taxes[0].percentage",
                                "OCPI 2.2.1 states no tax rate on a price; left out (was 21)"),
                        new Loss(
                                "total_cost.taxes[0].account_number",
                                "OCPI 2.2.1 states no tax account number; left out (was \"NL001234567B01\")"));
    }

    @Test
    void severalVatsAreAddedUpIntoInclVat() {
        var translated = towards221("""
                {'before_taxes': 10.00, 'taxes': [{'name': 'VAT', 'percentage': 9, 'amount': 0.45},
                 {'name': 'VAT', 'percentage': 21, 'amount': 1.05}]}""");

        assertValidAndWrittenAs(translated.value(), session("{'excl_vat': 10.00, 'incl_vat': 11.50}"));
        assertThat(translated.losses())
                .extracting(Loss::path)
                .containsExactly(
                        "total_cost.taxes", "total_cost.taxes[0].percentage", "total_cost.taxes[1].percentage");
        assertThat(translated.losses().get(0).what())
                .isEqualTo("2 taxes added up into incl_vat; OCPI 2.2.1 cannot list them one by one");
    }

    @Test
    void taxesThatAreNoVatLeaveInclVatOutAndAreLost() {
        var translated = towards221("""
                {'before_taxes': 10.00, 'taxes': [{'name': 'GST', 'percentage': 5, 'amount': 0.50},
                 {'name': 'QST', 'percentage': 9.975, 'amount': 1.00}]}""");

        assertValidAndWrittenAs(translated.value(), session("{'excl_vat': 10.00}"));
        assertThat(translated.losses()).hasSize(1);
        assertThat(translated.losses().get(0).path()).isEqualTo("total_cost.taxes");
        assertThat(translated.losses().get(0).what())
                .startsWith("OCPI 2.2.1 only knows the price including VAT, and GST, QST are no VAT; incl_vat left out"
                        + " (was [{\"name\":\"GST\",");
    }

    @Test
    void aPriceWithoutTaxesHasNoInclVat() {
        var translated = towards221("{'before_taxes': 2.50}");

        assertThat(translated.losses()).isEmpty();
        assertValidAndWrittenAs(translated.value(), session("{'excl_vat': 2.50}"));
    }

    @Test
    void aSessionPatchSettingTheCostChangesItLikeASession() {
        var patch = read(
                "{'total_cost': {'excl_vat': 0.60, 'incl_vat': 0.66}, 'last_updated': '2024-05-01T10:05:00Z'}",
                io.github.ocpi4j.model.v221.sessions.SessionPatch.class);

        Translated<SessionPatch> translated = V221ToV230.sessionPatch(patch);

        assertThat(translated.losses()).isEmpty();
        assertValidAndWrittenAs(
                translated.value(),
                "{'total_cost': {'before_taxes': 0.60, 'taxes': [{'name': 'VAT', 'amount': 0.06}]},"
                        + " 'last_updated': '2024-05-01T10:05:00Z'}");
    }

    /** {@code [[transport_and_format_patch]]}: {@code null} clears a field, absent leaves it as it is. */
    @Test
    void aSessionPatchClearingTheCostStillClearsIt() {
        var patch = read(
                "{'total_cost': null, 'last_updated': '2024-05-01T10:05:00Z'}",
                io.github.ocpi4j.model.v221.sessions.SessionPatch.class);

        Translated<SessionPatch> there = V221ToV230.sessionPatch(patch);
        var back = V230ToV221.sessionPatch(there.value());

        assertThat(there.value().totalCost()).isEqualTo(PatchField.ofNull());
        assertThat(there.value().kwh()).isEqualTo(PatchField.absent());
        assertThat(back.value()).isEqualTo(patch);
        assertThat(List.of(there.losses(), back.losses())).allMatch(List::isEmpty);
    }

    @ParameterizedTest
    @ValueSource(strings = {"VAT", "BTW", "BTW hoog", "MwSt.", "USt", "TVA", "IVA", "moms", "ALV", "ÁFA", "ΦΠΑ", "ДДС"})
    void namesOfValueAddedTaxesInEuropeCountAsVat(String name) {
        assertThat(Differences.isVat(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"GST", "QST", "HST", "Sales tax", "City tax", "VATICAN levy", ""})
    void otherTaxesAreNoVat(String name) {
        assertThat(Differences.isVat(name)).isFalse();
    }
}
