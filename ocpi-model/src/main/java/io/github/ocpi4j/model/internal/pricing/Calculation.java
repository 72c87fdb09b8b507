package io.github.ocpi4j.model.internal.pricing;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.internal.pricing.Amounts.Key;
import io.github.ocpi4j.model.v221.cdrs.CdrDimension;
import io.github.ocpi4j.model.v221.cdrs.CdrDimensionType;
import io.github.ocpi4j.model.v221.cdrs.ChargingPeriod;
import io.github.ocpi4j.model.v221.pricing.PricingLine;
import io.github.ocpi4j.model.v221.tariffs.PriceComponent;
import io.github.ocpi4j.model.v221.tariffs.Tariff;
import io.github.ocpi4j.model.v221.tariffs.TariffDimensionType;
import io.github.ocpi4j.model.v221.tariffs.TariffElement;
import io.github.ocpi4j.model.v221.types.Price;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * One pricing of a session under one or several tariffs. Amounts are kept exactly, in {@code unit}ths of the
 * currency: 3600ths, as a price per hour times seconds is such an amount with no division, and a price per kWh or a
 * FLAT price is multiplied by 3600. A tariff whose prices include VAT makes the unit smaller still: 3600 times the
 * product of {@code 1 + vat/100} over its distinct VAT rates, so that the part of a price before VAT is exact too.
 * Each total is divided and rounded once, at the end. The words of the explanation are not written here: each charge
 * and bound keeps its figures, and {@link Explanation} writes the lines when a caller first reads them.
 *
 * <pre>{@code
 * Outcome outcome = new Calculation(tariffs, null, false, true, periods, start, end, zone, null).run();
 * }</pre>
 *
 * <p>For one pricing, on one thread.
 */
public final class Calculation {
    /**
     * A tariff of this pricing: the search for its price components, how the explanation names it, and whether its
     * prices include the VAT of their components.
     */
    private record Under(
            int index,
            Tariff tariff,
            Chooser chooser,
            String prefix,
            boolean vatIncluded,
            @Nullable Rate[][] rates) {
        Under(int index, Tariff tariff, Chooser chooser, String prefix, boolean vatIncluded) {
            this(
                    index,
                    tariff,
                    chooser,
                    prefix,
                    vatIncluded,
                    new Rate[tariff.elements().size()][TariffDimensionType.values().length]);
        }

        /** The note with the tariff's name before it, when there are several. */
        String note(String note) {
            return prefix.isEmpty() ? note : prefix + note;
        }
    }

    /**
     * What one unit billed (a kWh, a second, or one FLAT) of a price component costs, in unitths, exactly: excluding
     * and including VAT, an amount being a quantity times this, one multiplication each; and its VAT rate as a key
     * ({@link #rate(BigDecimal)}), {@code null} without VAT.
     */
    private record Rate(
            BigDecimal excl, BigDecimal incl, @Nullable BigDecimal vat) {}

    /**
     * One amount billed: for a period and dimension, by a price component, exactly; {@code quantity} in kWh, seconds
     * or 1 (FLAT), {@code excl} and {@code incl} in unitths. {@code step} says what a step size added; {@code null}
     * for the amount of a period, which the explanation derives from the element that applied.
     */
    private record Charge(
            Slice slice,
            Key key,
            Under under,
            @Nullable Integer element,
            @Nullable PriceComponent component,
            @Nullable Rate rate,
            BigDecimal quantity,
            BigDecimal excl,
            BigDecimal incl,
            @Nullable String step) {

        /** Why, in words: what the step size added, or which element applied, or that none did. */
        String note() {
            if (step != null) {
                return under.note(step);
            }
            if (element == null) {
                return under.note("free: no tariff element with a " + key.dimension() + " price component applies");
            }
            return under.note(under.chooser().why(element, slice));
        }

        PricingLine line(BigDecimal unit) {
            return new PricingLine(
                    slice.period(),
                    slice.start(),
                    slice.end(),
                    key.dimension(),
                    key.timeBased() ? Amounts.hoursOf(quantity) : Amounts.quantity(quantity),
                    element,
                    component == null ? null : component.price(),
                    component == null ? null : component.vat(),
                    Amounts.money(excl, unit),
                    Amounts.money(incl, unit),
                    note());
        }
    }

    /** A change that a tariff's minimum or maximum price made to what its periods cost, in unitths. */
    private record Bound(Under under, Fraction excl, Fraction incl, Fraction newExcl, Fraction newIncl) {
        PricingLine line(BigDecimal unit) {
            boolean raised = newExcl.compareTo(excl) > 0 || newIncl.compareTo(incl) > 0;
            return new PricingLine(
                    null,
                    null,
                    null,
                    null,
                    BigDecimal.ZERO,
                    null,
                    null,
                    null,
                    newExcl.minus(excl).money(unit),
                    newIncl.minus(incl).money(unit),
                    under.note((raised ? "min_price" : "max_price") + ": "
                            + (under.prefix().isEmpty() ? "the session costs " : "its periods cost ")
                            + newExcl.money(unit) + " excl. VAT and " + newIncl.money(unit) + " incl. VAT instead of "
                            + excl.money(unit) + " and " + incl.money(unit)));
        }
    }

    private final List<Slice> slices;
    private final Under[] tariffs;
    /** The tariff that prices each slice, {@code null} for a slice of another tariff, which is not priced. */
    private final @Nullable Under[] bySlice;

    private final Instant start;
    private final Instant end;
    private final List<Charge> charges = new ArrayList<>();
    /** Periods not priced, as the explanation's first lines. */
    private final List<PricingLine> notes = new ArrayList<>();
    /** What the tariffs' minimum and maximum prices changed. */
    private final List<Bound> bounds = new ArrayList<>(1);
    /** Whether the outcome lists the VAT by percentage. */
    private final boolean withTaxes;
    /** The product of {@code 1 + vat/100} over the VAT rates of the prices that include VAT; 1 without those. */
    private final BigDecimal factor;
    /** Amounts are kept in {@code unit}ths of the currency: 3600 times {@code factor}. */
    private final BigDecimal unit;
    /** For each VAT rate of a price that includes VAT: {@code factor} without that rate's {@code 1 + vat/100}. */
    private final Map<BigDecimal, BigDecimal> withoutRate = new HashMap<>();

    private final List<ChargingPeriod> periods;
    private @Nullable BigDecimal metered;
    private String meteredField = "";
    /** Whether the outcome's energy is the meter's, which the explanation then says. */
    private boolean meteredUsed;

    /**
     * Prepares the pricing of periods under tariffs.
     *
     * @param vatIncluded for each tariff, whether its prices include the VAT their components state, or {@code null}:
     *     none does
     * @param withTaxes whether the outcome lists the VAT by percentage
     * @param strict {@code false}: one tariff, which leaves the periods that name another unpriced; {@code true}:
     *     each period under the tariff it names, one tariff also those that name none, and anything else an error
     */
    public Calculation(
            List<Tariff> tariffs,
            boolean @Nullable [] vatIncluded,
            boolean withTaxes,
            boolean strict,
            List<ChargingPeriod> periods,
            Instant start,
            Instant end,
            ZoneId zone,
            @Nullable Boolean reservationExpired) {
        this.slices = Slice.of(periods, start, end);
        this.start = start;
        this.end = end;
        if (strict) {
            checkTariffs(tariffs);
        }
        this.withTaxes = withTaxes;
        this.periods = periods;
        boolean expired = reservationExpired != null ? reservationExpired : expired(slices);
        boolean several = tariffs.size() > 1;
        this.tariffs = new Under[tariffs.size()];
        for (int i = 0; i < tariffs.size(); i++) {
            Tariff t = tariffs.get(i);
            boolean included = vatIncluded != null && vatIncluded[i];
            this.tariffs[i] =
                    new Under(i, t, new Chooser(t, zone, expired), several ? "tariff " + t.id() + ", " : "", included);
            if (included) {
                forEachComponent(t, c -> {
                    if (c.vat() != null) {
                        withoutRate.put(rate(c.vat()), BigDecimal.ONE);
                    }
                });
            }
        }
        BigDecimal product = BigDecimal.ONE;
        for (BigDecimal rate : withoutRate.keySet()) {
            BigDecimal f = Amounts.inclVat(BigDecimal.ONE, rate);
            product = product.multiply(f);
            withoutRate.replaceAll((other, cofactor) -> other.equals(rate) ? cofactor : cofactor.multiply(f));
        }
        this.factor = product;
        this.unit = Amounts.SECONDS_PER_HOUR.multiply(product);
        this.bySlice = new Under[slices.size()];
        for (int k = 0; k < slices.size(); k++) {
            bySlice[k] = strict ? named(slices.get(k)) : single(slices.get(k));
        }
    }

    /** A reservation counts as expired when no period has charging or parking. */
    private static boolean expired(List<Slice> slices) {
        boolean reserved = false;
        boolean charged = false;
        for (Slice s : slices) {
            reserved |= s.reservationSeconds().signum() > 0;
            charged |= s.hasCharging();
        }
        return reserved && !charged;
    }

    private static void checkTariffs(List<Tariff> tariffs) {
        if (tariffs.isEmpty()) {
            throw new IllegalArgumentException("tariffs: none given; a session is priced under at least one");
        }
        Tariff first = tariffs.get(0);
        for (int i = 0; i < tariffs.size(); i++) {
            Tariff t = tariffs.get(i);
            if (t.currency() != null
                    && first.currency() != null
                    && !t.currency().equalsIgnoreCase(first.currency())) {
                throw new IllegalArgumentException("tariffs[" + i + "].currency: " + t.currency() + ", while tariffs[0]"
                        + " is in " + first.currency() + "; a session is priced in one currency");
            }
            for (int j = 0; j < i; j++) {
                if (t.id() != null && t.id().equals(tariffs.get(j).id())) {
                    throw new IllegalArgumentException(
                            "tariffs[" + i + "].id: " + t.id() + " is given twice, also as tariffs[" + j + "]");
                }
            }
        }
    }

    /** The one tariff, unless the slice names another: then none, and a note that says so. */
    private @Nullable Under single(Slice slice) {
        Under only = tariffs[0];
        CiString named = slice.tariffId();
        if (named != null
                && only.tariff().id() != null
                && !named.equals(only.tariff().id())) {
            notes.add(new PricingLine(
                    slice.period(),
                    slice.start(),
                    slice.end(),
                    null,
                    BigDecimal.ZERO,
                    null,
                    null,
                    null,
                    Amounts.money(BigDecimal.ZERO),
                    Amounts.money(BigDecimal.ZERO),
                    "not priced: the period belongs to tariff " + named + ", not "
                            + only.tariff().id()));
            return null;
        }
        return only;
    }

    /** The tariff the slice names; the only one for a slice that names none. */
    private Under named(Slice slice) {
        CiString named = slice.tariffId();
        if (named == null) {
            if (tariffs.length == 1) {
                return tariffs[0];
            }
            throw new IllegalArgumentException("charging_periods[" + slice.period() + "].tariff_id: missing; with "
                    + tariffs.length + " tariffs given (" + ids() + "), every period names the one it is priced under");
        }
        for (Under u : tariffs) {
            if (named.equals(u.tariff().id())) {
                return u;
            }
        }
        throw new IllegalArgumentException("charging_periods[" + slice.period() + "].tariff_id: " + named
                + " is not among the tariffs given (" + ids() + ")");
    }

    private String ids() {
        StringBuilder ids = new StringBuilder();
        for (Under u : tariffs) {
            ids.append(ids.length() == 0 ? "" : ", ").append(u.tariff().id());
        }
        return ids.toString();
    }

    /** A VAT rate as a key: 10 and 10.0 are one rate. */
    private static BigDecimal rate(BigDecimal vat) {
        BigDecimal rate = vat.stripTrailingZeros();
        return rate.scale() < 0 ? rate.setScale(0) : rate;
    }

    private static void forEachComponent(Tariff tariff, Consumer<PriceComponent> action) {
        for (TariffElement element : tariff.elements()) {
            for (PriceComponent c : element == null ? List.<PriceComponent>of() : element.priceComponents()) {
                if (c != null) {
                    action.accept(c);
                }
            }
        }
    }

    /**
     * Keeps the energy a meter gave ({@code total_energy} of a CDR, {@code kwh} of a Session) when no period
     * reports ENERGY, as nothing priced can then depend on it; the explanation names the field.
     */
    public Calculation metered(@Nullable BigDecimal energy, String field) {
        this.metered = energy;
        this.meteredField = field;
        return this;
    }

    private boolean hasEnergy() {
        for (ChargingPeriod p : periods) {
            if (p != null) {
                for (CdrDimension d : p.dimensions()) {
                    if (d != null && d.type() == CdrDimensionType.ENERGY) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Prices the periods. */
    public Outcome run() {
        boolean flat = false;
        boolean reservationFlat = false;
        for (int k = 0; k < slices.size(); k++) {
            Slice slice = slices.get(k);
            Under under = bySlice[k];
            if (under == null) {
                continue;
            }
            if (slice.reservationSeconds().signum() > 0) {
                reservationFlat |= bill(under, slice, Key.FLAT_RESERVATION, BigDecimal.ONE, reservationFlat);
                bill(under, slice, Key.TIME_RESERVATION, slice.reservationSeconds(), false);
            }
            if (slice.hasCharging()) {
                flat |= bill(under, slice, Key.FLAT, BigDecimal.ONE, flat);
                bill(under, slice, Key.ENERGY, slice.energyKwh(), false);
                bill(under, slice, Key.TIME, slice.chargingSeconds(), false);
                bill(under, slice, Key.PARKING_TIME, slice.parkingSeconds(), false);
            }
        }
        stepEnergy();
        stepTime();
        return result();
    }

    /**
     * Bills a quantity of a period for one dimension at its active price component; returns whether it did. FLAT is
     * billed once: {@code done} says whether it already was.
     */
    private boolean bill(Under under, Slice slice, Key key, BigDecimal quantity, boolean done) {
        if (done || quantity.signum() == 0) {
            return false;
        }
        Chooser.Active active = under.chooser().active(slice, key);
        if (active == null) {
            if (key != Key.FLAT && key != Key.FLAT_RESERVATION) {
                charges.add(new Charge(
                        slice, key, under, null, null, null, quantity, BigDecimal.ZERO, BigDecimal.ZERO, null));
            }
            return false;
        }
        charges.add(charge(under, slice, key, active.index(), active.component(), quantity, null));
        return true;
    }

    private Charge charge(
            Under under,
            Slice slice,
            Key key,
            int element,
            PriceComponent component,
            BigDecimal quantity,
            @Nullable String step) {
        Rate rate = rate(under, element, component);
        BigDecimal excl = quantity.multiply(rate.excl());
        BigDecimal incl = rate.incl() == rate.excl() ? excl : quantity.multiply(rate.incl());
        return new Charge(slice, key, under, element, component, rate, quantity, excl, incl, step);
    }

    /** The rate of the element's component, worked out on its first use in this pricing. */
    private Rate rate(Under under, int element, PriceComponent component) {
        @Nullable Rate[] ofElement = under.rates()[element];
        int dimension = component.type().ordinal();
        Rate rate = ofElement[dimension];
        if (rate == null) {
            rate = rate(component, under.vatIncluded());
            ofElement[dimension] = rate;
        }
        return rate;
    }

    /**
     * The rate of a price component. A product is exact and its scale is the sum of its factors' scales, so a quantity
     * times this rate is the very amount that multiplying the quantity by each factor in turn gives.
     */
    private Rate rate(PriceComponent component, boolean vatIncluded) {
        // time: seconds times a price per hour is already in 3600ths; kWh and FLAT are not
        BigDecimal stated = component.price();
        if (component.type() != TariffDimensionType.TIME && component.type() != TariffDimensionType.PARKING_TIME) {
            stated = stated.multiply(Amounts.SECONDS_PER_HOUR);
        }
        BigDecimal vat = component.vat();
        if (vatIncluded && vat != null) {
            // stated with VAT: the part before it is exact in unitths
            BigDecimal key = rate(vat);
            return new Rate(stated.multiply(withoutRate.get(key)), stated.multiply(factor), key);
        }
        BigDecimal excl = factor == BigDecimal.ONE ? stated : stated.multiply(factor);
        return new Rate(excl, Amounts.inclVat(excl, vat), vat == null ? null : rate(vat));
    }

    /** step_size for ENERGY: once, on the total energy billed, with the last ENERGY component's step. */
    private void stepEnergy() {
        Charge last = lastBilled(c -> c.key() == Key.ENERGY);
        if (last == null) {
            return;
        }
        BigDecimal totalWh = total(Key.ENERGY).movePointRight(3);
        BigDecimal extraWh =
                Amounts.roundUp(totalWh, last.component().stepSize()).subtract(totalWh);
        if (extraWh.signum() > 0) {
            charges.add(extra(
                    last,
                    extraWh.movePointLeft(3),
                    "step_size " + last.component().stepSize() + " Wh: " + shown(totalWh) + " Wh billed as "
                            + shown(totalWh.add(extraWh)) + " Wh"));
        }
    }

    /**
     * step_size for time: once, on the total of the last time-based dimension billed (charging, parking or reservation
     * time), with its last component's step.
     */
    private void stepTime() {
        Charge last = lastBilled(c -> c.key().timeBased());
        if (last == null) {
            return;
        }
        BigDecimal totalSeconds = total(last.key());
        BigDecimal extraSeconds =
                Amounts.roundUp(totalSeconds, last.component().stepSize()).subtract(totalSeconds);
        if (extraSeconds.signum() > 0) {
            charges.add(extra(
                    last,
                    extraSeconds,
                    "step_size " + last.component().stepSize() + " s: " + describe(last.key()) + " of "
                            + seconds(totalSeconds) + " billed as " + seconds(totalSeconds.add(extraSeconds))));
        }
    }

    private Charge extra(Charge last, BigDecimal quantity, String step) {
        return charge(
                last.under(),
                last.slice(),
                last.key(),
                Objects.requireNonNull(last.element()),
                Objects.requireNonNull(last.component()),
                quantity,
                step);
    }

    private @Nullable Charge lastBilled(Predicate<Charge> which) {
        Charge last = null;
        for (Charge c : charges) {
            if (c.component() != null && which.test(c)) {
                last = c; // charges are in period order, and in order of dimension within a period
            }
        }
        return last;
    }

    private BigDecimal total(Key key) {
        BigDecimal total = BigDecimal.ZERO;
        for (Charge c : charges) {
            if (c.key() == key && c.component() != null) {
                total = total.add(c.quantity());
            }
        }
        return total;
    }

    private Outcome result() {
        int keys = Key.values().length;
        BigDecimal[] excl = zeros(keys);
        BigDecimal[] incl = zeros(keys);
        BigDecimal[] exclOf = zeros(tariffs.length);
        BigDecimal[] inclOf = zeros(tariffs.length);
        List<Map<BigDecimal, BigDecimal>> taxes = withTaxes ? maps(keys) : null;
        List<Map<BigDecimal, BigDecimal>> taxesOf = withTaxes ? maps(tariffs.length) : null;
        boolean several = tariffs.length > 1;
        for (Charge c : charges) {
            int k = c.key().ordinal();
            excl[k] = excl[k].add(c.excl());
            incl[k] = incl[k].add(c.incl());
            if (several) {
                int t = c.under().index();
                exclOf[t] = exclOf[t].add(c.excl());
                inclOf[t] = inclOf[t].add(c.incl());
            }
            BigDecimal rate = c.rate() == null ? null : c.rate().vat();
            if (taxes != null && rate != null) {
                BigDecimal tax = c.incl().subtract(c.excl());
                taxes.get(k).merge(rate, tax, BigDecimal::add);
                taxesOf.get(c.under().index()).merge(rate, tax, BigDecimal::add);
            }
        }
        if (!several) { // one tariff: its amounts are all the amounts
            for (int k = 0; k < keys; k++) {
                exclOf[0] = exclOf[0].add(excl[k]);
                inclOf[0] = inclOf[0].add(incl[k]);
            }
        }
        Fraction totalExcl = Fraction.ZERO;
        Fraction totalIncl = Fraction.ZERO;
        Map<BigDecimal, Fraction> totalTaxes = new HashMap<>();
        for (Under u : tariffs) {
            Fraction[] bounded = bounded(u, exclOf[u.index()], inclOf[u.index()]);
            totalExcl = totalExcl.plus(bounded[0]);
            totalIncl = totalIncl.plus(bounded[1]);
            if (taxesOf != null) {
                boundTaxes(
                        u, taxesOf.get(u.index()), inclOf[u.index()].subtract(exclOf[u.index()]), bounded, totalTaxes);
            }
        }
        BigDecimal energy = BigDecimal.ZERO;
        BigDecimal parking = BigDecimal.ZERO;
        boolean reservation = false;
        for (Slice s : slices) {
            energy = energy.add(s.energyKwh());
            parking = parking.add(s.parkingSeconds());
            reservation |= s.reservationSeconds().signum() > 0;
        }
        if (metered != null && !hasEnergy()) {
            energy = metered;
            meteredUsed = true;
        }
        return new Outcome(
                unit,
                excl,
                incl,
                taxes,
                totalExcl,
                totalIncl,
                totalTaxes,
                energy,
                sessionSeconds(),
                parking,
                reservation,
                new Explanation(this::explanation));
    }

    /**
     * The explanation: the periods not priced, each amount billed, what the bounds changed, and the meter's energy
     * when it was used. Written from what the pricing kept, once, when a caller first reads it.
     */
    private List<PricingLine> explanation() {
        List<PricingLine> lines = new ArrayList<>(notes.size() + charges.size() + bounds.size() + 1);
        lines.addAll(notes);
        for (Charge c : charges) {
            lines.add(c.line(unit));
        }
        for (Bound b : bounds) {
            lines.add(b.line(unit));
        }
        if (meteredUsed && metered != null) {
            BigDecimal zero = Amounts.money(BigDecimal.ZERO);
            lines.add(new PricingLine(
                    null,
                    null,
                    null,
                    null,
                    Amounts.quantity(metered),
                    null,
                    null,
                    null,
                    zero,
                    zero,
                    "total_energy " + Amounts.quantity(metered).toPlainString() + " kWh: the " + meteredField
                            + " given, as no charging period reports ENERGY"));
        }
        return lines;
    }

    /**
     * The VAT of a tariff's periods by percentage after its minimum and maximum price: each rate's share of the VAT
     * kept, scaled to the VAT the bounds leave ({@code bounded} with VAT less {@code bounded} without). A session
     * whose VAT was zero and which a bound gives VAT has it at the tariff's single rate, or at no stated rate when its
     * components differ.
     */
    private static void boundTaxes(
            Under under,
            Map<BigDecimal, BigDecimal> byRate,
            BigDecimal vat,
            Fraction[] bounded,
            Map<BigDecimal, Fraction> into) {
        Fraction before = Fraction.of(vat);
        Fraction after = bounded[1].minus(bounded[0]);
        if (before.signum() == 0) {
            if (after.signum() != 0) {
                into.merge(singleRate(under.tariff()), after, Fraction::plus);
            }
            return;
        }
        boolean same = after.compareTo(before) == 0;
        byRate.forEach((rate, tax) -> {
            Fraction part =
                    same ? Fraction.of(tax) : Fraction.of(tax).times(after).over(before);
            into.merge(rate, part, Fraction::plus);
        });
    }

    /** The VAT rate every price component of the tariff states, or {@code null}: they differ, or state none. */
    private static @Nullable BigDecimal singleRate(Tariff tariff) {
        BigDecimal rate = null;
        boolean first = true;
        for (TariffElement element : tariff.elements()) {
            for (PriceComponent c : element == null ? List.<PriceComponent>of() : element.priceComponents()) {
                if (c == null) {
                    continue;
                }
                BigDecimal r = c.vat() == null ? null : rate(c.vat());
                if (first) {
                    rate = r;
                    first = false;
                } else if (r == null || rate == null || r.compareTo(rate) != 0) {
                    return null;
                }
            }
        }
        return rate;
    }

    private static List<Map<BigDecimal, BigDecimal>> maps(int n) {
        List<Map<BigDecimal, BigDecimal>> maps = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            maps.add(new HashMap<>());
        }
        return maps;
    }

    /**
     * The charging session's duration ({@code [[mod_cdrs_cdr_object]]} {@code total_time}): from the start given, or
     * from the first period after a reservation that came first, to the end; none when there is only a reservation.
     */
    private BigDecimal sessionSeconds() {
        Instant from = start;
        if (!slices.isEmpty() && slices.get(0).reservationOnly()) {
            from = end;
            for (Slice s : slices) {
                if (!s.reservationOnly()) {
                    from = s.start();
                    break;
                }
            }
        }
        return from.isBefore(end) ? Amounts.seconds(from, end) : BigDecimal.ZERO;
    }

    /**
     * What the periods of a tariff cost after its {@code min_price} and {@code max_price}, excluding and including VAT
     * ({@code [[mod_tariffs_tariff_object]]}); keeps the change for the explanation when a bound makes one.
     *
     * <p>Each total is held between the bounds given for it, the maximum winning over a minimum above it. A bound
     * that moves one total and gives nothing for the other moves the other in proportion, at the ratio of the
     * session's own two totals (at a total of zero, the tariff's single VAT rate, if it has one), within the bounds
     * given for it. The total with VAT never ends below the total without: a tariff whose bounds would put it there
     * contradicts itself, and the total with VAT is raised to the other.
     */
    private Fraction[] bounded(Under under, BigDecimal excl, BigDecimal incl) {
        Tariff tariff = under.tariff();
        Price min = tariff.minPrice();
        Price max = tariff.maxPrice();
        Fraction e = Fraction.of(excl);
        Fraction i = Fraction.of(incl);
        Fraction minExcl = side(min, true);
        Fraction maxExcl = side(max, true);
        Fraction minIncl = side(min, false);
        Fraction maxIncl = side(max, false);
        Fraction newExcl = clamp(e, minExcl, maxExcl);
        Fraction newIncl = clamp(i, minIncl, maxIncl);
        boolean exclMoved = newExcl.compareTo(e) != 0;
        boolean inclMoved = newIncl.compareTo(i) != 0;
        if (exclMoved && !inclMoved && (newExcl.compareTo(e) > 0 ? minIncl : maxIncl) == null) {
            Fraction ratio = e.signum() == 0 ? vatFactor(tariff) : i.over(e);
            newIncl = clamp(newExcl.times(ratio), minIncl, maxIncl);
        } else if (inclMoved && !exclMoved && (newIncl.compareTo(i) > 0 ? minExcl : maxExcl) == null) {
            Fraction ratio = i.signum() == 0 || e.signum() == 0 ? vatFactor(tariff) : i.over(e);
            newExcl = clamp(newIncl.over(ratio), minExcl, maxExcl);
        }
        if (newIncl.compareTo(newExcl) < 0) {
            newIncl = newExcl;
        }
        if (newExcl.compareTo(e) != 0 || newIncl.compareTo(i) != 0) {
            bounds.add(new Bound(under, e, i, newExcl, newIncl));
        }
        return new Fraction[] {newExcl, newIncl};
    }

    /** One side of a bound, in unitths; {@code null} when not given. */
    private @Nullable Fraction side(@Nullable Price bound, boolean exclVat) {
        BigDecimal value = bound == null ? null : exclVat ? bound.exclVat() : bound.inclVat();
        return value == null ? null : Fraction.of(value.multiply(unit));
    }

    private static Fraction clamp(Fraction value, @Nullable Fraction min, @Nullable Fraction max) {
        Fraction v = min != null && value.compareTo(min) < 0 ? min : value;
        return max != null && v.compareTo(max) > 0 ? max : v;
    }

    /** 1 plus the VAT rate all the tariff's price components have, as a fraction; 1 when they differ. */
    private static Fraction vatFactor(Tariff tariff) {
        BigDecimal rate = singleRate(tariff);
        BigDecimal factor = rate == null ? BigDecimal.ONE : Amounts.inclVat(BigDecimal.ONE, rate);
        return factor.signum() > 0 ? Fraction.of(factor) : Fraction.ONE;
    }

    private static BigDecimal[] zeros(int n) {
        BigDecimal[] zeros = new BigDecimal[n];
        Arrays.fill(zeros, BigDecimal.ZERO);
        return zeros;
    }

    private static String describe(Key key) {
        return switch (key) {
            case TIME -> "charging time";
            case PARKING_TIME -> "parking time";
            case TIME_RESERVATION -> "reservation time";
            default -> key.name();
        };
    }

    private static String seconds(BigDecimal seconds) {
        BigDecimal minutes = seconds.divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
        return shown(seconds) + " s (" + shown(minutes) + " min)";
    }

    /** A quantity for the explanation's words: 4 decimals at most. */
    private static String shown(BigDecimal value) {
        return value.setScale(Math.min(value.scale(), 4), RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }
}
