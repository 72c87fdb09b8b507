package io.github.ocpi4j.model.v221.pricing;

import static io.github.ocpi4j.model.v221.pricing.Periods.ZONE;
import static io.github.ocpi4j.model.v221.pricing.Periods.local;
import static io.github.ocpi4j.model.v221.pricing.Periods.tariff;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.v221.cdrs.CdrDimension;
import io.github.ocpi4j.model.v221.cdrs.CdrDimensionType;
import io.github.ocpi4j.model.v221.cdrs.ChargingPeriod;
import io.github.ocpi4j.model.v221.tariffs.Tariff;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@link Pricing#chargingPeriods}: meter readings cut into the charging periods a CPO reports. */
class MeterPeriodsTest {
    private static final String FLAT_ENERGY =
            "{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.25,\"step_size\":1}]}";

    private static Map<CdrDimensionType, BigDecimal> dimensions(ChargingPeriod period) {
        return period.dimensions().stream().collect(Collectors.toMap(CdrDimension::type, CdrDimension::volume));
    }

    /** The periods of a meter counting from 0 to {@code kwh} evenly over {@code seconds}, without power or current. */
    private static List<ChargingPeriod> meteredEvenly(Tariff tariff, Instant start, long seconds, String kwh) {
        return Pricing.chargingPeriods(
                tariff,
                List.of(
                        MeterReading.of(start, "0", null, null),
                        MeterReading.of(start.plusSeconds(seconds), kwh, null, null)),
                ZONE);
    }

    @Test
    void readingsUnderOneUnrestrictedTariffMakeOnePeriodWithTheRangeOfPowerAndCurrent() {
        // [[mod_cdrs_chargingperiod_class]]: a start, the values that influence the period, and tariff_id
        Instant start = local("2024-06-03T10:00");
        List<ChargingPeriod> periods = Pricing.chargingPeriods(
                tariff(FLAT_ENERGY),
                List.of(
                        MeterReading.of(start, "0", "11", "16"),
                        MeterReading.of(start.plusSeconds(1800), "5.5", "7.4", "32"),
                        MeterReading.of(start.plusSeconds(3600), "9.2", "11", "16")),
                ZONE);

        assertThat(periods).singleElement().satisfies(p -> {
            assertThat(p.startDateTime()).isEqualTo(start);
            assertThat(String.valueOf(p.tariffId())).isEqualTo("T1");
            Map<CdrDimensionType, BigDecimal> d = dimensions(p);
            assertThat(d.get(CdrDimensionType.ENERGY)).isEqualByComparingTo("9.2");
            assertThat(d.get(CdrDimensionType.TIME)).isEqualByComparingTo("1");
            assertThat(d.get(CdrDimensionType.MIN_POWER)).isEqualByComparingTo("7.4");
            assertThat(d.get(CdrDimensionType.MAX_POWER)).isEqualByComparingTo("11");
            assertThat(d.get(CdrDimensionType.MIN_CURRENT)).isEqualByComparingTo("16");
            assertThat(d.get(CdrDimensionType.MAX_CURRENT)).isEqualByComparingTo("32");
        });
    }

    @Test
    void newPeriodStartsWhereATimeOfDayRestrictionStartsApplyingAndEnergyIsSharedByTime() {
        // [[mod_cdrs_charging_period]]: "start a new Charging Period at 17:00", with the energy until then
        Tariff tariff = tariff(
                "{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.40,\"step_size\":1}],"
                        + "\"restrictions\":{\"start_time\":\"17:00\",\"end_time\":\"20:00\"}}",
                FLAT_ENERGY);
        Instant start = local("2024-06-03T16:30");

        List<ChargingPeriod> periods = meteredEvenly(tariff, start, 3600, "12");

        assertThat(periods).extracting(ChargingPeriod::startDateTime).containsExactly(start, local("2024-06-03T17:00"));
        assertThat(periods)
                .extracting(p -> dimensions(p).get(CdrDimensionType.ENERGY))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("6"), new BigDecimal("6"));
        assertThat(Pricing.price(tariff, periods, start, start.plusSeconds(3600), ZONE)
                        .totalEnergyCost()
                        .exclVat())
                .isEqualByComparingTo("3.90");
    }

    @Test
    void chargingThatStopsDeliveringEnergyTurnsIntoParking() {
        // [[mod_tariffs_tariffdimensiontype_enum]] PARKING_TIME: "Time not charging"
        Instant start = local("2024-06-03T10:00");
        List<ChargingPeriod> periods = Pricing.chargingPeriods(
                tariff(FLAT_ENERGY),
                List.of(
                        MeterReading.of(start, "0", "11", null),
                        MeterReading.of(start.plusSeconds(3600), "11", "0", null),
                        MeterReading.of(start.plusSeconds(5400), "11", null, null)),
                ZONE);

        assertThat(periods).hasSize(2);
        assertThat(dimensions(periods.get(0))).containsKey(CdrDimensionType.TIME);
        assertThat(dimensions(periods.get(1)))
                .doesNotContainKey(CdrDimensionType.TIME)
                .hasEntrySatisfying(
                        CdrDimensionType.PARKING_TIME,
                        hours -> assertThat(hours).isEqualByComparingTo("0.5"));
        assertThat(periods.get(1).startDateTime()).isEqualTo(start.plusSeconds(3600));
    }

    @Test
    void kwhThresholdIsPlacedWhereTheMeterCrossesIt() {
        // [[mod_cdrs_charging_period]]: a moment "interpolated by the CPO using the metering information"
        Tariff tariff = tariff(
                "{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.20,\"step_size\":1}],"
                        + "\"restrictions\":{\"max_kwh\":5}}",
                "{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.30,\"step_size\":1}]}");
        Instant start = local("2024-06-03T10:00");

        List<ChargingPeriod> periods = meteredEvenly(tariff, start, 3600, "20");

        assertThat(periods).extracting(ChargingPeriod::startDateTime).containsExactly(start, start.plusSeconds(900));
        assertThat(dimensions(periods.get(0)).get(CdrDimensionType.ENERGY)).isEqualByComparingTo("5");
        assertThat(dimensions(periods.get(1)).get(CdrDimensionType.ENERGY)).isEqualByComparingTo("15");
        assertThat(Pricing.price(tariff, periods, start, start.plusSeconds(3600), ZONE)
                        .totalCost()
                        .exclVat())
                .isEqualByComparingTo("5.50");
    }

    @Test
    void piecesWhosePriceComponentsAreTheSameAreMergedAcrossMidnight() {
        // [[mod_cdrs_charging_period]]: a new period when another Price Component becomes active
        Tariff dayRestricted = tariff(
                "{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.10,\"step_size\":1}],"
                        + "\"restrictions\":{\"day_of_week\":[\"SATURDAY\",\"SUNDAY\"]}}",
                FLAT_ENERGY);
        Instant monday = local("2024-06-03T23:00");
        Instant friday = local("2024-06-07T23:00");

        assertThat(meteredEvenly(dayRestricted, monday, 7200, "10")).hasSize(1);
        assertThat(meteredEvenly(dayRestricted, friday, 7200, "10"))
                .extracting(ChargingPeriod::startDateTime)
                .containsExactly(friday, local("2024-06-08T00:00"));
    }

    @Test
    void durationRestrictionCutsAtThatDurationSinceTheSessionStarted() {
        // [[mod_cdrs_charging_period]] and [[mod_tariffs_tariffrestrictions_class]] min_duration
        Tariff tariff = tariff(
                "{\"price_components\":[{\"type\":\"TIME\",\"price\":1,\"step_size\":1}],"
                        + "\"restrictions\":{\"min_duration\":1800}}",
                FLAT_ENERGY);
        Instant start = local("2024-06-03T10:00");

        List<ChargingPeriod> periods = meteredEvenly(tariff, start, 3600, "8");

        assertThat(periods).extracting(ChargingPeriod::startDateTime).containsExactly(start, start.plusSeconds(1800));
    }

    @Test
    void timeVolumesAreRoundedDownSoThatAStepSizeBillsNoStepForTheRounding() {
        // [[mod_tariffs_pricecomponent_class]] step_size on the amount used: 25 min is 0.416666 h (1499.9976 s), which
        // a step of 5 min bills as 25 min; 0.416667 h would be 1500.0012 s, billed as 30 min
        Tariff tariff = tariff("{\"price_components\":[{\"type\":\"TIME\",\"price\":1.20,\"step_size\":300}]}");
        Instant start = local("2024-06-03T10:00");

        List<ChargingPeriod> periods = meteredEvenly(tariff, start, 1500, "5");

        assertThat(dimensions(periods.get(0)).get(CdrDimensionType.TIME)).isEqualByComparingTo("0.416666");
        assertThat(Pricing.price(tariff, periods, start, start.plusSeconds(1500), ZONE)
                        .totalTimeCost()
                        .exclVat())
                .isEqualByComparingTo("0.50");
    }

    @Test
    void fewerThanTwoReadingsMakeNoPeriod() {
        assertThat(Pricing.chargingPeriods(
                        tariff(FLAT_ENERGY),
                        List.of(MeterReading.of(local("2024-06-03T10:00"), "0", null, null)),
                        ZONE))
                .isEmpty();
    }
}
