package io.github.ocpi4j.model.v221.pricing;

import static io.github.ocpi4j.model.v221.pricing.Periods.local;
import static io.github.ocpi4j.model.v221.pricing.Periods.startingAt;
import static io.github.ocpi4j.model.v221.pricing.Periods.tariff;
import static io.github.ocpi4j.model.v221.pricing.Periods.tariffWith;
import static io.github.ocpi4j.model.v221.pricing.Periods.withId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ocpi4j.model.v221.cdrs.CDR;
import io.github.ocpi4j.model.v221.tariffs.Tariff;
import io.github.ocpi4j.model.v221.tariffs.TariffDimensionType;
import io.github.ocpi4j.model.v221.types.Price;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A session whose charging periods name different tariffs ({@code [[mod_cdrs_chargingperiod_class]]} {@code
 * tariff_id}), priced period by period under the tariff each names.
 */
class TariffPerPeriodTest {
    private static final Tariff DAY =
            withId(tariff("{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.30,\"step_size\":1}]}"), "DAY");
    private static final Tariff NIGHT =
            withId(tariff("{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.20,\"step_size\":1}]}"), "NIGHT");

    private static List<String> energyNotes(PricingResult result) {
        return result.explanation().stream()
                .filter(line -> line.dimension() == TariffDimensionType.ENERGY)
                .map(PricingLine::note)
                .toList();
    }

    @Test
    void eachPeriodOfACdrIsPricedUnderTheTariffItNames() {
        // [[mod_cdrs_chargingperiod_class]] tariff_id: the tariff of the period, a CiString: "day" names DAY
        Periods session = startingAt("2024-06-03T19:00")
                .charging(60, "10")
                .charging(60, "10")
                .charging(30, "5")
                .naming("day", "NIGHT", "DAY");
        CDR cdr = CDR.builder()
                .startDateTime(local("2024-06-03T19:00"))
                .endDateTime(local("2024-06-03T21:30"))
                .chargingPeriods(session.periods())
                .totalEnergy(new BigDecimal("25"))
                .build();

        PricingResult result = Pricing.price(List.of(DAY, NIGHT), cdr, Periods.ZONE);

        assertThat(result.totalEnergyCost().exclVat()).isEqualByComparingTo("6.50"); // 3.00 + 2.00 + 1.50
        assertThat(result.totalTime()).isEqualByComparingTo("2.5");
        assertThat(energyNotes(result))
                .containsExactly("tariff DAY, element 0", "tariff NIGHT, element 0", "tariff DAY, element 0");
    }

    @Test
    void flatIsBilledOnceAndStepSizeRoundsTheSessionsTotalWithTheLastTariffsStep() {
        // [[mod_cdrs_step_size]]: switching tariffs rounds nothing; the session's total charging time of 35 min is
        // rounded once, with the step of the component used last (NIGHT, 15 min): 25 min at 2.00 (0.8333) and 20
        // min at 1.20 (0.40). The start fee is the session's, once: DAY's 1.00.
        Tariff day = withId(
                tariff("{\"price_components\":[{\"type\":\"FLAT\",\"price\":1.00,\"step_size\":1},"
                        + "{\"type\":\"TIME\",\"price\":2.00,\"step_size\":1800}]}"),
                "DAY");
        Tariff night = withId(
                tariff("{\"price_components\":[{\"type\":\"FLAT\",\"price\":0.50,\"step_size\":1},"
                        + "{\"type\":\"TIME\",\"price\":1.20,\"step_size\":900}]}"),
                "NIGHT");

        PricingResult result = startingAt("2024-06-03T19:35")
                .charging(25, "4")
                .charging(10, "2")
                .naming("DAY", "NIGHT")
                .price(List.of(day, night));

        assertThat(result.totalFixedCost().exclVat()).isEqualByComparingTo("1.00");
        assertThat(result.totalTimeCost().exclVat()).isEqualByComparingTo("1.2333");
        assertThat(result.totalCost().exclVat()).isEqualByComparingTo("2.2333");
        assertThat(result.explanation())
                .extracting(PricingLine::note)
                .contains("tariff NIGHT, step_size 900 s: charging time of 2100 s (35 min) billed as 2700 s (45 min)");
    }

    @Test
    void minimumAndMaximumPriceOfEachTariffBoundWhatItsOwnPeriodsCost() {
        // [[mod_tariffs_tariff_object]] min_price and max_price, of each tariff for the periods priced under it:
        // DAY's 1 kWh (0.30) raised to 2.00, NIGHT's 10 kWh (2.00) capped at 1.00
        Tariff day = withId(
                tariffWith(
                        "\"min_price\":{\"excl_vat\":2.00,\"incl_vat\":2.42},",
                        "{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.30,\"vat\":21,\"step_size\":1}]}"),
                "DAY");
        Tariff night = withId(
                tariffWith(
                        "\"max_price\":{\"excl_vat\":1.00,\"incl_vat\":1.21},",
                        "{\"price_components\":[{\"type\":\"ENERGY\",\"price\":0.20,\"vat\":21,\"step_size\":1}]}"),
                "NIGHT");

        PricingResult result = startingAt("2024-06-03T19:50")
                .charging(10, "1")
                .charging(60, "10")
                .naming("DAY", "NIGHT")
                .price(List.of(day, night));

        assertThat(result.totalCost()).isEqualTo(new Price(new BigDecimal("3.00"), new BigDecimal("3.63")));
        assertThat(result.totalEnergyCost()).isEqualTo(new Price(new BigDecimal("2.30"), new BigDecimal("2.783")));
        assertThat(result.explanation())
                .filteredOn(line -> line.dimension() == null)
                .extracting(PricingLine::note)
                .containsExactly(
                        "tariff DAY, min_price: its periods cost 2.00 excl. VAT and 2.42 incl. VAT instead of 0.30"
                                + " and 0.363",
                        "tariff NIGHT, max_price: its periods cost 1.00 excl. VAT and 1.21 incl. VAT instead of 2.00"
                                + " and 2.42");
    }

    @Test
    void aPeriodNamingATariffThatWasNotGivenIsAnErrorNamingThePeriodAndTheId() {
        Periods session = startingAt("2024-06-03T19:00")
                .charging(60, "10")
                .charging(60, "10")
                .naming("DAY", "WEEKEND");

        assertThatThrownBy(() -> session.price(List.of(DAY, NIGHT)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("charging_periods[1].tariff_id: WEEKEND is not among the tariffs given (DAY, NIGHT)");
        assertThatThrownBy(() -> session.price(List.of(DAY)))
                .hasMessage("charging_periods[1].tariff_id: WEEKEND is not among the tariffs given (DAY)");
    }

    @Test
    void withSeveralTariffsEveryPeriodNamesItsOwnAndWithOneAPeriodNamingNoneIsPricedUnderIt() {
        Periods unnamed = startingAt("2024-06-03T19:00").charging(60, "10");

        assertThatThrownBy(() -> unnamed.price(List.of(DAY, NIGHT)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("charging_periods[0].tariff_id: missing; with 2 tariffs given (DAY, NIGHT), every period"
                        + " names the one it is priced under");
        assertThat(unnamed.price(List.of(NIGHT)).totalCost())
                .isEqualTo(unnamed.price(NIGHT).totalCost());
        assertThat(energyNotes(unnamed.price(List.of(NIGHT)))).containsExactly("element 0");
    }

    @Test
    void tariffsThatShareAnIdOrACurrencyNotAtAllAreRefused() {
        Periods session = startingAt("2024-06-03T19:00").charging(60, "10").naming("DAY");
        Tariff dollars = NIGHT.toBuilder().currency("USD").build();

        assertThatThrownBy(() -> session.price(List.of(DAY, NIGHT, DAY)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tariffs[2].id: DAY is given twice, also as tariffs[0]");
        assertThatThrownBy(() -> session.price(List.of(DAY, dollars)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "tariffs[1].currency: USD, while tariffs[0] is in EUR; a session is priced in one currency");
        assertThatThrownBy(() -> session.price(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("tariffs: none given");
    }

    @Test
    void theExplanationNamesTheTariffOfEveryAmountOnlyWhenThereAreSeveral() {
        PricingResult one = startingAt("2024-06-03T19:00").charging(60, "10").price(List.of(DAY));
        PricingResult two = startingAt("2024-06-03T19:00")
                .charging(60, "10")
                .parking(30)
                .naming("DAY", "NIGHT")
                .price(List.of(DAY, NIGHT));

        assertThat(energyNotes(one)).containsExactly("element 0");
        assertThat(two.explanation())
                .filteredOn(line -> line.dimension() == TariffDimensionType.PARKING_TIME)
                .extracting(PricingLine::note)
                .containsExactly("tariff NIGHT, free: no tariff element with a PARKING_TIME price component applies");
    }
}
