package io.github.ocpi4j.model.v230.pricing;

import static io.github.ocpi4j.model.v221.pricing.Periods.startingAt;
import static io.github.ocpi4j.model.v230.pricing.Sessions.tariff;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.v221.pricing.Periods;
import io.github.ocpi4j.model.v230.tariffs.PriceLimit;
import io.github.ocpi4j.model.v230.tariffs.Tariff;
import io.github.ocpi4j.model.v230.tariffs.TaxIncluded;
import io.github.ocpi4j.model.v230.types.Price;
import io.github.ocpi4j.model.v230.types.TaxAmount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Properties of 2.3.0 pricing that hold for any tariff and session, whatever its {@code tax_included}, checked on
 * seeded random ones as the 2.2.1 properties are: a failure names its case number, which replays it.
 */
class PricingPropertiesTest {
    private static final int CASES = 300;
    private static final String[] TYPES = {"ENERGY", "TIME", "PARKING_TIME", "FLAT"};
    private static final String[] TAX_INCLUDED = {"YES", "NO", "N/A"};

    /** A random tariff and session: the tariff's JSON, and the periods (minutes and kWh, or minutes parked). */
    private record Case(int number, String tariffJson, Tariff tariff, String start, List<double[]> periods) {
        PricingResult price() {
            return price(periods);
        }

        PricingResult price(List<double[]> session) {
            Periods p = startingAt(start);
            for (double[] period : session) {
                if (period.length == 2) {
                    p.charging(period[0], BigDecimal.valueOf(period[1]).toPlainString());
                } else {
                    p.parking(period[0]);
                }
            }
            return Sessions.price(p, tariff);
        }

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder("case " + number + ": " + tariffJson + " from " + start + ":");
            periods.forEach(p ->
                    s.append(p.length == 2 ? " charging " + p[0] + "min " + p[1] + "kWh" : " parking " + p[0] + "min"));
            return s.toString();
        }
    }

    private static void forEachCase(boolean minMax, Consumer<Case> property) {
        for (int n = 0; n < CASES; n++) {
            Random random = new Random(n * 37L + (minMax ? 5 : 0));
            String taxIncluded = TAX_INCLUDED[random.nextInt(TAX_INCLUDED.length)];
            boolean vat = !taxIncluded.equals("N/A") && random.nextInt(4) != 0;
            String fields = "\"tax_included\":\"" + taxIncluded + "\"," + (minMax ? minMax(random) : "");
            List<String> elements = new ArrayList<>();
            for (int e = 0, count = 1 + random.nextInt(3); e < count; e++) {
                elements.add(element(random, vat));
            }
            String json = "{" + fields + "\"elements\":" + elements + "}";
            Case c = new Case(n, json, tariff(fields, elements.toArray(String[]::new)), start(random), periods(random));
            try {
                property.accept(c);
            } catch (AssertionError e) {
                throw new AssertionError(c + ": " + e.getMessage(), e);
            }
        }
    }

    private static String element(Random random, boolean vat) {
        List<String> components = new ArrayList<>();
        for (int k = 0, count = 1 + random.nextInt(3); k < count; k++) {
            components.add("{\"type\":\"" + TYPES[random.nextInt(TYPES.length)] + "\",\"price\":" + money(random)
                    + ",\"step_size\":" + new int[] {1, 60, 300, 900, 1000}[random.nextInt(5)]
                    + (vat ? ",\"vat\":" + new String[] {"0", "5.5", "10", "21"}[random.nextInt(4)] : "") + "}");
        }
        return "{\"price_components\":" + components + "}";
    }

    /** A min_price and a max_price above it, each with or without after_taxes (21 % more than before_taxes). */
    private static String minMax(Random random) {
        BigDecimal min = new BigDecimal(money(random));
        BigDecimal max = min.add(new BigDecimal(money(random)));
        return "\"min_price\":" + limit(random, min) + ",\"max_price\":" + limit(random, max) + ",";
    }

    private static String limit(Random random, BigDecimal before) {
        return random.nextInt(3) == 0
                ? "{\"before_taxes\":" + before + "}"
                : "{\"before_taxes\":" + before + ",\"after_taxes\":" + before.multiply(new BigDecimal("1.21")) + "}";
    }

    private static String money(Random random) {
        return BigDecimal.valueOf(random.nextInt(500), 2).toPlainString();
    }

    private static String start(Random random) {
        return String.format(
                Locale.ROOT, "2024-06-%02dT%02d:%02d", 1 + random.nextInt(28), random.nextInt(24), random.nextInt(60));
    }

    private static List<double[]> periods(Random random) {
        List<double[]> periods = new ArrayList<>();
        for (int k = 0, count = 1 + random.nextInt(5); k < count; k++) {
            double minutes = 1 + random.nextInt(180) + random.nextInt(60) / 60.0;
            periods.add(
                    random.nextInt(4) == 0
                            ? new double[] {minutes}
                            : new double[] {minutes, random.nextInt(3000) / 100.0});
        }
        return periods;
    }

    private static List<Price> prices(PricingResult r) {
        List<Price> prices = new ArrayList<>(List.of(
                r.totalCost(), r.totalEnergyCost(), r.totalTimeCost(), r.totalParkingCost(), r.totalFixedCost()));
        if (r.totalReservationCost() != null) {
            prices.add(r.totalReservationCost());
        }
        return prices;
    }

    private static boolean statesVat(Tariff tariff) {
        return tariff.taxIncluded() != TaxIncluded.NOT_APPLICABLE
                && tariff.elements().stream()
                        .flatMap(e -> e.priceComponents().stream())
                        .anyMatch(c -> c.vat() != null);
    }

    private static boolean oneRate(Tariff tariff) {
        return tariff.elements().stream()
                        .flatMap(e -> e.priceComponents().stream())
                        .map(c -> c.vat() == null
                                ? "none"
                                : c.vat().stripTrailingZeros().toPlainString())
                        .distinct()
                        .count()
                == 1;
    }

    @Test
    void noAmountOrTaxIsNegativeAndTaxesAreVatAtTheTariffsRates() {
        forEachCase(true, c -> {
            for (Price price : prices(c.price())) {
                assertThat(price.beforeTaxes()).isNotNegative();
                for (TaxAmount tax : price.taxes()) {
                    assertThat(tax.amount()).isNotNegative();
                    assertThat(tax.name()).isEqualTo("VAT");
                }
                if (!statesVat(c.tariff())) {
                    assertThat(price.taxes()).isEmpty();
                }
            }
        });
    }

    @Test
    void moreEnergyOrMoreTimeNeverCostsLessBeforeOrAfterTaxes() {
        forEachCase(true, c -> {
            Price before = c.price().totalCost();
            List<double[]> more = new ArrayList<>(c.periods());
            int k = c.number() % more.size();
            double[] period = more.get(k);
            more.set(
                    k,
                    period.length == 2 ? new double[] {period[0] + 7, period[1] + 1.5} : new double[] {period[0] + 7});
            Price after = c.price(more).totalCost();
            assertThat(after.beforeTaxes()).isGreaterThanOrEqualTo(before.beforeTaxes());
            // at a max_price before taxes, the VAT follows what was used: with rates that differ, more of a dimension
            // at a lower rate may lower the VAT of the capped total (case 20: energy at 0 %, time at 5.5 %)
            if (oneRate(c.tariff())) {
                assertThat(after.afterTaxes()).isGreaterThanOrEqualTo(before.afterTaxes());
            }
        });
    }

    @Test
    void totalCostStaysWithinTheBoundsBeforeAndAfterTaxes() {
        // [[mod_tariffs_tariff_object]] min_price and max_price: each side bounds its own total; a tariff that states
        // no VAT knows one amount, bounded as Pricing describes
        forEachCase(true, c -> {
            Price total = c.price().totalCost();
            PriceLimit min = c.tariff().minPrice();
            PriceLimit max = c.tariff().maxPrice();
            if (statesVat(c.tariff())) {
                assertThat(total.beforeTaxes()).isBetween(min.beforeTaxes(), max.beforeTaxes());
                if (min.afterTaxes() != null) {
                    assertThat(total.afterTaxes()).isGreaterThanOrEqualTo(rounded(min.afterTaxes()));
                }
                if (max.afterTaxes() != null) {
                    assertThat(total.afterTaxes()).isLessThanOrEqualTo(rounded(max.afterTaxes()));
                }
            } else {
                boolean afterTaxes = c.tariff().taxIncluded() == TaxIncluded.YES;
                assertThat(total.beforeTaxes())
                        .isBetween(rounded(side(min, afterTaxes)), rounded(side(max, afterTaxes)));
            }
        });
    }

    private static BigDecimal side(PriceLimit limit, boolean afterTaxes) {
        return afterTaxes && limit.afterTaxes() != null ? limit.afterTaxes() : limit.beforeTaxes();
    }

    private static BigDecimal rounded(BigDecimal amount) {
        return amount.setScale(4, RoundingMode.HALF_UP);
    }
}
