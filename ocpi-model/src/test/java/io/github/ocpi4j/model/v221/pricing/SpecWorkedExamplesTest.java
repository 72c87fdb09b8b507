package io.github.ocpi4j.model.v221.pricing;

import static io.github.ocpi4j.model.v221.pricing.Periods.specTariff;
import static io.github.ocpi4j.model.v221.pricing.Periods.startingAt;
import static io.github.ocpi4j.model.v221.pricing.Periods.tariff;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.SpecFiles;
import io.github.ocpi4j.model.v221.cdrs.CDR;
import io.github.ocpi4j.model.v221.cdrs.CdrDimensionType;
import io.github.ocpi4j.model.v221.tariffs.Tariff;
import io.github.ocpi4j.model.v221.types.Price;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Every worked example of {@code mod_tariffs.asciidoc} (and of {@code [[mod_cdrs_step_size]]}) whose text states a
 * cost, priced from its tariff with the session it describes. An example under {@code [[mod_tariffs_examples]]} is
 * cited by its own anchor, or by its title when the anchor is very long.
 */
class SpecWorkedExamplesTest {

    private static void assertCost(PricingResult result, String exclVat, String inclVat) {
        assertThat(result.totalCost().exclVat()).isEqualByComparingTo(exclVat);
        assertThat(result.totalCost().inclVat()).isEqualByComparingTo(inclVat);
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }

    @Test
    void simpleTariffOf25CentPerKwh() {
        // [[mod_tariffs_examples]] "€ 0.25 per kWh": 20 kWh cost 5.00 excl. and 5.50 incl. VAT
        assertCost(
                startingAt("2024-06-03T10:00").charging(60, "20").price(specTariff("tariff_8_simple_025kwh.json")),
                "5.00",
                "5.50");
    }

    @Test
    void perKwhWithAStartFee() {
        // [[mod_tariffs_examples]] "€ 0.25 per kWh + start fee": 20 kWh cost 5.50 excl. and 6.10 incl. VAT
        PricingResult result =
                startingAt("2024-06-03T10:00").charging(60, "20").price(specTariff("tariff_9_025kwh_start.json"));

        assertCost(result, "5.50", "6.10");
        assertThat(result.totalFixedCost()).isEqualTo(new Price(new BigDecimal("0.50"), new BigDecimal("0.60")));
        assertThat(result.totalEnergyCost()).isEqualTo(new Price(new BigDecimal("5.00"), new BigDecimal("5.50")));
    }

    @Test
    void perKwhWithAMinimumPrice() {
        // [[mod_tariffs_examples]] "€ 0.25 per kWh + minimum price": 20 kWh 5.00/5.50; under 2 kWh 0.50/0.55
        Tariff tariff = specTariff("tariff_12_025kwh_min_price.json");

        assertCost(startingAt("2024-06-03T10:00").charging(60, "20").price(tariff), "5.00", "5.50");
        PricingResult small = startingAt("2024-06-03T10:00").charging(10, "1.5").price(tariff);
        assertCost(small, "0.50", "0.55");
        assertThat(small.explanation())
                .last()
                .satisfies(line -> assertThat(line.note()).startsWith("min_price"));
    }

    @Test
    void perKwhWithParkingAndAStartFee() {
        // [[mod_tariffs_examples]] "€ 0.25 per kWh + parking fee + start fee": 20 kWh, 40 min parking billed as
        // 45: 7.00 excl. and 7.90 incl. VAT
        PricingResult result = startingAt("2024-06-03T10:00")
                .charging(90, "20")
                .parking(40)
                .price(specTariff("tariff_10_025kwh_parking_start.json"));

        assertCost(result, "7.00", "7.90");
        assertThat(result.totalParkingCost().exclVat()).isEqualByComparingTo("1.50");
        assertThat(result.totalParkingTime()).isEqualByComparingTo("0.6667");
    }

    @Test
    void perKwhWithAStartFeeAndAMaximumPrice() {
        // [[mod_tariffs_examples]] "€ 0.25 per kWh + start fee + max price": 50 kWh 10.00/11.00; 30 kWh
        // 8.00/8.85
        Tariff tariff = specTariff("tariff_6_025kwh_start_max_price.json");

        assertCost(startingAt("2019-06-01T10:00").charging(180, "50").price(tariff), "10.00", "11.00");
        assertCost(startingAt("2019-06-01T10:00").charging(120, "30").price(tariff), "8.00", "8.85");
    }

    @Test
    void simpleTariffOf2EuroPerHour() {
        // [[mod_tariffs_simple_tariff_example_2_euro_per_hour]]: 2.5 hours cost 5.00 excl. and 5.50 incl. VAT
        assertCost(
                startingAt("2024-06-03T10:00").charging(150, "30").price(specTariff("tariff_1_simple_2hour.json")),
                "5.00",
                "5.50");
    }

    @Test
    void threeEuroPerHourChargingAndFivePerHourParking() {
        // [[mod_tariffs_examples]] "€ 3 per hour, € 5 per hour parking": 150 min charging, 42 min parking billed
        // as 45: 11.25 excl. and 12.75 incl. VAT
        assertCost(
                startingAt("2024-06-03T10:00")
                        .charging(150, "40")
                        .parking(42)
                        .price(specTariff("tariff_13_simple_3hour_5parking.json")),
                "11.25",
                "12.75");
    }

    @Test
    void adHocTariffWithAlternativeText() {
        // [[mod_tariffs_examples]] "Ad-Hoc ... with multiple languages": 2.5 hours cost 4.75 excl. and 5.00 incl.
        // VAT; the exact cost incl. 5.2% VAT is 4.997, which the text shows in cents
        PricingResult result =
                startingAt("2024-06-03T10:00").charging(150, "30").price(specTariff("tariff_2_alt_text.json"));

        assertCost(result, "4.75", "4.997");
        assertThat(cents(result.totalCost().inclVat())).isEqualByComparingTo("5.00");
    }

    @Test
    void startFeeAndEnergyBilledPer100Wh() {
        // [[mod_tariffs_simple_tariff_example_with_alternative_url]]: 20.45 kWh billed as 20.5: energy 5.13/5.64,
        // total 5.63/6.24 in cents (exactly 5.125/5.6375 and 5.625/6.2375)
        PricingResult result =
                startingAt("2024-06-03T10:00").charging(60, "20.45").price(specTariff("tariff_3_alt_url.json"));

        assertCost(result, "5.625", "6.2375");
        assertThat(cents(result.totalEnergyCost().exclVat())).isEqualByComparingTo("5.13");
        assertThat(cents(result.totalEnergyCost().inclVat())).isEqualByComparingTo("5.64");
        assertThat(cents(result.totalCost().exclVat())).isEqualByComparingTo("5.63");
        assertThat(cents(result.totalCost().inclVat())).isEqualByComparingTo("6.24");
    }

    @Test
    void complexTariffOnAMondayMorning() {
        // [[mod_tariffs_complex_tariff_example]]: Monday 09:30, 165 min at 16 A, 42 min parking billed as 45:
        // flat 2.50/2.875, charging 2.75/3.30, parking 3.75/4.125: 9.00 excl. and 10.30 incl. VAT
        PricingResult result = startingAt("2024-06-03T09:30")
                .charging(165, "10", CdrDimensionType.MAX_CURRENT, 16)
                .parking(42)
                .price(specTariff("tariff_4_complex.json"));

        assertCost(result, "9.00", "10.30");
        assertThat(result.totalFixedCost().inclVat()).isEqualByComparingTo("2.875");
        assertThat(result.totalTimeCost().exclVat()).isEqualByComparingTo("2.75");
        assertThat(result.totalParkingCost().inclVat()).isEqualByComparingTo("4.125");
    }

    @Test
    void complexTariffOnASaturdayAfternoon() {
        // [[mod_tariffs_complex_tariff_example]]: Saturday 13:30, 114 min at 43 A, 71 min parking billed as 75.
        // The text states 12.28 excl. and 13.861 incl. VAT, but its breakdown prices the 114 minutes at 1.20 per
        // hour (2.28) while the tariff's weekend element says 1.25 per hour: 114 min at 1.25 is 2.375, so the
        // session costs 2.50 + 2.375 + 7.50 = 12.375 excl. and 2.875 + 2.85 + 8.25 = 13.975 incl. VAT.
        PricingResult result = startingAt("2024-06-08T13:30")
                .charging(114, "30", CdrDimensionType.MIN_CURRENT, 43)
                .parking(71)
                .price(specTariff("tariff_4_complex.json"));

        assertThat(result.totalParkingCost()).isEqualTo(new Price(new BigDecimal("7.50"), new BigDecimal("8.25")));
        assertThat(result.totalTimeCost().exclVat()).isEqualByComparingTo("2.375");
        assertCost(result, "12.375", "13.975");
    }

    @Test
    void freeOfCharge() {
        // [[mod_tariffs_free_of_charge_tariff_example]]
        assertCost(
                startingAt("2024-06-03T10:00")
                        .charging(60, "20")
                        .parking(30)
                        .price(specTariff("tariff_5_free_of_charge.json")),
                "0.00",
                "0.00");
    }

    @Test
    void reservationAtFiveEuroPerHour() {
        // [[mod_tariffs_examples]] "with reservation price": charging started 15 min after the reservation,
        // 20 kWh: 6.75 excl. and 7.60 incl. VAT
        PricingResult result = startingAt("2024-06-03T10:00")
                .reserved(15)
                .charging(60, "20")
                .price(specTariff("tariff_15_reservation_5_euro_per_hour.json"));

        assertCost(result, "6.75", "7.60");
        assertThat(result.totalReservationCost()).isEqualTo(new Price(new BigDecimal("1.25"), new BigDecimal("1.50")));
    }

    @Test
    void reservationWithAFeeAndFiveEuroPerHour() {
        // [[mod_tariffs_examples]] "with reservation price and fee": 13 min billed as 15: 8.75 excl. and 10.00
        // incl. VAT
        PricingResult result = startingAt("2024-06-03T10:00")
                .reserved(13)
                .charging(60, "20")
                .price(specTariff("tariff_16_reservation_2_euro_fee_5_euro_per_hour.json"));

        assertCost(result, "8.75", "10.00");
        assertThat(result.totalReservationCost()).isEqualTo(new Price(new BigDecimal("3.25"), new BigDecimal("3.90")));
        assertThat(result.totalFixedCost().exclVat()).isEqualByComparingTo("0.50");
    }

    @Test
    void reservationWithAnExpiryFee() {
        // [[mod_tariffs_tariff_example_17_reservation_with_expire_fee]]: used after 22 min (billed as 30):
        // 6.50/7.30; expired after 60 min: fee 4.00 and 60 min: 6.00/7.20
        Tariff tariff = specTariff("tariff_17_reservation_with_expire_fee.json");

        assertCost(
                startingAt("2024-06-03T10:00").reserved(22).charging(60, "20").price(tariff), "6.50", "7.30");
        assertCost(startingAt("2024-06-03T10:00").reserved(60).price(tariff), "6.00", "7.20");
    }

    @Test
    void reservationWithAnExpiryTimePrice() {
        // [[mod_tariffs_tariff_example_18_reservation_with_expire_time]]: used after 22 min: 7.00/7.90; expired
        // after 90 min, priced by the RESERVATION_EXPIRES element: 9.00/10.80
        Tariff tariff = specTariff("tariff_18_reservation_with_expire_time.json");

        assertCost(
                startingAt("2024-06-03T10:00").reserved(22).charging(60, "20").price(tariff), "7.00", "7.90");
        assertCost(startingAt("2024-06-03T10:00").reserved(90).price(tariff), "9.00", "10.80");
    }

    @Test
    void stepSizeOfTheLastParkingPeriodWhenSwitchingElements() {
        // [[mod_tariffs_pricecomponent_class]] "switching to different Tariff Element #1": 16:55, 10 min charging,
        // 2 min parking billed as 15: 0.10 + 0.20 + 0.25 = 0.55
        PricingResult result = startingAt("2024-06-03T16:55")
                .charging(5, "1")
                .charging(5, "1")
                .parking(2)
                .price(specTariff("tariff_14_step_size.json"));

        assertCost(result, "0.55", "0.55");
    }

    @Test
    void stepSizeOfTheLastChargingPeriodAppliesToTheTotalChargingTime() {
        // "switching to different Tariff Element #2": 16:35, 35 min charging billed as 45 with the step of the
        // element after 17:00: 25 min at 1.20 (0.50) and 20 min at 2.40 (0.80) = 1.30
        PricingResult result = startingAt("2024-06-03T16:35")
                .charging(25, "4")
                .charging(10, "2")
                .price(specTariff("tariff_14_step_size.json"));

        assertCost(result, "1.30", "1.30");
    }

    @Test
    void stepSizeWhenParkingBecomesFree() {
        // "switching to Free-of-Charge Tariff Element": 19:40, 12 min charging (0.48), parking from 19:52: 8 billable
        // minutes until 20:00 billed as 15 (0.25), free after 20:00: 0.73
        PricingResult result = startingAt("2024-06-03T19:40")
                .charging(12, "2")
                .parking(8)
                .parking(12)
                .price(specTariff("tariff_14_step_size.json"));

        assertCost(result, "0.73", "0.73");
    }

    @Test
    void maxPowerRestrictions() {
        // [[mod_tariffs_tariffrestrictions_class]] max_power example: 1 kWh at 6 kW, 40 kWh at 48 kW, 0.5 kWh at
        // 4 kW: 0.20 + 20.00 + 0.10 = 20.30 excl. VAT
        PricingResult result = startingAt("2024-06-03T10:00")
                .charging(10, "1", CdrDimensionType.MAX_POWER, 6)
                .charging(50, "40", CdrDimensionType.MAX_POWER, 48)
                .charging(8, "0.5", CdrDimensionType.MAX_POWER, 4)
                .price(specTariff("tariffrestriction_example_max_power.json"));

        assertThat(result.totalCost().exclVat()).isEqualByComparingTo("20.30");
    }

    @Test
    void maxDurationRestrictions() {
        // max_duration example: 40 min, 5 kWh in the first 30 min (free), 1.2 kWh after (0.25/kWh): 0.30 excl. VAT
        PricingResult result = startingAt("2024-06-03T10:00")
                .charging(30, "5")
                .charging(10, "1.2")
                .price(specTariff("tariffrestriction_example_max_duration.json"));

        assertThat(result.totalCost().exclVat()).isEqualByComparingTo("0.30");
    }

    @Test
    void stepSizeOfEnergyAsThePriceComponentNoteCounts() {
        // [[mod_tariffs_pricecomponent_class]] note: 115.2 Wh at 0.25/kWh: step 1 Wh bills 116 Wh (0.029); step 25
        // bills 125 Wh (the note shows 0.031; exactly 0.03125, which results show at 4 decimals); step 500 bills
        // 500 Wh (0.125)
        assertThat(energyCost("0.1152", 1)).isEqualByComparingTo("0.029");
        assertThat(energyCost("0.1152", 25)).isEqualByComparingTo("0.0313");
        assertThat(energyCost("0.1152", 500)).isEqualByComparingTo("0.125");
    }

    private static BigDecimal energyCost(String kwh, int stepSize) {
        Tariff tariff = tariff("""
                {"price_components":[{"type":"ENERGY","price":0.25,"step_size":%d}]}""".formatted(stepSize));
        return startingAt("2024-06-03T10:00")
                .charging(10, kwh)
                .price(tariff)
                .totalCost()
                .exclVat();
    }

    @Test
    void energyStepSizeRoundsTheSessionsTotalNotThePeriods() {
        // [[mod_cdrs_step_size]]: 4.3 kWh before 17:00 (0.20) and 1.1 kWh after (0.27), step 500 Wh: 5.4 kWh billed
        // as 5.5, the extra 0.1 kWh at the last price: 0.86 + 1.2 * 0.27 = 1.184
        Tariff tariff = tariff("""
                {"price_components":[{"type":"ENERGY","price":0.20,"step_size":500}],
                 "restrictions":{"end_time":"17:00"}}""", """
                {"price_components":[{"type":"ENERGY","price":0.27,"step_size":500}]}""");

        PricingResult result = startingAt("2024-06-03T16:30")
                .charging(30, "4.3")
                .charging(20, "1.1")
                .price(tariff);

        assertThat(result.totalEnergyCost().exclVat()).isEqualByComparingTo("1.184");
    }

    @Test
    void timeStepSizeRoundsTheSessionsTotalNotThePeriods() {
        // [[mod_cdrs_step_size]]: 6 min before 17:00 at 5/h and 22 min after at 7/h, step 10 min: 28 min billed
        // as 30, so 24 min after 17:00: 0.50 + 2.80 = 3.30
        Tariff tariff = tariff("""
                {"price_components":[{"type":"TIME","price":5,"step_size":600}],
                 "restrictions":{"end_time":"17:00"}}""", """
                {"price_components":[{"type":"TIME","price":7,"step_size":600}]}""");

        PricingResult result = startingAt("2024-06-03T16:54")
                .charging(6, "1")
                .charging(22, "3")
                .price(tariff);

        assertThat(result.totalTimeCost().exclVat()).isEqualByComparingTo("3.30");
    }

    @Test
    void onlyParkingIsRoundedWhenItFollowsCharging() {
        // [[mod_cdrs_step_size]]: charging at 1/h and parking at 2/h, both step 10 min: 21 min charging stay 21,
        // 16 min parking are billed as 20: 0.35 + 0.6667 = 1.0167
        Tariff tariff = tariff("""
                {"price_components":[{"type":"TIME","price":1,"step_size":600},
                  {"type":"PARKING_TIME","price":2,"step_size":600}]}""");

        PricingResult result =
                startingAt("2024-06-03T10:00").charging(21, "5").parking(16).price(tariff);

        assertThat(result.totalTimeCost().exclVat()).isEqualByComparingTo("0.35");
        assertThat(result.totalParkingCost().exclVat()).isEqualByComparingTo("0.6667");
    }

    @Test
    void theSpecificationsCdrExampleCostsWhatItSays() {
        // [[mod_cdrs_cdr_object]] example: 1.973 h under 2.00/h with step 300 s, billed as 2 h: 4.00 and 4.40.
        // total_time is the session's duration, 21:39:09 to 23:37:32, 7103 s: 1.9731 h, which the example gives to
        // 3 decimals as 1.973
        CDR cdr = OcpiJson.instance()
                .read(SpecFiles.example("2.2.1", "cdr_example.json"), CDR.class)
                .get();

        PricingResult result = Pricing.price(cdr.tariffs().get(0), cdr, ZoneId.of("Europe/Brussels"));

        assertThat(result.totalCost()).isEqualTo(cdr.totalCost());
        assertThat(result.totalTimeCost()).isEqualTo(cdr.totalTimeCost());
        assertThat(result.totalTime()).isEqualByComparingTo("1.9731");
        assertThat(result.totalTime().setScale(3, RoundingMode.HALF_UP)).isEqualByComparingTo(cdr.totalTime());
    }
}
