package io.github.ocpi4j.model.v230.pricing;

import static io.github.ocpi4j.model.v221.pricing.Periods.startingAt;
import static io.github.ocpi4j.model.v230.pricing.Sessions.price;
import static io.github.ocpi4j.model.v230.pricing.Sessions.specTariff;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.SpecFiles;
import io.github.ocpi4j.model.v221.cdrs.CdrDimensionType;
import io.github.ocpi4j.model.v221.pricing.Periods;
import io.github.ocpi4j.model.v230.cdrs.CDR;
import io.github.ocpi4j.model.v230.tariffs.Tariff;
import io.github.ocpi4j.model.v230.types.Price;
import io.github.ocpi4j.model.v230.types.TaxAmount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every worked example of the 2.3.0 {@code mod_tariffs.asciidoc} that states a cost, priced from its tariff (the
 * repository's copy of the 2.3.0 examples) with the session it describes: the total before taxes, the total after
 * them, and where the example shows them, the taxes by rate. An example under {@code [[mod_tariffs_examples]]} is
 * cited by its own anchor, or by its title when the anchor is very long.
 */
class SpecWorkedExamplesTest {

    private static void assertCost(PricingResult result, String beforeTaxes, String afterTaxes) {
        assertThat(result.totalCost().beforeTaxes()).isEqualByComparingTo(beforeTaxes);
        assertThat(result.totalCost().afterTaxes()).isEqualByComparingTo(afterTaxes);
    }

    private static TaxAmount vat(String percentage, String amount) {
        return TaxAmount.of("VAT", new BigDecimal(percentage), new BigDecimal(amount));
    }

    private static void assertTaxes(Price price, TaxAmount... taxes) {
        assertThat(price.taxes()).hasSize(taxes.length);
        for (int i = 0; i < taxes.length; i++) {
            TaxAmount tax = price.taxes().get(i);
            assertThat(tax.name()).isEqualTo(taxes[i].name());
            assertThat(tax.percentage()).isEqualByComparingTo(taxes[i].percentage());
            assertThat(tax.amount()).isEqualByComparingTo(taxes[i].amount());
        }
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    @Test
    void simpleTariffOf25CentPerKwh() {
        // [[mod_tariffs_examples]] "€ 0.25 per kWh": 20 kWh cost 5.00 excl. and 5.50 incl. VAT
        PricingResult result =
                price(startingAt("2024-06-03T10:00").charging(60, "20"), specTariff("tariff_8_simple_025kwh.json"));

        assertCost(result, "5.00", "5.50");
        assertTaxes(result.totalCost(), vat("10", "0.50"));
    }

    @Test
    void perKwhWithAStartFeeListsOneTaxPerVatRate() {
        // [[mod_tariffs_examples]] "€ 0.25 per kWh + start fee": 20 kWh cost 5.50 excl. and 6.10 incl. VAT: 0.50
        // of 10 % on the energy, 0.10 of 20 % on the start fee
        PricingResult result =
                price(startingAt("2024-06-03T10:00").charging(60, "20"), specTariff("tariff_9_025kwh_start.json"));

        assertCost(result, "5.50", "6.10");
        assertTaxes(result.totalCost(), vat("10", "0.50"), vat("20", "0.10"));
        assertTaxes(result.totalFixedCost(), vat("20", "0.10"));
        assertTaxes(result.totalEnergyCost(), vat("10", "0.50"));
    }

    @Test
    void perKwhWithAMinimumPrice() {
        // [[mod_tariffs_examples]] "€ 0.25 per kWh + minimum price": 20 kWh 5.00/5.50; under 2 kWh 0.50/0.55
        Tariff tariff = specTariff("tariff_12_025kwh_min_price.json");

        assertCost(price(startingAt("2024-06-03T10:00").charging(60, "20"), tariff), "5.00", "5.50");
        PricingResult small = price(startingAt("2024-06-03T10:00").charging(10, "1.5"), tariff);
        assertCost(small, "0.50", "0.55");
        assertTaxes(small.totalCost(), vat("10", "0.05"));
    }

    @Test
    void perKwhWithParkingAndAStartFee() {
        // [[mod_tariffs_examples]] "€ 0.25 per kWh + parking fee + start fee": 20 kWh, 40 min parking billed as 45:
        // 7.00 excl. and 7.90 incl. VAT
        PricingResult result = price(
                startingAt("2024-06-03T10:00").charging(90, "20").parking(40),
                specTariff("tariff_10_025kwh_parking_start.json"));

        assertCost(result, "7.00", "7.90");
        assertThat(result.totalParkingCost().beforeTaxes()).isEqualByComparingTo("1.50");
    }

    @Test
    void perKwhWithAStartFeeAndAMaximumPrice() {
        // [[mod_tariffs_examples]] "€ 0.25 per kWh + start fee + max price": 50 kWh 10.00/11.00 (the max_price's
        // before_taxes and after_taxes); 30 kWh 8.00/8.85
        Tariff tariff = specTariff("tariff_6_025kwh_start_max_price.json");

        PricingResult capped = price(startingAt("2019-06-01T10:00").charging(180, "50"), tariff);
        assertCost(capped, "10.00", "11.00");
        assertThat(capped.totalCost().taxes()).extracting(TaxAmount::name).containsOnly("VAT");
        assertCost(price(startingAt("2019-06-01T10:00").charging(120, "30"), tariff), "8.00", "8.85");
    }

    @Test
    void simpleTariffOf2EuroPerHour() {
        // [[mod_tariffs_simple_tariff_example_2_euro_per_hour]]: 2.5 hours cost 5.00 excl. and 5.50 incl. VAT
        assertCost(
                price(startingAt("2024-06-03T10:00").charging(150, "30"), specTariff("tariff_1_simple_2hour.json")),
                "5.00",
                "5.50");
    }

    @Test
    void northAmericanTariffWithoutTaxesListsNoTaxes() {
        // [[mod_tariffs_examples]] "North American taxes": 2.5 hours cost C$ 5.00, taxes added
        // afterwards by local law: none listed here
        PricingResult result = price(
                startingAt("2024-06-03T10:00").charging(150, "30"),
                specTariff("tariff_19_simple_north_american_exclusive.json"));

        assertThat(result.totalCost()).isEqualTo(Price.of(new BigDecimal("5.00")));
        assertThat(result.totalTimeCost()).isEqualTo(Price.of(new BigDecimal("5.00")));
    }

    @Test
    void northAmericanTariffWithTaxesIncludedCostsItsPriceWithTheTaxesInIt() {
        // [[mod_tariffs_examples]] "North American taxes, price inclusive of tax": 2.5 hours at C$ 2.10 cost C$ 5.25,
        // all
        // taxes in it; their rate is not stated, so they are not split out
        PricingResult result = price(
                startingAt("2024-06-03T10:00").charging(150, "30"),
                specTariff("tariff_20_simple_north_american_inclusive.json"));

        assertThat(result.totalCost()).isEqualTo(Price.of(new BigDecimal("5.25")));
        assertThat(result.totalCost().afterTaxes()).isEqualByComparingTo("5.25");
    }

    @Test
    void threeEuroPerHourChargingAndFivePerHourParking() {
        // [[mod_tariffs_examples]] "€ 3 per hour, € 5 per hour parking": 150 min charging, 42 min parking
        // billed as 45: 11.25 excl. and 12.75 incl. VAT (0.75 at 10 %, 0.75 at 20 %)
        PricingResult result = price(
                startingAt("2024-06-03T10:00").charging(150, "40").parking(42),
                specTariff("tariff_13_simple_3hour_5parking.json"));

        assertCost(result, "11.25", "12.75");
        assertTaxes(result.totalCost(), vat("10", "0.75"), vat("20", "0.75"));
    }

    @Test
    void adHocTariffWithAlternativeText() {
        // [[mod_tariffs_examples]] "Ad-Hoc ... with multiple languages": 2.5 hours cost 4.75 excl. and
        // 5.00 incl. VAT; exactly 4.997 with 5.2 % VAT, which the text shows in cents
        PricingResult result =
                price(startingAt("2024-06-03T10:00").charging(150, "30"), specTariff("tariff_2_alt_text.json"));

        assertCost(result, "4.75", "4.997");
        assertTaxes(result.totalCost(), vat("5.2", "0.247"));
        assertThat(cents(result.totalCost().afterTaxes())).isEqualByComparingTo("5.00");
    }

    @Test
    void startFeeAndEnergyBilledPer100Wh() {
        // [[mod_tariffs_simple_tariff_example_with_alternative_url]] contradicts itself: its list bills 20.45 kWh as
        // 20.5 (energy 5.13/5.64, total 5.63/6.24 in cents), its breakdown table bills 20.45 kWh (5.11/5.62, total
        // 5.61/6.22). The rule of [[mod_tariffs_pricecomponent_class]] (step_size 100 Wh rounds up) gives the list's:
        // exactly 5.125/5.6375 and 5.625/6.2375
        PricingResult result =
                price(startingAt("2024-06-03T10:00").charging(60, "20.45"), specTariff("tariff_3_alt_url.json"));

        assertCost(result, "5.625", "6.2375");
        assertThat(cents(result.totalEnergyCost().beforeTaxes())).isEqualByComparingTo("5.13");
        assertThat(cents(result.totalEnergyCost().afterTaxes())).isEqualByComparingTo("5.64");
        assertThat(cents(result.totalCost().afterTaxes())).isEqualByComparingTo("6.24");
    }

    @Test
    void complexTariffOnAMondayMorning() {
        // [[mod_tariffs_complex_tariff_example]]: Monday 09:30, 165 min at 16 A, 42 min parking billed as 45:
        // flat 2.50/2.875, charging 2.75/3.30, parking 3.75/4.125: 9.00 excl. and 10.30 incl. VAT
        PricingResult result = price(
                startingAt("2024-06-03T09:30")
                        .charging(165, "10", CdrDimensionType.MAX_CURRENT, 16)
                        .parking(42),
                specTariff("tariff_4_complex.json"));

        assertCost(result, "9.00", "10.30");
        assertTaxes(result.totalCost(), vat("10", "0.375"), vat("15", "0.375"), vat("20", "0.55"));
    }

    @Test
    void complexTariffOnASaturdayAfternoon() {
        // [[mod_tariffs_complex_tariff_example]] contradicts itself: its breakdown prices 114 min at 1.25 per hour as
        // 2.28 (2.736 with VAT), totals 12.28/13.861; 114 min at the weekend element's 1.25 per hour is 2.375, so the
        // session costs 2.50 + 2.375 + 7.50 = 12.375 excl. and 2.875 + 2.85 + 8.25 = 13.975 incl. VAT
        PricingResult result = price(
                startingAt("2024-06-08T13:30")
                        .charging(114, "30", CdrDimensionType.MIN_CURRENT, 43)
                        .parking(71),
                specTariff("tariff_4_complex.json"));

        assertThat(result.totalParkingCost().beforeTaxes()).isEqualByComparingTo("7.50");
        assertThat(result.totalParkingCost().afterTaxes()).isEqualByComparingTo("8.25");
        assertCost(result, "12.375", "13.975");
    }

    @Test
    void freeOfCharge() {
        // [[mod_tariffs_free_of_charge_tariff_example]]
        assertCost(
                price(
                        startingAt("2024-06-03T10:00").charging(60, "20").parking(30),
                        specTariff("tariff_5_free_of_charge.json")),
                "0.00",
                "0.00");
    }

    @Test
    void reservationAtFiveEuroPerHour() {
        // [[mod_tariffs_examples]] "with reservation price": charging 15 min after the reservation,
        // 20 kWh: 6.75 excl. and 7.60 incl. VAT; the reservation 1.25/1.50
        PricingResult result = price(
                startingAt("2024-06-03T10:00").reserved(15).charging(60, "20"),
                specTariff("tariff_15_reservation_5_euro_per_hour.json"));

        assertCost(result, "6.75", "7.60");
        assertThat(result.totalReservationCost())
                .isEqualTo(Price.of(new BigDecimal("1.25"), List.of(vat("20", "0.25"))));
    }

    @Test
    void reservationWithAFeeAndFiveEuroPerHour() {
        // [[mod_tariffs_examples]] "with reservation price and fee": 13 min billed as 15: 8.75 excl.
        // and 10.00 incl. VAT
        assertCost(
                price(
                        startingAt("2024-06-03T10:00").reserved(13).charging(60, "20"),
                        specTariff("tariff_16_reservation_2_euro_fee_5_euro_per_hour.json")),
                "8.75",
                "10.00");
    }

    @Test
    void reservationWithAnExpiryFee() {
        // [[mod_tariffs_tariff_example_17_reservation_with_expire_fee]]: used after 22 min (billed as 30):
        // 6.50/7.30; expired after 60 min: fee 4.00 and 60 min: 6.00/7.20
        Tariff tariff = specTariff("tariff_17_reservation_with_expire_fee.json");

        assertCost(price(startingAt("2024-06-03T10:00").reserved(22).charging(60, "20"), tariff), "6.50", "7.30");
        assertCost(price(startingAt("2024-06-03T10:00").reserved(60), tariff), "6.00", "7.20");
    }

    @Test
    void reservationWithAnExpiryTimePrice() {
        // [[mod_tariffs_tariff_example_18_reservation_with_expire_time]]: used after 22 min: 7.00/7.90; expired after
        // 90 min, priced by the RESERVATION_EXPIRES element: 9.00/10.80
        Tariff tariff = specTariff("tariff_18_reservation_with_expire_time.json");

        assertCost(price(startingAt("2024-06-03T10:00").reserved(22).charging(60, "20"), tariff), "7.00", "7.90");
        assertCost(price(startingAt("2024-06-03T10:00").reserved(90), tariff), "9.00", "10.80");
    }

    @Test
    void stepSizeWhenSwitchingElements() {
        // [[mod_tariffs_pricecomponent_class]] examples of tariff_14 (no VAT): #1 16:55, 10 min charging, 2 min
        // parking billed as 15: 0.55; #2 16:35, 35 min charging billed as 45: 1.30; free parking after 20:00: 0.73
        Tariff tariff = specTariff("tariff_14_step_size.json");

        assertCost(
                price(
                        startingAt("2024-06-03T16:55")
                                .charging(5, "1")
                                .charging(5, "1")
                                .parking(2),
                        tariff),
                "0.55",
                "0.55");
        assertCost(price(startingAt("2024-06-03T16:35").charging(25, "4").charging(10, "2"), tariff), "1.30", "1.30");
        assertCost(
                price(
                        startingAt("2024-06-03T19:40")
                                .charging(12, "2")
                                .parking(8)
                                .parking(12),
                        tariff),
                "0.73",
                "0.73");
    }

    @Test
    void maxPowerAndMaxDurationRestrictions() {
        // [[mod_tariffs_tariffrestrictions_class]]: max_power example 20.30 excl. VAT; max_duration example 0.30
        Periods power = startingAt("2024-06-03T10:00")
                .charging(10, "1", CdrDimensionType.MAX_POWER, 6)
                .charging(50, "40", CdrDimensionType.MAX_POWER, 48)
                .charging(8, "0.5", CdrDimensionType.MAX_POWER, 4);
        Periods duration = startingAt("2024-06-03T10:00").charging(30, "5").charging(10, "1.2");

        assertThat(price(power, specTariff("tariffrestriction_example_max_power.json"))
                        .totalCost()
                        .beforeTaxes())
                .isEqualByComparingTo("20.30");
        assertThat(price(duration, specTariff("tariffrestriction_example_max_duration.json"))
                        .totalCost()
                        .beforeTaxes())
                .isEqualByComparingTo("0.30");
    }

    @Test
    void theSpecificationsCdrExampleCostsWhatItSays() {
        // [[mod_cdrs_cdr_object]] example: 1.973 h under 2.00/h with step 300 s, billed as 2 h: 4.00 and VAT 0.40.
        // Its tariff lacks the required tax_included, which reads as NO; the example states no percentage, ours is 10
        CDR cdr = OcpiJson.instance()
                .read(SpecFiles.example("2.3.0", "cdr_example.json"), CDR.class)
                .value()
                .orElseThrow();

        PricingResult result = Pricing.price(cdr.tariffs().get(0), cdr, ZoneId.of("Europe/Brussels"));

        assertThat(result.totalCost().beforeTaxes())
                .isEqualByComparingTo(cdr.totalCost().beforeTaxes());
        assertTaxes(result.totalCost(), vat("10", "0.40"));
        assertThat(result.totalCost().afterTaxes())
                .isEqualByComparingTo(cdr.totalCost().afterTaxes());
        assertThat(result.totalTimeCost().afterTaxes())
                .isEqualByComparingTo(cdr.totalTimeCost().afterTaxes());
        assertThat(result.totalEnergy()).isEqualByComparingTo(cdr.totalEnergy());
    }
}
