package io.github.ocpi4j.model.internal.pricing;

import io.github.ocpi4j.model.internal.pricing.Amounts.Key;
import io.github.ocpi4j.model.v221.pricing.PricingLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link Calculation} found, before a version shapes it: each total exactly, rounded only when read.
 * Amounts are kept in {@code unit}ths of the currency.
 */
public final class Outcome {
    /** One tax of an amount: its percentage ({@code null} when the tariff's parts differ or state none) and amount. */
    public record Tax(@Nullable BigDecimal percentage, BigDecimal amount) {}

    /**
     * An amount as results show it: without VAT, with VAT, and the VAT by percentage (empty unless the calculation
     * was asked for it), which add up: {@code exclVat} plus the taxes is {@code inclVat}.
     */
    public record Amount(BigDecimal exclVat, BigDecimal inclVat, List<Tax> taxes) {}

    private static final Comparator<Map.Entry<BigDecimal, Fraction>> BY_PERCENTAGE =
            Map.Entry.comparingByKey(Comparator.nullsLast(Comparator.naturalOrder()));

    private final BigDecimal unit;
    private final BigDecimal[] excl;
    private final BigDecimal[] incl;
    private final @Nullable List<Map<BigDecimal, BigDecimal>> taxes;
    private final Fraction totalExcl;
    private final Fraction totalIncl;
    private final Map<BigDecimal, Fraction> totalTaxes;
    private final BigDecimal energyKwh;
    private final BigDecimal sessionSeconds;
    private final BigDecimal parkingSeconds;
    private final boolean reservation;
    private final Explanation lines;

    Outcome(
            BigDecimal unit,
            BigDecimal[] excl,
            BigDecimal[] incl,
            @Nullable List<Map<BigDecimal, BigDecimal>> taxes,
            Fraction totalExcl,
            Fraction totalIncl,
            Map<BigDecimal, Fraction> totalTaxes,
            BigDecimal energyKwh,
            BigDecimal sessionSeconds,
            BigDecimal parkingSeconds,
            boolean reservation,
            Explanation lines) {
        this.unit = unit;
        this.excl = excl;
        this.incl = incl;
        this.taxes = taxes;
        this.totalExcl = totalExcl;
        this.totalIncl = totalIncl;
        this.totalTaxes = totalTaxes;
        this.energyKwh = energyKwh;
        this.sessionSeconds = sessionSeconds;
        this.parkingSeconds = parkingSeconds;
        this.reservation = reservation;
        this.lines = lines;
    }

    /** The session's cost, after the tariffs' minimum and maximum prices. */
    public Amount total() {
        return amount(totalExcl, totalIncl, totalTaxes);
    }

    /** What one part of the session costs. */
    public Amount of(Key key) {
        return of(key, null);
    }

    /** What the reservation costs, FLAT and time; {@code null} when the session had none. */
    public @Nullable Amount reservation() {
        return reservation ? of(Key.FLAT_RESERVATION, Key.TIME_RESERVATION) : null;
    }

    private Amount of(Key key, @Nullable Key also) {
        BigDecimal e = excl[key.ordinal()];
        BigDecimal i = incl[key.ordinal()];
        Map<BigDecimal, Fraction> byRate = taxes == null ? Map.of() : new HashMap<>();
        if (taxes != null) {
            taxes.get(key.ordinal()).forEach((rate, tax) -> byRate.merge(rate, Fraction.of(tax), Fraction::plus));
        }
        if (also != null) {
            e = e.add(excl[also.ordinal()]);
            i = i.add(incl[also.ordinal()]);
            if (taxes != null) {
                taxes.get(also.ordinal()).forEach((rate, tax) -> byRate.merge(rate, Fraction.of(tax), Fraction::plus));
            }
        }
        return amount(Fraction.of(e), Fraction.of(i), byRate);
    }

    /**
     * Rounds each amount once; the largest tax takes what rounding each on its own leaves over, so that the taxes add
     * up to the difference of the two rounded totals.
     */
    private Amount amount(Fraction e, Fraction i, Map<BigDecimal, Fraction> byRate) {
        BigDecimal exclVat = e.money(unit);
        BigDecimal inclVat = i.money(unit);
        if (byRate.isEmpty()) {
            return new Amount(exclVat, inclVat, List.of());
        }
        List<Map.Entry<BigDecimal, Fraction>> sorted = new ArrayList<>(byRate.entrySet());
        sorted.sort(BY_PERCENTAGE);
        int largest = 0;
        for (int k = 1; k < sorted.size(); k++) {
            if (sorted.get(k).getValue().compareTo(sorted.get(largest).getValue()) > 0) {
                largest = k;
            }
        }
        BigDecimal rest = inclVat.subtract(exclVat);
        BigDecimal[] amounts = new BigDecimal[sorted.size()];
        for (int k = 0; k < sorted.size(); k++) {
            if (k != largest) {
                amounts[k] = sorted.get(k).getValue().money(unit);
                rest = rest.subtract(amounts[k]);
            }
        }
        amounts[largest] = Amounts.money(rest);
        List<Tax> list = new ArrayList<>(sorted.size());
        for (int k = 0; k < sorted.size(); k++) {
            list.add(new Tax(sorted.get(k).getKey(), amounts[k]));
        }
        return new Amount(exclVat, inclVat, List.copyOf(list));
    }

    /** The energy of the periods priced, in kWh, rounded as results show it. */
    public BigDecimal energyKwh() {
        return Amounts.quantity(energyKwh);
    }

    /** The charging session's duration in hours, rounded as results show it. */
    public BigDecimal totalTimeHours() {
        return Amounts.hoursOf(sessionSeconds);
    }

    /** The parking time of the periods, in hours, rounded as results show it. */
    public BigDecimal parkingHours() {
        return Amounts.hoursOf(parkingSeconds);
    }

    /** What was billed and why, line by line; written when first read. */
    public List<PricingLine> lines() {
        return lines;
    }
}
