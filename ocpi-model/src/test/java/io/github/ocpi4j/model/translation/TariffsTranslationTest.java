package io.github.ocpi4j.model.translation;

import static io.github.ocpi4j.model.translation.Fixtures.assertValidAndWrittenAs;
import static io.github.ocpi4j.model.translation.Fixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.v230.tariffs.Tariff;
import org.junit.jupiter.api.Test;

/**
 * Tariffs: {@code tax_included} ({@code [[mod_tariffs_taxincluded_enum]]}), {@code min_price} and {@code max_price}
 * as {@code PriceLimit}s ({@code [[mod_tariffs_pricelimit_class]]}) and {@code preauthorize_amount}, new in 2.3.0
 * ({@code [[mod_tariffs_tariff_object]]}); also inside a CDR.
 */
class TariffsTranslationTest {

    /** A Tariff of either version with two price components, the first with a VAT rate; {@code %s} for more fields. */
    private static String tariff(String vat, String more) {
        return """
                {'country_code': 'DE', 'party_id': 'ALL', 'id': 'T1', 'currency': 'EUR',
                 'elements': [{'price_components': [{'type': 'ENERGY', 'price': 0.30 %s, 'step_size': 1},
                   {'type': 'FLAT', 'price': 0.50, 'step_size': 1}]}],
                 %s 'last_updated': '2024-05-01T10:00:00Z'}""".formatted(vat, more);
    }

    private static Translated<io.github.ocpi4j.model.v221.tariffs.Tariff> towards221(String vat, String taxIncluded) {
        return V230ToV221.tariff(read(tariff(vat, "'tax_included': '" + taxIncluded + "',"), Tariff.class));
    }

    /** 2.2.1 prices exclude VAT by definition ({@code [[mod_tariffs_pricecomponent_class]]}): taxes come on top. */
    @Test
    void a221TariffHasItsTaxesNotIncludedAndKeepsItsVat() {
        var source = read(tariff(", 'vat': 21", ""), io.github.ocpi4j.model.v221.tariffs.Tariff.class);

        Translated<Tariff> translated = V221ToV230.tariff(source);

        assertThat(translated.losses()).isEmpty();
        assertValidAndWrittenAs(translated.value(), tariff(", 'vat': 21", "'tax_included': 'NO',"));
    }

    @Test
    void minAndMaxPriceBecomePriceLimitsAndBackWithoutLoss() {
        var source = read(
                tariff("", "'min_price': {'excl_vat': 0.50, 'incl_vat': 0.55}, 'max_price': {'excl_vat': 10.00},"),
                io.github.ocpi4j.model.v221.tariffs.Tariff.class);

        Translated<Tariff> there = V221ToV230.tariff(source);
        var back = V230ToV221.tariff(there.value());

        assertValidAndWrittenAs(
                there.value(),
                tariff(
                        "",
                        "'min_price': {'before_taxes': 0.50, 'after_taxes': 0.55},"
                                + " 'max_price': {'before_taxes': 10.00}, 'tax_included': 'NO',"));
        assertThat(back.value()).isEqualTo(source);
        assertThat(there.losses()).isEmpty();
        assertThat(back.losses()).isEmpty();
    }

    @Test
    void taxesNotIncludedIsWhat221PricesAreSoNothingIsLost() {
        var translated = towards221(", 'vat': 21", "NO");

        assertThat(translated.losses()).isEmpty();
        assertValidAndWrittenAs(translated.value(), tariff(", 'vat': 21", ""));
    }

    @Test
    void pricesThatIncludeTheTaxesAreKeptAsTheAmountsToPayWithoutTheirVat() {
        var translated = towards221(", 'vat': 21", "YES");

        assertValidAndWrittenAs(translated.value(), tariff("", ""));
        assertThat(translated.losses())
                .containsExactly(
                        new Loss(
                                "tax_included",
                                "OCPI 2.2.1 prices exclude VAT and cannot say that these include taxes; carried as the"
                                        + " amounts to pay, without VAT on top"),
                        new Loss(
                                "elements[0].price_components[0].vat",
                                "the price already includes it, and a 2.2.1 reader would add it on top; left out (was"
                                        + " 21)"));
    }

    @Test
    void thatNoTaxAppliesAtAllIsLost() {
        var translated = towards221("", "N/A");

        assertValidAndWrittenAs(translated.value(), tariff("", ""));
        assertThat(translated.losses())
                .containsExactly(new Loss(
                        "tax_included",
                        "OCPI 2.2.1 cannot say that no tax applies at all; it reads these prices as before VAT, with"
                                + " no VAT"));
    }

    @Test
    void theAmountToPreauthorizeIsLost() {
        var source = read(tariff("", "'preauthorize_amount': 25.00, 'tax_included': 'NO',"), Tariff.class);

        var translated = V230ToV221.tariff(source);

        assertValidAndWrittenAs(translated.value(), tariff("", ""));
        assertThat(translated.losses())
                .containsExactly(new Loss("preauthorize_amount", "OCPI 2.2.1 has no such field; left out (was 25.00)"));
    }

    @Test
    void theTariffsOfACdrAreTranslatedWithTheirPlaceInTheCdr() {
        String cdr = """
                {'country_code': 'BE', 'party_id': 'BEC', 'id': 'C1', 'start_date_time': '2024-05-01T10:00:00Z',
                 'end_date_time': '2024-05-01T11:00:00Z', 'cdr_token': {'country_code': 'DE', 'party_id': 'TNM',
                 'uid': 'U1', 'type': 'RFID', 'contract_id': 'DE-TNM-C1'}, 'auth_method': 'WHITELIST',
                 'cdr_location': {'id': 'L1', 'address': 'Street 1', 'city': 'Gent', 'country': 'BEL',
                  'coordinates': {'latitude': '51.047599', 'longitude': '3.729944'}, 'evse_uid': 'E1',
                  'evse_id': 'BE*BEC*E1', 'connector_id': '1', 'connector_standard': 'IEC_62196_T2',
                  'connector_format': 'SOCKET', 'connector_power_type': 'AC_1_PHASE'},
                 'currency': 'EUR', 'tariffs': [%s],
                 'charging_periods': [{'start_date_time': '2024-05-01T10:00:00Z',
                  'dimensions': [{'type': 'ENERGY', 'volume': 10}], 'tariff_id': 'T1'}],
                 'total_cost': %s, 'total_energy': 10, 'total_time': 1, 'last_updated': '2024-05-01T11:00:00Z'}""";
        var source = read(
                cdr.formatted(
                        tariff(", 'vat': 21", "'tax_included': 'YES',"),
                        "{'before_taxes': 3.50, 'taxes': [{'name': 'VAT', 'percentage': 21, 'amount': 0.74}]}"),
                io.github.ocpi4j.model.v230.cdrs.CDR.class);

        var translated = V230ToV221.cdr(source);

        assertValidAndWrittenAs(
                translated.value(), cdr.formatted(tariff("", ""), "{'excl_vat': 3.50, 'incl_vat': 4.24}"));
        assertThat(translated.losses())
                .extracting(Loss::path)
                .containsExactly(
                        "tariffs[0].tax_included",
                        "tariffs[0].elements[0].price_components[0].vat",
                        "total_cost.taxes[0].percentage");
    }
}
