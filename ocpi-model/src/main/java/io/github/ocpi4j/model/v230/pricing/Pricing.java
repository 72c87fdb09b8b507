package io.github.ocpi4j.model.v230.pricing;

import io.github.ocpi4j.model.internal.pricing.Amounts.Key;
import io.github.ocpi4j.model.internal.pricing.Calculation;
import io.github.ocpi4j.model.internal.pricing.Outcome;
import io.github.ocpi4j.model.v221.cdrs.CdrDimension;
import io.github.ocpi4j.model.v221.cdrs.CdrDimensionType;
import io.github.ocpi4j.model.v221.cdrs.ChargingPeriod;
import io.github.ocpi4j.model.v221.tariffs.DayOfWeek;
import io.github.ocpi4j.model.v221.tariffs.PriceComponent;
import io.github.ocpi4j.model.v221.tariffs.ReservationRestrictionType;
import io.github.ocpi4j.model.v221.tariffs.Tariff;
import io.github.ocpi4j.model.v221.tariffs.TariffDimensionType;
import io.github.ocpi4j.model.v221.tariffs.TariffElement;
import io.github.ocpi4j.model.v221.tariffs.TariffRestrictions;
import io.github.ocpi4j.model.v230.cdrs.CDR;
import io.github.ocpi4j.model.v230.sessions.Session;
import io.github.ocpi4j.model.v230.tariffs.PriceLimit;
import io.github.ocpi4j.model.v230.tariffs.TaxIncluded;
import io.github.ocpi4j.model.v230.types.Price;
import io.github.ocpi4j.model.v230.types.TaxAmount;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Computes what a charging session costs under an OCPI 2.3.0 tariff. The rules of the tariff are those of 2.2.1 and
 * so is the engine: which element applies, {@code step_size}, reservations, {@code total_time}, several tariffs in
 * one CDR and the rounding are as {@link io.github.ocpi4j.model.v221.pricing.Pricing} describes them. What 2.3.0 adds
 * is how taxes are stated: each total is a {@link Price}, the amount {@code before_taxes} and one {@link TaxAmount}
 * per VAT rate, named {@code VAT} as in the CDR example of {@code [[mod_cdrs_cdr_object]]}, with its percentage.
 *
 * <p>The tariff's {@code tax_included} ({@code [[mod_tariffs_taxincluded_enum]]}) says how a price component's
 * {@code price} and {@code vat} ({@code [[mod_tariffs_pricecomponent_class]]}) read:
 *
 * <ul>
 *   <li>{@code NO} with a {@code vat}: the price is before taxes, and the VAT is added: 2.00 at 10 % is 2.00 and 0.20
 *       of VAT.
 *   <li>{@code YES} with a {@code vat}: the price holds the VAT, which is split out of it exactly: 2.20 at 10 % is
 *       2.00 and 0.20 of VAT.
 *   <li>{@code NO} without a {@code vat}: the taxes are not known to the tariff and come on top later (the North
 *       American example, {@code [[mod_tariffs_examples]]} "North American taxes"): the price is
 *       {@code before_taxes} and no tax is listed; whoever knows the rates adds them.
 *   <li>{@code YES} without a {@code vat}: the price holds taxes of a rate the tariff does not state ({@code [[mod_tariffs_examples]]} "North American taxes, price inclusive of tax"), which cannot be split out. The choice:
 *       {@code before_taxes} is the price as stated, taxes included, and no tax is listed, so that the total is what
 *       the driver pays (C$ 5.25 in that example); whoever knows the rates splits it.
 *   <li>{@code N/A}: no tax applies; a {@code vat} given anyway is ignored (validation reports it, {@link
 *       io.github.ocpi4j.model.v230.tariffs.Tariff}).
 *   <li>Missing, in a partner's tariff that breaks the rule that it is required (the tariff inside the specification's
 *       own CDR example has none): read as {@code NO}, the meaning of a 2.2.1 tariff.
 * </ul>
 *
 * <p>{@code min_price} and {@code max_price} ({@code [[mod_tariffs_pricelimit_class]]}, and the notes under {@code
 * [[mod_tariffs_tariff_object]]}) bound the total before taxes by {@code before_taxes} and the total after taxes
 * (before taxes plus the taxes listed) by {@code after_taxes}, each on its own, as the 2.2.1 engine bounds {@code
 * excl_vat} and {@code incl_vat}. When a bound changes the VAT, each rate keeps its share. A tariff that states no
 * {@code vat} at all knows only one amount; the text does not say which bound then applies, and the choice is: {@code
 * before_taxes} for {@code NO} and {@code N/A} (for {@code NO} the taxes that come later are not known here, and for
 * {@code N/A} the two are equal), and {@code after_taxes} for {@code YES} (its prices hold the taxes), else {@code
 * before_taxes}.
 *
 * <p>Rounding: each amount once, at the end, to 4 decimals half up; then the largest tax of a price takes the
 * difference its own rounding leaves, so that {@code before_taxes} plus the taxes is exactly the rounded total after
 * taxes ({@link Price#afterTaxes()}).
 *
 * <pre>{@code
 * PricingResult cost = Pricing.price(tariff, cdr, ZoneId.of("Europe/Brussels"));
 * cost.totalCost();           // Price[beforeTaxes=4.00, taxes=[TaxAmount[name=VAT, accountNumber=null,
 *                             //     percentage=10, amount=0.40]]]
 * cost.explanation();         // every amount and why
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Pricing {
    /** The name of the VAT in the taxes of a result, as the CDR example of {@code [[mod_cdrs_cdr_object]]} names it. */
    public static final String VAT = "VAT";

    private Pricing() {}

    /**
     * Prices a CDR's charging periods, from its start to its end, under one tariff; periods that name another tariff
     * ({@code tariff_id}) are not priced, and the explanation says so. When no period reports ENERGY, {@code
     * total_energy} stays the CDR's own.
     */
    public static PricingResult price(io.github.ocpi4j.model.v230.tariffs.Tariff tariff, CDR cdr, ZoneId zone) {
        return shaped(
                calculation(List.of(tariff), false, cdr.chargingPeriods(), cdr.startDateTime(), cdr.endDateTime(), zone)
                        .metered(cdr.totalEnergy(), "total_energy")
                        .run());
    }

    /**
     * Prices a CDR whose charging periods name their tariffs ({@code tariff_id}, {@code
     * [[mod_cdrs_chargingperiod_class]]}): each period under the tariff it names, found by {@code id}, each tariff
     * with its own {@code tax_included}. A single tariff also prices the periods that name none.
     *
     * @throws IllegalArgumentException naming the field, such as {@code charging_periods[2].tariff_id}, when a period
     *     names a tariff not given, names none while several are given, or the tariffs are not in one currency or
     *     share an id
     */
    public static PricingResult price(List<io.github.ocpi4j.model.v230.tariffs.Tariff> tariffs, CDR cdr, ZoneId zone) {
        return shaped(calculation(tariffs, true, cdr.chargingPeriods(), cdr.startDateTime(), cdr.endDateTime(), zone)
                .metered(cdr.totalEnergy(), "total_energy")
                .run());
    }

    /**
     * Prices a session's charging periods so far: to its end, or to its last update while it goes on. When no period
     * reports ENERGY, the energy stays the session's own {@code kwh}.
     */
    public static PricingResult price(io.github.ocpi4j.model.v230.tariffs.Tariff tariff, Session session, ZoneId zone) {
        Instant end = session.endDateTime() != null ? session.endDateTime() : session.lastUpdated();
        return shaped(calculation(List.of(tariff), false, session.chargingPeriods(), session.startDateTime(), end, zone)
                .metered(session.kwh(), "kwh")
                .run());
    }

    /**
     * Prices charging periods. A period ends where the next starts, the last at {@code end}. A reservation counts as
     * expired when no period after it has charging or parking.
     *
     * @param start when the session (or its reservation) started
     * @param end when it ended
     * @param zone the time zone of the location, for the restrictions in local time
     */
    public static PricingResult price(
            io.github.ocpi4j.model.v230.tariffs.Tariff tariff,
            List<io.github.ocpi4j.model.v230.cdrs.ChargingPeriod> periods,
            Instant start,
            Instant end,
            ZoneId zone) {
        return shaped(
                calculation(List.of(tariff), false, periods, start, end, zone).run());
    }

    private static Calculation calculation(
            List<io.github.ocpi4j.model.v230.tariffs.Tariff> tariffs,
            boolean strict,
            List<io.github.ocpi4j.model.v230.cdrs.ChargingPeriod> periods,
            Instant start,
            Instant end,
            ZoneId zone) {
        List<Tariff> read = new ArrayList<>(tariffs.size());
        boolean[] vatIncluded = new boolean[tariffs.size()];
        for (int i = 0; i < tariffs.size(); i++) {
            io.github.ocpi4j.model.v230.tariffs.Tariff t = tariffs.get(i);
            read.add(tariff(t));
            vatIncluded[i] = t.taxIncluded() == TaxIncluded.YES;
        }
        return new Calculation(read, vatIncluded, true, strict, periods(periods), start, end, zone, null);
    }

    /** The engine's outcome in the fields of a 2.3.0 CDR. */
    private static PricingResult shaped(Outcome outcome) {
        Outcome.Amount reservation = outcome.reservation();
        return new PricingResult(
                price(outcome.total()),
                outcome.energyKwh(),
                price(outcome.of(Key.ENERGY)),
                outcome.totalTimeHours(),
                price(outcome.of(Key.TIME)),
                outcome.parkingHours(),
                price(outcome.of(Key.PARKING_TIME)),
                price(outcome.of(Key.FLAT)),
                reservation == null ? null : price(reservation),
                outcome.lines());
    }

    private static Price price(Outcome.Amount amount) {
        List<TaxAmount> taxes = new ArrayList<>(amount.taxes().size());
        for (Outcome.Tax tax : amount.taxes()) {
            taxes.add(TaxAmount.of(VAT, tax.percentage(), tax.amount()));
        }
        return Price.of(amount.exclVat(), taxes);
    }

    /**
     * The tariff as the engine reads it: the same elements, the VAT of {@code N/A} left out, and the bounds on the
     * amounts it knows (see the class's description).
     */
    private static Tariff tariff(io.github.ocpi4j.model.v230.tariffs.Tariff t) {
        boolean noTax = t.taxIncluded() == TaxIncluded.NOT_APPLICABLE;
        List<TariffElement> elements = new ArrayList<>(t.elements().size());
        boolean anyVat = false;
        for (io.github.ocpi4j.model.v230.tariffs.TariffElement e : t.elements()) {
            if (e == null) {
                elements.add(null);
                continue;
            }
            List<PriceComponent> components =
                    new ArrayList<>(e.priceComponents().size());
            for (io.github.ocpi4j.model.v230.tariffs.PriceComponent c : e.priceComponents()) {
                if (c == null || c.type() == null) {
                    components.add(null);
                    continue;
                }
                BigDecimal vat = noTax ? null : c.vat();
                anyVat |= vat != null;
                components.add(
                        new PriceComponent(TariffDimensionType.valueOf(c.type().name()), c.price(), vat, c.stepSize()));
            }
            elements.add(new TariffElement(components, restrictions(e.restrictions())));
        }
        boolean afterTaxesFirst = !anyVat && t.taxIncluded() == TaxIncluded.YES;
        return new Tariff(
                t.countryCode(),
                t.partyId(),
                t.id(),
                t.currency(),
                null,
                List.of(),
                null,
                bound(t.minPrice(), anyVat, afterTaxesFirst),
                bound(t.maxPrice(), anyVat, afterTaxesFirst),
                elements,
                t.startDateTime(),
                t.endDateTime(),
                null,
                t.lastUpdated());
    }

    /** A bound as the engine reads it: both sides when the tariff states VAT, else the one that applies, twice. */
    private static io.github.ocpi4j.model.v221.types.@Nullable Price bound(
            @Nullable PriceLimit limit, boolean anyVat, boolean afterTaxesFirst) {
        if (limit == null) {
            return null;
        }
        if (anyVat) {
            return new io.github.ocpi4j.model.v221.types.Price(limit.beforeTaxes(), limit.afterTaxes());
        }
        BigDecimal one = afterTaxesFirst && limit.afterTaxes() != null ? limit.afterTaxes() : limit.beforeTaxes();
        return new io.github.ocpi4j.model.v221.types.Price(one, one);
    }

    private static @Nullable TariffRestrictions restrictions(
            io.github.ocpi4j.model.v230.tariffs.@Nullable TariffRestrictions r) {
        if (r == null) {
            return null;
        }
        List<DayOfWeek> days = new ArrayList<>(r.dayOfWeek().size());
        for (io.github.ocpi4j.model.v230.tariffs.DayOfWeek day : r.dayOfWeek()) {
            if (day != null) {
                days.add(DayOfWeek.valueOf(day.name()));
            }
        }
        return new TariffRestrictions(
                r.startTime(),
                r.endTime(),
                r.startDate(),
                r.endDate(),
                r.minKwh(),
                r.maxKwh(),
                r.minCurrent(),
                r.maxCurrent(),
                r.minPower(),
                r.maxPower(),
                r.minDuration(),
                r.maxDuration(),
                days,
                r.reservation() == null
                        ? null
                        : ReservationRestrictionType.valueOf(r.reservation().name()));
    }

    /** The periods as the engine reads them: the same dimensions, by name. */
    private static List<ChargingPeriod> periods(List<io.github.ocpi4j.model.v230.cdrs.ChargingPeriod> periods) {
        List<ChargingPeriod> read = new ArrayList<>(periods.size());
        for (io.github.ocpi4j.model.v230.cdrs.ChargingPeriod p : periods) {
            if (p == null) {
                read.add(null);
                continue;
            }
            List<CdrDimension> dimensions = new ArrayList<>(p.dimensions().size());
            for (io.github.ocpi4j.model.v230.cdrs.CdrDimension d : p.dimensions()) {
                if (d != null && d.type() != null) {
                    dimensions.add(
                            new CdrDimension(CdrDimensionType.valueOf(d.type().name()), d.volume()));
                }
            }
            read.add(new ChargingPeriod(p.startDateTime(), dimensions, p.tariffId()));
        }
        return read;
    }
}
