package io.github.ocpi4j.model.v221.pricing;

import static io.github.ocpi4j.model.v221.pricing.Periods.startingAt;
import static io.github.ocpi4j.model.v221.pricing.Periods.tariffWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.ocpi4j.model.v221.cdrs.CdrDimension;
import io.github.ocpi4j.model.v221.cdrs.CdrDimensionType;
import io.github.ocpi4j.model.v221.cdrs.ChargingPeriod;
import io.github.ocpi4j.model.v221.tariffs.Tariff;
import io.github.ocpi4j.model.v221.types.Price;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Properties of pricing that hold for any tariff and session, checked on seeded random ones: a failure names its case
 * number, which replays it.
 */
class PricingPropertiesTest {
    private static final int CASES = 400;
    private static final BigDecimal ROUNDING = new BigDecimal("0.0001");
    private static final String[] TYPES = {"ENERGY", "TIME", "PARKING_TIME", "FLAT"};
    private static final String[] DAYS = {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"};

    /** A random tariff and session: the JSON of the tariff and the periods. */
    private record Case(int number, String tariffJson, Tariff tariff, Session session) {
        @Override
        public String toString() {
            return "case " + number + ": " + tariffJson + " " + session;
        }
    }

    /** A random session: periods of charging (minutes, kWh) or parking (minutes, no kWh). */
    private record Session(String start, List<double[]> periods) {
        Periods build() {
            Periods p = startingAt(start);
            for (double[] period : periods) {
                if (period.length == 2) {
                    p.charging(period[0], BigDecimal.valueOf(period[1]).toPlainString());
                } else {
                    p.parking(period[0]);
                }
            }
            return p;
        }

        PricingResult price(Tariff tariff) {
            return build().price(tariff);
        }

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder("from " + start + ":");
            periods.forEach(p ->
                    s.append(p.length == 2 ? " charging " + p[0] + "min " + p[1] + "kWh" : " parking " + p[0] + "min"));
            return s.toString();
        }
    }

    private static void forEachCase(boolean restricted, boolean minMax, Consumer<Case> property) {
        for (int n = 0; n < CASES; n++) {
            Random random = new Random(n * 31L + (restricted ? 1 : 0) + (minMax ? 2 : 0));
            String fields = minMax ? minMax(random) : "";
            List<String> elements = new ArrayList<>();
            for (int e = 0, count = 1 + random.nextInt(3); e < count; e++) {
                elements.add(element(random, restricted));
            }
            Tariff tariff = tariffWith(fields, elements.toArray(String[]::new));
            String json = "{" + fields + "\"elements\":" + elements + "}";
            Case c = new Case(n, json, tariff, session(random));
            try {
                property.accept(c);
            } catch (AssertionError e) {
                throw new AssertionError(c + ": " + e.getMessage(), e);
            }
        }
    }

    private static String element(Random random, boolean restricted) {
        List<String> components = new ArrayList<>();
        for (int k = 0, count = 1 + random.nextInt(3); k < count; k++) {
            String vat = random.nextBoolean() ? ",\"vat\":" + (random.nextInt(4) * 7) : "";
            components.add("{\"type\":\"" + TYPES[random.nextInt(TYPES.length)] + "\",\"price\":" + money(random)
                    + ",\"step_size\":" + new int[] {1, 60, 300, 900, 1000}[random.nextInt(5)] + vat + "}");
        }
        String element = "{\"price_components\":" + components;
        if (restricted && random.nextBoolean()) {
            List<String> r = new ArrayList<>();
            if (random.nextBoolean()) {
                r.add(String.format(
                        Locale.ROOT,
                        "\"start_time\":\"%02d:00\",\"end_time\":\"%02d:00\"",
                        random.nextInt(24),
                        random.nextInt(24)));
            }
            if (random.nextBoolean()) {
                r.add("\"day_of_week\":[\"" + DAYS[random.nextInt(7)] + "\",\"" + DAYS[random.nextInt(7)] + "\"]");
            }
            if (random.nextBoolean()) {
                r.add("\"min_kwh\":" + random.nextInt(10) + ",\"max_kwh\":" + (10 + random.nextInt(20)));
            }
            if (random.nextBoolean()) {
                r.add("\"max_duration\":" + (600 + random.nextInt(7200)));
            }
            if (random.nextBoolean()) {
                r.add("\"min_power\":" + random.nextInt(20));
            }
            element += ",\"restrictions\":{" + String.join(",", r) + "}";
        }
        return element + "}";
    }

    /** A min_price and a max_price above it, each with or without incl_vat (21% more than excl_vat). */
    private static String minMax(Random random) {
        BigDecimal min = new BigDecimal(money(random));
        BigDecimal max = min.add(new BigDecimal(money(random)));
        return "\"min_price\":" + price(random, min) + ",\"max_price\":" + price(random, max) + ",";
    }

    private static String price(Random random, BigDecimal exclVat) {
        return random.nextInt(3) == 0
                ? "{\"excl_vat\":" + exclVat + "}"
                : "{\"excl_vat\":" + exclVat + ",\"incl_vat\":" + exclVat.multiply(new BigDecimal("1.21")) + "}";
    }

    private static String money(Random random) {
        return BigDecimal.valueOf(random.nextInt(500), 2).toPlainString();
    }

    private static Session session(Random random) {
        List<double[]> periods = new ArrayList<>();
        for (int k = 0, count = 1 + random.nextInt(5); k < count; k++) {
            double minutes = 1 + random.nextInt(180) + random.nextInt(60) / 60.0;
            periods.add(
                    random.nextInt(4) == 0
                            ? new double[] {minutes}
                            : new double[] {minutes, random.nextInt(3000) / 100.0});
        }
        return new Session(
                String.format(
                        Locale.ROOT,
                        "2024-06-%02dT%02d:%02d",
                        1 + random.nextInt(28),
                        random.nextInt(24),
                        random.nextInt(60)),
                periods);
    }

    private static List<Price> prices(PricingResult r) {
        List<Price> prices = new ArrayList<>(List.of(
                r.totalCost(), r.totalEnergyCost(), r.totalTimeCost(), r.totalParkingCost(), r.totalFixedCost()));
        if (r.totalReservationCost() != null) {
            prices.add(r.totalReservationCost());
        }
        return prices;
    }

    @Test
    void noAmountIsNegativeAndNoneIsLessWithVatThanWithout() {
        forEachCase(true, true, c -> {
            for (Price price : prices(c.session().price(c.tariff()))) {
                assertThat(price.exclVat()).isNotNegative();
                assertThat(price.inclVat()).isNotNull().isGreaterThanOrEqualTo(price.exclVat());
            }
        });
    }

    @Test
    void totalCostIsTheSumOfItsPartsWithoutMinimumOrMaximum() {
        forEachCase(true, false, c -> {
            PricingResult r = c.session().price(c.tariff());
            BigDecimal sum = prices(r).stream().skip(1).map(Price::exclVat).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(r.totalCost().exclVat()).isCloseTo(sum, within(ROUNDING.multiply(BigDecimal.valueOf(3))));
        });
    }

    @Test
    void totalCostStaysBetweenTheTariffsMinimumAndMaximum() {
        forEachCase(true, true, c -> {
            Price total = c.session().price(c.tariff()).totalCost();
            Price min = c.tariff().minPrice();
            Price max = c.tariff().maxPrice();
            assertThat(total.exclVat()).isGreaterThanOrEqualTo(min.exclVat()).isLessThanOrEqualTo(max.exclVat());
            if (min.inclVat() != null) {
                assertThat(total.inclVat()).isGreaterThanOrEqualTo(min.inclVat().setScale(4, RoundingMode.HALF_UP));
            }
            if (max.inclVat() != null) {
                assertThat(total.inclVat()).isLessThanOrEqualTo(max.inclVat().setScale(4, RoundingMode.HALF_UP));
            }
        });
    }

    @Test
    void moreEnergyOrMoreTimeNeverCostsLessUnderAnUnrestrictedTariff() {
        forEachCase(false, true, c -> {
            BigDecimal before = c.session().price(c.tariff()).totalCost().exclVat();
            List<double[]> more = new ArrayList<>(c.session().periods());
            int k = c.number() % more.size();
            double[] period = more.get(k);
            more.set(
                    k,
                    period.length == 2 ? new double[] {period[0] + 7, period[1] + 1.5} : new double[] {period[0] + 7});
            BigDecimal after = new Session(c.session().start(), more)
                    .price(c.tariff())
                    .totalCost()
                    .exclVat();
            assertThat(after).isGreaterThanOrEqualTo(before);
        });
    }

    @Test
    void stepSizeNeverBillsLessThanWasUsed() {
        forEachCase(false, false, c -> {
            PricingResult r = c.session().price(c.tariff());
            List<ChargingPeriod> periods = c.session().build().periods();
            BigDecimal kwh = volume(periods, CdrDimensionType.ENERGY);
            BigDecimal hours = volume(periods, CdrDimensionType.TIME);
            BigDecimal parking = volume(periods, CdrDimensionType.PARKING_TIME);
            BigDecimal tolerance = ROUNDING;
            assertThat(r.totalEnergyCost().exclVat())
                    .isGreaterThanOrEqualTo(
                            kwh.multiply(firstPrice(c.tariff(), "ENERGY")).subtract(tolerance));
            assertThat(r.totalTimeCost().exclVat())
                    .isGreaterThanOrEqualTo(
                            hours.multiply(firstPrice(c.tariff(), "TIME")).subtract(tolerance));
            assertThat(r.totalParkingCost().exclVat())
                    .isGreaterThanOrEqualTo(parking.multiply(firstPrice(c.tariff(), "PARKING_TIME"))
                            .subtract(tolerance));
        });
    }

    @Test
    void periodsNamingCopiesOfOneTariffCostWhatThatTariffAloneCosts() {
        // [[mod_cdrs_step_size]]: switching tariffs rounds nothing of its own; FLAT stays once for the session
        forEachCase(true, false, c -> {
            Tariff copy = Periods.withId(c.tariff(), "T2");

            PricingResult alone = c.session().price(c.tariff());
            PricingResult split = c.session().build().naming("T1", "T2").price(List.of(c.tariff(), copy));

            assertThat(split.withoutExplanation()).isEqualTo(alone.withoutExplanation());
        });
    }

    private static BigDecimal volume(List<ChargingPeriod> periods, CdrDimensionType type) {
        return periods.stream()
                .flatMap(p -> p.dimensions().stream())
                .filter(d -> d.type() == type)
                .map(CdrDimension::volume)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The price of the first component of a type in an unrestricted tariff: the one that applies; none is free. */
    private static BigDecimal firstPrice(Tariff tariff, String type) {
        return tariff.elements().stream()
                .flatMap(e -> e.priceComponents().stream())
                .filter(pc -> pc.type().toString().equals(type))
                .map(pc -> pc.price())
                .findFirst()
                .orElse(BigDecimal.ZERO);
    }
}
