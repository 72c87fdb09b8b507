package io.github.ocpi4j.model.v230.pricing;

import static io.github.ocpi4j.model.v221.pricing.Periods.startingAt;
import static io.github.ocpi4j.model.v230.pricing.Sessions.price;
import static io.github.ocpi4j.model.v230.pricing.Sessions.tariff;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.v230.types.Price;
import io.github.ocpi4j.model.v230.types.TaxAmount;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How {@code tax_included} ({@code [[mod_tariffs_taxincluded_enum]]}) and {@code PriceLimit} shape 2.3.0 totals. */
class TaxRulesTest {
    private static final String TIME_2_20_AT_10 =
            "{\"price_components\":[{\"type\":\"TIME\",\"price\":2.20,\"vat\":10," + "\"step_size\":1}]}";

    private static Price total(String fields, String... elements) {
        return price(startingAt("2024-06-03T10:00").charging(150, "30"), tariff(fields, elements))
                .totalCost();
    }

    private static Price withVat(String before, String percentage, String vat) {
        return Price.of(
                new BigDecimal(before), List.of(TaxAmount.of("VAT", new BigDecimal(percentage), new BigDecimal(vat))));
    }

    @Test
    void pricesThatIncludeVatHaveItSplitOut() {
        // tax_included YES: 2.5 h at 2.20 with 10 % in it is 5.50: 5.00 before taxes and 0.50 VAT
        assertThat(total("\"tax_included\":\"YES\",", TIME_2_20_AT_10)).isEqualTo(withVat("5.00", "10", "0.50"));
    }

    @Test
    void pricesWithoutVatHaveItAdded() {
        // tax_included NO: 2.5 h at 2.20 plus 10 % is 5.50 and 0.55 VAT
        assertThat(total("\"tax_included\":\"NO\",", TIME_2_20_AT_10)).isEqualTo(withVat("5.50", "10", "0.55"));
    }

    @Test
    void vatSplitOutOfAnInclusivePriceIsExactAndRoundedOnce() {
        // 1 h at 1.00 with 21 % in it: 1/1.21 = 0.826446..., so 0.8264 before taxes and 0.1736 VAT, adding up to 1.00
        Price total = price(
                        startingAt("2024-06-03T10:00").charging(60, "5"),
                        tariff(
                                "\"tax_included\":\"YES\",",
                                "{\"price_components\":[{\"type\":\"TIME\",\"price\":1,\"vat\":21,\"step_size\":1}]}"))
                .totalCost();

        assertThat(total).isEqualTo(withVat("0.8264", "21", "0.1736"));
        assertThat(total.afterTaxes()).isEqualByComparingTo("1.00");
    }

    @Test
    void aTariffWithoutTaxesListsNoneEvenWithAVat() {
        // tax_included N/A: no tax applies; a vat (which validation reports) is not added
        assertThat(total("\"tax_included\":\"N/A\",", TIME_2_20_AT_10)).isEqualTo(Price.of(new BigDecimal("5.50")));
    }

    @Test
    void maximumAfterTaxesCapsTheTotalWithTheVatAndScalesTheVat() {
        // [[mod_tariffs_pricelimit_class]]: 5.00 + 0.50 VAT, after_taxes capped at 5.28: VAT 0.28 at 10 %
        assertThat(total(
                        "\"tax_included\":\"YES\",\"max_price\":{\"before_taxes\":6,\"after_taxes\":5.28},",
                        TIME_2_20_AT_10))
                .isEqualTo(withVat("5.00", "10", "0.28"));
    }

    @Test
    void minimumBeforeTaxesRaisesTheTotalAndItsVatInProportion() {
        // [[mod_tariffs_tariff_object]] min_price: before_taxes 6.00 raises 5.00 + 0.50 to 6.00 + 0.60
        assertThat(total("\"tax_included\":\"YES\",\"min_price\":{\"before_taxes\":6},", TIME_2_20_AT_10))
                .isEqualTo(withVat("6.00", "10", "0.60"));
    }

    @Test
    void taxesAddedLaterLeaveTheAfterTaxesBoundToWhoeverAddsThem() {
        // tax_included NO without vat: 5.50 before taxes; after_taxes 5.00 cannot be checked here (the taxes are not
        // known) while before_taxes 5.20 caps: 5.20, no taxes listed
        assertThat(total(
                        "\"tax_included\":\"NO\",\"max_price\":{\"before_taxes\":5.20,\"after_taxes\":5.00},",
                        "{\"price_components\":[{\"type\":\"TIME\",\"price\":2.20,\"step_size\":1}]}"))
                .isEqualTo(Price.of(new BigDecimal("5.20")));
    }

    @Test
    void pricesWithTaxesOfNoStatedRateAreBoundedAfterTaxes() {
        // tax_included YES without vat: 5.50 with its taxes in it; max after_taxes 5.25 caps it, before_taxes 5.40 is
        // not compared with an amount that holds taxes
        assertThat(total(
                        "\"tax_included\":\"YES\",\"max_price\":{\"before_taxes\":5.40,\"after_taxes\":5.25},",
                        "{\"price_components\":[{\"type\":\"TIME\",\"price\":2.20,\"step_size\":1}]}"))
                .isEqualTo(Price.of(new BigDecimal("5.25")));
    }

    @Test
    void aMissingTaxIncludedReadsAsNo() {
        // a partner's tariff without the required tax_included: prices before taxes, as in 2.2.1
        assertThat(total("", TIME_2_20_AT_10)).isEqualTo(withVat("5.50", "10", "0.55"));
    }
}
