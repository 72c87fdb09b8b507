package io.github.ocpi4j.model.v221.pricing;

import static io.github.ocpi4j.model.v221.pricing.Periods.local;
import static io.github.ocpi4j.model.v221.pricing.Periods.startingAt;
import static io.github.ocpi4j.model.v221.pricing.Periods.tariff;
import static io.github.ocpi4j.model.v221.pricing.Periods.tariffJson;
import static io.github.ocpi4j.model.v221.pricing.Periods.tariffWith;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.SpecFiles;
import io.github.ocpi4j.model.v221.cdrs.CDR;
import io.github.ocpi4j.model.v221.cdrs.CdrDimension;
import io.github.ocpi4j.model.v221.cdrs.CdrDimensionType;
import io.github.ocpi4j.model.v221.cdrs.ChargingPeriod;
import io.github.ocpi4j.model.v221.sessions.ProfileType;
import io.github.ocpi4j.model.v221.sessions.Session;
import io.github.ocpi4j.model.v221.tariffs.Tariff;
import io.github.ocpi4j.model.v221.tariffs.TariffDimensionType;
import io.github.ocpi4j.model.v221.types.Price;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The rules of {@code [[mod_tariffs_tariffrestrictions_class]]} and of pricing beyond the spec's examples. */
class PricingRulesTest {
    /** An element of 0.25 per kWh with 21% VAT. */
    private static final String ENERGY_WITH_VAT =
            "{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.25,\"vat\":21,\"step_size\":1}]}";

    private static String energy(String price, String restrictions) {
        return "{\"price_components\":[{\"type\":\"ENERGY\",\"price\":" + price + ",\"step_size\":1}]"
                + (restrictions == null ? "" : ",\"restrictions\":" + restrictions) + "}";
    }

    /** What a session of one charging period, starting at a local time, costs under a tariff, excluding VAT. */
    private static BigDecimal costOfCharging(Tariff tariff, String start, double minutes, String kwh, Object... more) {
        return startingAt(start)
                .charging(minutes, kwh, more)
                .price(tariff)
                .totalCost()
                .exclVat();
    }

    @Test
    void firstElementWithTheDimensionWhoseRestrictionsMatchApplies() {
        // [[mod_tariffs_tariff_object]]: the first element with the dimension and matching restrictions
        Tariff tariff = tariff(
                "{\"price_components\":[{\"type\":\"TIME\",\"price\":9,\"step_size\":1}]}",
                energy("0.30", "{\"start_time\":\"08:00\",\"end_time\":\"20:00\"}"),
                energy("0.20", null));

        PricingResult day = startingAt("2024-06-03T10:00").charging(60, "10").price(tariff);
        PricingResult night = startingAt("2024-06-03T21:00").charging(60, "10").price(tariff);

        assertThat(day.totalEnergyCost().exclVat()).isEqualByComparingTo("3.00");
        assertThat(night.totalEnergyCost().exclVat()).isEqualByComparingTo("2.00");
        assertThat(day.explanation())
                .filteredOn(l -> l.dimension() == TariffDimensionType.ENERGY)
                .singleElement()
                .satisfies(l -> {
                    assertThat(l.element()).isEqualTo(1);
                    assertThat(l.note()).isEqualTo("element 1: time 08:00-20:00 at 10:00");
                });
    }

    @Test
    void aTimeRestrictionThatIsNotALocalTimeNeverMatches() {
        // [[mod_tariffs_tariffrestrictions_class]] start_time: 24h with leading zeros, `([0-1][0-9]|2[0-3]):[0-5][0-9]`
        for (String time : new String[] {"24:00", "7:00", "07:60", "07-00", "0a:00", "07:00:00"}) {
            // a partner's tariff that validation would refuse, read leniently
            Tariff tariff = OcpiJson.instance()
                    .read(
                            tariffJson("", energy("0.10", "{\"start_time\":\"" + time + "\"}"), energy("0.30", null)),
                            Tariff.class)
                    .value()
                    .orElseThrow();

            assertThat(costOfCharging(tariff, "2024-06-03T23:30", 60, "1"))
                    .as(time)
                    .isEqualByComparingTo("0.30");
        }
        Tariff wellFormed = tariff(energy("0.10", "{\"start_time\":\"23:59\"}"), energy("0.30", null));
        assertThat(costOfCharging(wellFormed, "2024-06-03T23:59", 1, "1")).isEqualByComparingTo("0.10");
    }

    @Test
    void timeRestrictionsFollowTheLocalClockAcrossTheEndOfSummerTime() {
        // [[mod_tariffs_tariffrestrictions_class]] start_time and end_time are in local time
        // Amsterdam, 27 October 2024: at 03:00 CEST (01:00 UTC) the clocks go back to 02:00 CET
        Tariff tariff =
                tariff(energy("0.10", "{\"start_time\":\"02:00\",\"end_time\":\"03:00\"}"), energy("0.30", null));

        PricingResult result = startingAt("2024-10-27T02:30") // 00:30 UTC, CEST
                .charging(60, "1") // to 01:30 UTC: 02:30 CET, the same local time again
                .charging(60, "1") // to 02:30 UTC: 03:30 CET
                .charging(60, "1")
                .price(tariff);

        assertThat(result.explanation())
                .filteredOn(l -> l.dimension() == TariffDimensionType.ENERGY)
                .extracting(PricingLine::note)
                .containsExactly(
                        "element 0: time 02:00-03:00 at 02:30", "element 0: time 02:00-03:00 at 02:30", "element 1");
        assertThat(result.totalCost().exclVat()).isEqualByComparingTo("0.50");
    }

    @Test
    void timeWindowWrapsAroundMidnightWhenItEndsBeforeItStarts() {
        // [[mod_tariffs_tariffrestrictions_class]] end_time: "If end_time < start_time then the period wraps around"
        Tariff tariff =
                tariff(energy("0.10", "{\"start_time\":\"22:00\",\"end_time\":\"06:00\"}"), energy("0.30", null));

        assertThat(costOfCharging(tariff, "2024-06-03T23:30", 30, "1")).isEqualByComparingTo("0.10");
        assertThat(costOfCharging(tariff, "2024-06-04T05:59", 1, "1")).isEqualByComparingTo("0.10");
        assertThat(costOfCharging(tariff, "2024-06-04T06:00", 30, "1")).isEqualByComparingTo("0.30");
    }

    @Test
    void endTimeOfMidnightMeansTheEndOfTheDay() {
        // [[mod_tariffs_tariffrestrictions_class]] end_time: "To stop at end of the day use: 00:00"
        Tariff tariff =
                tariff(energy("0.10", "{\"start_time\":\"20:00\",\"end_time\":\"00:00\"}"), energy("0.30", null));

        assertThat(costOfCharging(tariff, "2024-06-03T23:59", 1, "1")).isEqualByComparingTo("0.10");
        assertThat(costOfCharging(tariff, "2024-06-03T19:59", 1, "1")).isEqualByComparingTo("0.30");
    }

    @Test
    void timesAndDaysAreThoseOfTheLocationsTimeZone() {
        // [[mod_tariffs_tariffrestrictions_class]]: local time, that of the time_zone of the Location
        Tariff tariff = tariff(energy("0.10", "{\"day_of_week\":[\"SUNDAY\"]}"), energy("0.30", null));
        // Sunday 00:30 in Amsterdam is Saturday 22:30 UTC
        List<ChargingPeriod> periods =
                startingAt("2024-06-09T00:30").charging(10, "1").periods();

        PricingResult amsterdam = Pricing.price(
                tariff, periods, local("2024-06-09T00:30"), local("2024-06-09T00:40"), ZoneId.of("Europe/Amsterdam"));
        PricingResult utc =
                Pricing.price(tariff, periods, local("2024-06-09T00:30"), local("2024-06-09T00:40"), ZoneId.of("UTC"));

        assertThat(amsterdam.totalCost().exclVat()).isEqualByComparingTo("0.10");
        assertThat(utc.totalCost().exclVat()).isEqualByComparingTo("0.30");
    }

    @Test
    void startDateIsInclusiveAndEndDateExclusive() {
        // [[mod_tariffs_tariffrestrictions_class]] start_date "valid from this day (inclusive)", end_date "(exclusive)"
        Tariff tariff = tariff(
                energy("0.10", "{\"start_date\":\"2024-06-03\",\"end_date\":\"2024-06-05\"}"), energy("0.30", null));

        assertThat(costOfCharging(tariff, "2024-06-03T00:00", 10, "1")).isEqualByComparingTo("0.10");
        assertThat(costOfCharging(tariff, "2024-06-04T23:59", 1, "1")).isEqualByComparingTo("0.10");
        assertThat(costOfCharging(tariff, "2024-06-05T00:00", 10, "1")).isEqualByComparingTo("0.30");
    }

    @Test
    void kwhRestrictionsLookAtTheEnergyUsedBeforeThePeriod() {
        // [[mod_tariffs_tariffrestrictions_class]] min_kwh inclusive and max_kwh exclusive, of the energy "being used"
        Tariff tariff = tariff(energy("0.10", "{\"max_kwh\":10}"), energy("0.30", "{\"min_kwh\":10}"));

        PricingResult result = startingAt("2024-06-03T10:00")
                .charging(30, "10")
                .charging(30, "5")
                .price(tariff);

        assertThat(result.totalEnergyCost().exclVat()).isEqualByComparingTo("2.50"); // 10 * 0.10 + 5 * 0.30
    }

    @Test
    void currentRestrictionsNeedTheCurrentOfThePeriod() {
        // [[mod_tariffs_tariffrestrictions_class]] max_current: active "when the EV is charging with less than" it
        Tariff tariff = tariff(energy("0.10", "{\"max_current\":32}"), energy("0.30", null));

        assertThat(costOfCharging(tariff, "2024-06-03T10:00", 60, "10", CdrDimensionType.CURRENT, 16))
                .isEqualByComparingTo("1.00");
        assertThat(costOfCharging(tariff, "2024-06-03T10:00", 60, "10", CdrDimensionType.MAX_CURRENT, 32))
                .isEqualByComparingTo("3.00"); // maximum exclusive
        assertThat(costOfCharging(tariff, "2024-06-03T10:00", 60, "10"))
                .isEqualByComparingTo("3.00"); // no current known: the restriction cannot match
    }

    @Test
    void vatWithDecimalsIsAddedExactly() {
        // [[mod_tariffs_pricecomponent_class]] vat: a percentage; results at 4 decimals ([[types_number_type]])
        Tariff tariff =
                tariff("{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.33,\"vat\":7.75,\"step_size\":1}]}");

        PricingResult result = startingAt("2024-06-03T10:00").charging(60, "10").price(tariff);

        // 3.30 excl. VAT, 3.30 * 1.0775 = 3.55575 incl. VAT, shown to 4 decimals half up
        assertThat(result.totalCost().exclVat()).isEqualByComparingTo("3.30");
        assertThat(result.totalCost().inclVat()).isEqualByComparingTo("3.5558");
    }

    @Test
    void minimumPriceWithoutVatRaisesTheTotalWithVatAtTheSessionsOwnRate() {
        // [[mod_tariffs_tariff_object]] min_price: both totals are bounded; with excl_vat alone, the total with VAT
        // keeps the session's VAT rate, so it is never below the total without
        Tariff tariff = tariffWith("\"min_price\":{\"excl_vat\":2.00},", ENERGY_WITH_VAT);

        PricingResult result = startingAt("2024-06-03T10:00").charging(10, "1").price(tariff);

        assertThat(result.totalCost().exclVat()).isEqualByComparingTo("2.00");
        assertThat(result.totalCost().inclVat()).isEqualByComparingTo("2.42");
    }

    @Test
    void maximumPriceWithoutVatLowersTheTotalWithVatAtTheSessionsOwnRate() {
        // [[mod_tariffs_tariff_object]] max_price with excl_vat alone: 20 kWh cost 5.00 and 6.05, capped at 4.00
        Tariff tariff = tariffWith("\"max_price\":{\"excl_vat\":4.00},", ENERGY_WITH_VAT);

        PricingResult result = startingAt("2024-06-03T10:00").charging(60, "20").price(tariff);

        assertThat(result.totalCost().exclVat()).isEqualByComparingTo("4.00");
        assertThat(result.totalCost().inclVat()).isEqualByComparingTo("4.84");
    }

    @Test
    void maximumPriceWithVatAloneLowersTheTotalWithoutVatToo() {
        // [[mod_tariffs_tariff_object]] max_price: a partner's Price without excl_vat (invalid, read leniently)
        Tariff tariff = OcpiJson.instance()
                .read(tariffJson("\"max_price\":{\"incl_vat\":4.84},", ENERGY_WITH_VAT), Tariff.class)
                .value()
                .orElseThrow();

        PricingResult result = startingAt("2024-06-03T10:00").charging(60, "20").price(tariff);

        assertThat(result.totalCost().exclVat()).isEqualByComparingTo("4.00");
        assertThat(result.totalCost().inclVat()).isEqualByComparingTo("4.84");
    }

    @Test
    void boundWithOneSideMovesTheOtherOnlyWithinTheBoundsGivenForIt() {
        // [[mod_tariffs_tariff_object]] min_price and max_price both apply: 10 kWh without VAT cost 2.50, capped at
        // 0.23 without VAT; the total with VAT follows to 0.23, but min_price holds it at 0.242
        Tariff tariff = tariffWith(
                "\"min_price\":{\"excl_vat\":0.20,\"incl_vat\":0.242},\"max_price\":{\"excl_vat\":0.23},",
                "{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.25,\"step_size\":1}]}");

        PricingResult result = startingAt("2024-06-03T10:00").charging(60, "10").price(tariff);

        assertThat(result.totalCost()).isEqualTo(new Price(new BigDecimal("0.23"), new BigDecimal("0.242")));
    }

    @Test
    void minimumPriceOfASessionThatCostNothingTakesTheVatOfTheTariffWhenItHasOneRate() {
        // [[mod_tariffs_tariff_object]] min_price with excl_vat alone; [[mod_tariffs_pricecomponent_class]] vat
        String parking = "{\"price_components\":[{\"type\":\"PARKING_TIME\",\"price\":1,\"vat\":9,\"step_size\":1}]}";
        Tariff oneRate = tariffWith("\"min_price\":{\"excl_vat\":2.00},", ENERGY_WITH_VAT);
        Tariff twoRates = tariffWith("\"min_price\":{\"excl_vat\":2.00},", ENERGY_WITH_VAT, parking);

        PricingResult one = startingAt("2024-06-03T10:00").charging(10, "0").price(oneRate);
        PricingResult two = startingAt("2024-06-03T10:00").charging(10, "0").price(twoRates);

        assertThat(one.totalCost()).isEqualTo(new Price(new BigDecimal("2.00"), new BigDecimal("2.42")));
        assertThat(two.totalCost()).isEqualTo(new Price(new BigDecimal("2.00"), new BigDecimal("2.00")));
    }

    @Test
    void totalsAreRoundedHalfUpOnceFromTheExactAmount() {
        // [[types_number_type]] 4 decimals; a period without time volumes lasts 20 min, a third of an hour, which no
        // decimal holds: 931.171 kWh at 0.25 (232.79275) and 1/3 h at 2.85 (0.95) are exactly 233.74275
        Tariff tariff = tariff("""
                {"price_components":[{"type":"ENERGY","price":0.25,"step_size":1},
                  {"type":"TIME","price":2.85,"step_size":1}]}""");
        ChargingPeriod period = new ChargingPeriod(
                local("2024-06-03T10:00"),
                List.of(new CdrDimension(CdrDimensionType.ENERGY, new BigDecimal("931.171"))),
                null);

        PricingResult result = Pricing.price(
                tariff, List.of(period), local("2024-06-03T10:00"), local("2024-06-03T10:20"), Periods.ZONE);

        assertThat(result.totalCost().exclVat()).isEqualByComparingTo("233.7428");
        assertThat(result.totalTimeCost().exclVat()).isEqualByComparingTo("0.95");
    }

    @Test
    void timeStepSizeRoundsUpTheExactTimeEvenWhenItIsAStepAndAFractionOfAHundredthOfASecond() {
        // [[mod_tariffs_pricecomponent_class]] step_size: the consumed amount itself is rounded up. 0.2500012 h is
        // 900.00432 s: a step of 900 s bills 1800 s. Volumes count with all their decimals, also beyond 4.
        Tariff tariff = tariff("""
                {"price_components":[{"type":"PARKING_TIME","price":1,"step_size":900}]}""");
        ChargingPeriod parked = new ChargingPeriod(
                local("2024-06-03T10:00"),
                List.of(new CdrDimension(CdrDimensionType.PARKING_TIME, new BigDecimal("0.2500012"))),
                null);

        PricingResult result = Pricing.price(
                tariff, List.of(parked), local("2024-06-03T10:00"), local("2024-06-03T10:16"), Periods.ZONE);

        assertThat(result.totalParkingCost().exclVat()).isEqualByComparingTo("0.50");
    }

    @Test
    void energyStepSizeRoundsUpTheExactEnergyEvenWhenItIsAStepAndAFractionOfAMilliwattHour() {
        // [[mod_tariffs_pricecomponent_class]] step_size: 0.5000004 kWh is 500.0004 Wh, billed as 1000 Wh
        Tariff tariff = tariff("""
                {"price_components":[{"type":"ENERGY","price":0.20,"step_size":500}]}""");

        PricingResult result =
                startingAt("2024-06-03T10:00").charging(10, "0.5000004").price(tariff);

        assertThat(result.totalEnergyCost().exclVat()).isEqualByComparingTo("0.20");
    }

    @Test
    void totalTimeIsTheSessionsDurationNotTheSumOfThePeriodsVolumes() {
        // [[mod_cdrs_cdr_object]] total_time: the session from start to end, charging and not; the periods below
        // round a third of an hour to 0.3333 h (0.9999 h together) and the last leaves out its idle minutes
        Tariff tariff = Periods.specTariff("tariff_1_simple_2hour.json");
        List<ChargingPeriod> periods = List.of(
                period("2024-06-03T10:00", CdrDimensionType.TIME, "0.3333"),
                period("2024-06-03T10:20", CdrDimensionType.PARKING_TIME, "0.3333"),
                period("2024-06-03T10:40", CdrDimensionType.TIME, "0.2"));

        PricingResult result =
                Pricing.price(tariff, periods, local("2024-06-03T10:00"), local("2024-06-03T11:00"), Periods.ZONE);

        assertThat(result.totalTime()).isEqualByComparingTo("1");
        assertThat(result.totalParkingTime()).isEqualByComparingTo("0.3333");
    }

    @Test
    void totalTimeOfASessionAfterAReservationStartsWhenTheReservationEnds() {
        // [[mod_cdrs_cdr_object]] start_date_time is the reservation's start, total_time the charging session's
        PricingResult reservedFirst = startingAt("2024-06-03T10:00")
                .reserved(15)
                .charging(60, "20")
                .parking(10)
                .price(Periods.specTariff("tariff_15_reservation_5_euro_per_hour.json"));
        PricingResult expired = startingAt("2024-06-03T10:00")
                .reserved(60)
                .price(Periods.specTariff("tariff_17_reservation_with_expire_fee.json"));

        assertThat(reservedFirst.totalTime()).isEqualByComparingTo("1.1667");
        assertThat(expired.totalTime()).isEqualByComparingTo("0");
    }

    @Test
    void stepSizeOfZeroCountsAsOneWholeUnit() {
        // [[mod_tariffs_pricecomponent_class]] step_size: its unit is 1 Wh; 0 has no meaning of its own there, and
        // bills as 1: 115.2 Wh as 116 Wh
        Tariff tariff = tariff("""
                {"price_components":[{"type":"ENERGY","price":0.25,"step_size":0}]}""");

        PricingResult result =
                startingAt("2024-06-03T10:00").charging(10, "0.1152").price(tariff);

        assertThat(result.totalEnergyCost().exclVat()).isEqualByComparingTo("0.029");
    }

    @Test
    void chargingThatResumesAfterParkingHasItsTimeRoundedAndTheParkingStaysAsUsed() {
        // [[mod_cdrs_step_size]]: time is rounded once, on the dimension billed last. Charging 21 + 7 min at 1.00/h
        // is billed as 30 min (0.50); the 16 min parked between at 2.00/h stay 16 (0.5333)
        Tariff tariff = tariff("""
                {"price_components":[{"type":"TIME","price":1,"step_size":600},
                  {"type":"PARKING_TIME","price":2,"step_size":600}]}""");

        PricingResult result = startingAt("2024-06-03T10:00")
                .charging(21, "5")
                .parking(16)
                .charging(7, "1")
                .price(tariff);

        assertThat(result.totalTimeCost().exclVat()).isEqualByComparingTo("0.50");
        assertThat(result.totalParkingCost().exclVat()).isEqualByComparingTo("0.5333");
    }

    private static ChargingPeriod period(String start, CdrDimensionType type, String hours) {
        return new ChargingPeriod(local(start), List.of(new CdrDimension(type, new BigDecimal(hours))), null);
    }

    @Test
    void powerRestrictionsFallBackOnTheAveragePowerOfEnergyOverTime() {
        // [[mod_tariffs_tariffrestrictions_class]] min_power: active when charging "with more than, or equal to" it
        Tariff tariff = tariff(energy("0.50", "{\"min_power\":22}"), energy("0.30", null));

        // 11 kWh in 30 min is 22 kW on average
        assertThat(costOfCharging(tariff, "2024-06-03T10:00", 30, "11")).isEqualByComparingTo("5.50");
        assertThat(costOfCharging(tariff, "2024-06-03T10:00", 60, "11")).isEqualByComparingTo("3.30");
    }

    @Test
    void durationRestrictionsLookAtTheSessionsDurationWhenThePeriodStarts() {
        // [[mod_tariffs_tariffrestrictions_class]] min_duration: not active before the session lasted that long
        Tariff tariff = tariff(
                "{\"price_components\":[{\"type\":\"TIME\",\"price\":6,\"step_size\":1}],\"restrictions\":{\"min_duration\":3600}}",
                "{\"price_components\":[{\"type\":\"TIME\",\"price\":0,\"step_size\":1}]}");

        PricingResult result = startingAt("2024-06-03T10:00")
                .charging(60, "10")
                .charging(30, "5")
                .price(tariff);

        assertThat(result.totalTimeCost().exclVat()).isEqualByComparingTo("3.00"); // only the 30 min after an hour
    }

    @Test
    void flatIsBilledOnceEvenWhenSeveralElementsHaveOne() {
        // [[mod_tariffs_tariff_object]] min_price: "a FLAT fee is a fixed amount ... for any Charging Session"
        Tariff tariff = tariff(
                "{\"price_components\":[{\"type\":\"FLAT\",\"price\":1,\"step_size\":1}],\"restrictions\":{\"start_time\":\"08:00\",\"end_time\":\"12:00\"}}",
                "{\"price_components\":[{\"type\":\"FLAT\",\"price\":2,\"step_size\":1}]}");

        PricingResult result = startingAt("2024-06-03T11:30")
                .charging(60, "5")
                .charging(60, "5")
                .price(tariff);

        assertThat(result.totalFixedCost().exclVat()).isEqualByComparingTo("1.00");
    }

    @Test
    void dimensionWithoutAMatchingElementIsFreeAndSaysSo() {
        // [[mod_tariffs_tariff_object]]: no element matches, "there will be no costs for that Tariff Dimension"
        Tariff tariff = tariff(energy("0.30", "{\"day_of_week\":[\"SATURDAY\"]}"));

        PricingResult result = startingAt("2024-06-03T10:00").charging(60, "10").price(tariff);

        assertThat(result.totalCost().exclVat()).isEqualByComparingTo("0.00");
        assertThat(result.explanation())
                .extracting(PricingLine::note)
                .contains("free: no tariff element with a ENERGY price component applies");
    }

    @Test
    void priceComponentWithoutVatAddsNoneAndZeroPercentIsAlsoNone() {
        // [[mod_tariffs_pricecomponent_class]] vat: "If omitted, no VAT is applicable"
        Tariff tariff = tariff(
                "{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.30,\"step_size\":1},{\"type\":\"FLAT\",\"price\":1,\"vat\":0,\"step_size\":1}]}");

        PricingResult result = startingAt("2024-06-03T10:00").charging(60, "10").price(tariff);

        assertThat(result.totalCost().exclVat())
                .isEqualByComparingTo(result.totalCost().inclVat());
    }

    @Test
    void periodsOfAnotherTariffAreNotPricedAndPeriodsWithoutATariffIdAre() {
        // [[mod_cdrs_chargingperiod_class]] tariff_id: the tariff relevant for the period
        Tariff tariff = tariff(energy("0.30", null));
        ChargingPeriod mine = chargingHourOfTariff("2024-06-03T10:00", CiString.of("t1"));
        ChargingPeriod other = chargingHourOfTariff("2024-06-03T11:00", CiString.of("T2"));
        ChargingPeriod none = chargingHourOfTariff("2024-06-03T12:00", null);

        PricingResult result = Pricing.price(
                tariff, List.of(mine, other, none), local("2024-06-03T10:00"), local("2024-06-03T13:00"), Periods.ZONE);

        assertThat(result.totalEnergyCost().exclVat()).isEqualByComparingTo("6.00");
        assertThat(result.explanation())
                .extracting(PricingLine::note)
                .contains("not priced: the period belongs to tariff T2, not T1");
    }

    /** A period of an hour's charging (10 kWh) that names a tariff. */
    private static ChargingPeriod chargingHourOfTariff(String start, @Nullable CiString tariffId) {
        return new ChargingPeriod(
                local(start),
                startingAt(start).charging(60, "10").periods().get(0).dimensions(),
                tariffId);
    }

    @Test
    void reservationWithoutChargingCountsAsExpired() {
        // [[mod_tariffs_reservation_restriction_type]]: RESERVATION_EXPIRES prices a reservation that expired
        Tariff tariff = Periods.specTariff("tariff_18_reservation_with_expire_time.json");

        PricingResult expired = startingAt("2024-06-03T10:00").reserved(30).price(tariff);
        PricingResult cancelled = startingAt("2024-06-03T10:00").reserved(30).price(tariff, false);

        assertThat(expired.totalReservationCost().exclVat()).isEqualByComparingTo("3.00"); // 6.00/h
        assertThat(cancelled.totalReservationCost().exclVat()).isEqualByComparingTo("1.50"); // 3.00/h
        assertThat(expired.totalFixedCost().exclVat()).isEqualByComparingTo("0.00");
    }

    @Test
    void periodWithoutTimeDimensionsIsChargingTimeForItsWholeDuration() {
        Tariff tariff = Periods.specTariff("tariff_1_simple_2hour.json");
        ChargingPeriod energyOnly = new ChargingPeriod(
                local("2024-06-03T10:00"),
                List.of(new CdrDimension(CdrDimensionType.ENERGY, new BigDecimal("10"))),
                null);

        PricingResult result = Pricing.price(
                tariff, List.of(energyOnly), local("2024-06-03T10:00"), local("2024-06-03T11:30"), Periods.ZONE);

        assertThat(result.totalTime()).isEqualByComparingTo("1.5");
        assertThat(result.totalCost().exclVat()).isEqualByComparingTo("3.00");
    }

    @Test
    void stepSizeAddsTheRoundingAsAnExplainedLine() {
        // [[mod_tariffs_pricecomponent_class]] step_size: parked 40 min, billed in blocks of 15 min
        PricingResult result = startingAt("2024-06-03T10:00")
                .charging(90, "20")
                .parking(40)
                .price(Periods.specTariff("tariff_10_025kwh_parking_start.json"));

        assertThat(result.explanation())
                .extracting(PricingLine::note)
                .contains("step_size 900 s: parking time of 2400 s (40 min) billed as 2700 s (45 min)");
    }

    @Test
    void resultIsAppliedToTheCdrAndToTheSession() {
        // [[mod_cdrs_cdr_object]] total_cost and the other totals
        CDR cdr = OcpiJson.instance()
                .read(SpecFiles.example("2.2.1", "cdr_example.json"), CDR.class)
                .get();
        Session session = OcpiJson.instance()
                .read(SpecFiles.example("2.2.1", "session_example_2_short_finished.json"), Session.class)
                .get();
        Tariff tariff = cdr.tariffs().get(0);

        CDR billed = Pricing.price(tariff, cdr.toBuilder().totalCost(null).build(), Periods.ZONE)
                .applyTo(cdr.toBuilder().totalCost(null).build());
        PricingResult sessionCost = Pricing.price(tariff, session, Periods.ZONE);

        assertThat(billed.totalCost()).isEqualTo(cdr.totalCost());
        assertThat(billed.totalEnergy())
                .as("the example's periods report no ENERGY: its metered total_energy is kept")
                .isEqualByComparingTo("15.342");
        assertThat(billed.totalTime()).as("21:39:09 to 23:37:32").isEqualByComparingTo("1.9731");
        assertThat(OcpiJson.instance().validate(billed)).isEmpty();
        assertThat(sessionCost.applyTo(session).totalCost()).isEqualTo(sessionCost.totalCost());
    }

    @Test
    void countriesWithOneTimeZoneHaveIt() {
        assertThat(Pricing.timeZoneOfCountry("BEL")).contains(ZoneId.of("Europe/Brussels"));
        assertThat(Pricing.timeZoneOfCountry("deu")).contains(ZoneId.of("Europe/Berlin"));
        assertThat(Pricing.timeZoneOfCountry("USA")).isEmpty();
        assertThat(Pricing.timeZoneOfCountry("ESP")).isEmpty(); // the Canary Islands keep another offset
    }

    @Test
    void tariffForASessionIsOfItsTypeValidWhenItStartsElseUntypedElseRegular() {
        // [[mod_tariffs_tariff_type]] and [[mod_tariffs_tariff_object]] type, start_date_time, end_date_time
        Tariff regular = tariffWith("\"type\":\"REGULAR\",", energy("0.30", null));
        Tariff cheap = tariffWith("\"type\":\"PROFILE_CHEAP\",", energy("0.20", null));
        Tariff adHoc = tariffWith("\"type\":\"AD_HOC_PAYMENT\",", energy("0.40", null));
        Tariff untyped = tariff(energy("0.35", null));
        Tariff newRegular =
                tariffWith("\"type\":\"REGULAR\",\"start_date_time\":\"2024-07-01T00:00:00Z\",", energy("0.32", null));
        Instant june = local("2024-06-15T12:00");
        Instant july = local("2024-07-15T12:00");

        assertThat(Pricing.tariffFor(List.of(untyped, regular, cheap, adHoc, newRegular), june, null, false))
                .containsSame(regular);
        assertThat(Pricing.tariffFor(List.of(untyped, regular, cheap, adHoc, newRegular), july, null, false))
                .containsSame(newRegular);
        assertThat(Pricing.tariffFor(List.of(regular, cheap, adHoc), june, ProfileType.CHEAP, false))
                .containsSame(cheap);
        assertThat(Pricing.tariffFor(List.of(regular, cheap, adHoc), june, ProfileType.GREEN, false))
                .containsSame(regular);
        assertThat(Pricing.tariffFor(List.of(regular, untyped, cheap), june, ProfileType.GREEN, false))
                .containsSame(untyped);
        assertThat(Pricing.tariffFor(List.of(regular, cheap, adHoc), june, ProfileType.CHEAP, true))
                .containsSame(adHoc);
        assertThat(Pricing.tariffFor(List.of(regular, cheap), june, null, true)).isEmpty();
        assertThat(Pricing.tariffFor(List.of(newRegular), june, null, false)).isEmpty();
    }
}
