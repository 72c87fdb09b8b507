package io.github.ocpi4j.model.v221.pricing;

import io.github.ocpi4j.model.internal.pricing.Amounts.Key;
import io.github.ocpi4j.model.internal.pricing.Calculation;
import io.github.ocpi4j.model.internal.pricing.Outcome;
import io.github.ocpi4j.model.v221.cdrs.CDR;
import io.github.ocpi4j.model.v221.cdrs.ChargingPeriod;
import io.github.ocpi4j.model.v221.sessions.ProfileType;
import io.github.ocpi4j.model.v221.sessions.Session;
import io.github.ocpi4j.model.v221.tariffs.Tariff;
import io.github.ocpi4j.model.v221.tariffs.TariffType;
import io.github.ocpi4j.model.v221.types.Price;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * Computes what a charging session costs under an OCPI 2.2.1 tariff, following {@code [[mod_tariffs_tariff_object]]}
 * and {@code [[mod_cdrs_step_size]]}:
 *
 * <ul>
 *   <li>Which tariff, of a location's several: {@link #tariffFor} (its type and validity); the type does not change how
 *       a tariff prices.
 *   <li>For each charging period and each dimension (ENERGY, TIME, PARKING_TIME, FLAT), the price component of the
 *       first tariff element, in the tariff's order, that has one for the dimension and whose restrictions match at
 *       the start of the period (start/end time, across midnight, and dates and days in the location's time zone;
 *       kWh used so far; current and power; the session's duration so far); none found: that dimension is free.
 *   <li>FLAT once for the charging session and once for its reservation.
 *   <li>{@code step_size} once per session, on the amount used itself, exactly
 *       ({@code [[mod_tariffs_pricecomponent_class]]}): for ENERGY on the total energy billed, with the step of the last
 *       ENERGY component used; for time on the total of the last time-based dimension billed (charging time, parking
 *       time or reservation time), with the step of its last component; what the rounding adds is billed at the price
 *       of that last component. Volumes count with every decimal they have, also beyond the 4 of OCPI numbers: a
 *       PARKING_TIME of 0.2500012 h is 900.00432 s, two steps of 900 s.
 *   <li>Reservation periods ({@code RESERVATION_TIME}) with the elements restricted to {@code RESERVATION}; an
 *       expired reservation (one not followed by charging) with those restricted to {@code RESERVATION_EXPIRES}
 *       first ({@code [[mod_tariffs_reservation_restriction_type]]}).
 *   <li>VAT per price component; none given, none added. Then the tariff's {@code min_price} and {@code max_price},
 *       excluding and including VAT separately; a bound given without VAT (or only with it) moves the other total by
 *       the session's own ratio of the two, so that the total with VAT is never below the total without.
 *   <li>{@code total_time}: the charging session from its start (after its reservation, if any) to its end; the
 *       periods' TIME and PARKING_TIME volumes may be rounded or leave time out ({@code [[mod_cdrs_cdr_object]]}).
 * </ul>
 *
 * <p>Where the specification leaves a choice, this class makes these:
 *
 * <ul>
 *   <li>Rounding: arithmetic is exact ({@link BigDecimal}), and nothing is rounded on the way. Time is kept in seconds,
 *       a third of an hour included; each total is rounded once, at the end, to 4 decimals, half up (OCPI's numbers,
 *       {@code [[types_number_type]]}; the tariff module leaves rounding to law and contracts,
 *       {@code [[mod_tariffs_tariff_object]]}). An exact 233.74275 is 233.7428.
 *   <li>A {@code step_size} below 1 counts as 1: whole Wh and whole seconds ({@code
 *       [[mod_tariffs_pricecomponent_class]]} gives the unit, not a meaning for 0).
 *   <li>Charging again after parking: {@code [[mod_cdrs_step_size]]} rounds time once, for TIME and PARKING_TIME
 *       together, and only parking when it follows charging. So the step is that of the dimension billed last, on its
 *       own total: charging that resumes after parking rounds the charging time up, and leaves the parking time as
 *       used.
 *   <li>A session of zero cost raised by a {@code min_price} without {@code incl_vat}: the VAT of the tariff's price
 *       components when they all have the same, else none.
 *   <li>Several tariffs in one session ({@link #price(List, CDR, ZoneId)}): each period is priced under the tariff it
 *       names ({@code [[mod_cdrs_chargingperiod_class]]} {@code tariff_id}). FLAT is billed once for the session and
 *       {@code step_size} rounds the session's totals once, as when switching elements ({@code
 *       [[mod_cdrs_step_size]]} has switching tariffs round nothing of its own); each tariff's {@code min_price} and
 *       {@code max_price} bound what the periods priced under it cost.
 * </ul>
 *
 * <pre>{@code
 * PricingResult cost = Pricing.price(tariff, cdr, ZoneId.of("Europe/Amsterdam"));
 * cost.totalCost();           // Price[exclVat=4.00, inclVat=4.40]
 * cost.explanation();         // every amount and why
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Pricing {
    private Pricing() {}

    /**
     * Prices a CDR's charging periods, from its start to its end, under one tariff; periods that name another tariff
     * ({@code tariff_id}) are not priced, and the explanation says so. When no period reports ENERGY, {@code
     * total_energy} stays the CDR's own (the meter's), as nothing priced can depend on it.
     */
    public static PricingResult price(Tariff tariff, CDR cdr, ZoneId zone) {
        return result(new Calculation(
                        List.of(tariff),
                        null,
                        false,
                        false,
                        cdr.chargingPeriods(),
                        cdr.startDateTime(),
                        cdr.endDateTime(),
                        zone,
                        null)
                .metered(cdr.totalEnergy(), "total_energy")
                .run());
    }

    /**
     * Prices a CDR whose charging periods name their tariffs ({@code tariff_id}, {@code
     * [[mod_cdrs_chargingperiod_class]]}): each period under the tariff it names, found by {@code id}. A single tariff
     * also prices the periods that name none. Otherwise as {@link #price(Tariff, CDR, ZoneId)}.
     *
     * @param tariffs the tariffs the periods name, in one currency, each {@code id} once
     * @throws IllegalArgumentException naming the field, such as {@code charging_periods[2].tariff_id}, when a period
     *     names a tariff not given, names none while several are given, or the tariffs are not in one currency or
     *     share an id
     */
    public static PricingResult price(List<Tariff> tariffs, CDR cdr, ZoneId zone) {
        return result(new Calculation(
                        tariffs,
                        null,
                        false,
                        true,
                        cdr.chargingPeriods(),
                        cdr.startDateTime(),
                        cdr.endDateTime(),
                        zone,
                        null)
                .metered(cdr.totalEnergy(), "total_energy")
                .run());
    }

    /**
     * Prices a session's charging periods so far: to its end, or to its last update while it goes on. When no period
     * reports ENERGY, the energy stays the session's own {@code kwh}.
     */
    public static PricingResult price(Tariff tariff, Session session, ZoneId zone) {
        Instant end = session.endDateTime() != null ? session.endDateTime() : session.lastUpdated();
        return result(new Calculation(
                        List.of(tariff),
                        null,
                        false,
                        false,
                        session.chargingPeriods(),
                        session.startDateTime(),
                        end,
                        zone,
                        null)
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
            Tariff tariff, List<ChargingPeriod> periods, Instant start, Instant end, ZoneId zone) {
        return price(tariff, periods, start, end, zone, null);
    }

    /**
     * Prices charging periods, saying whether a reservation among them expired ({@code null}: expired when no period
     * has charging or parking).
     */
    public static PricingResult price(
            Tariff tariff,
            List<ChargingPeriod> periods,
            Instant start,
            Instant end,
            ZoneId zone,
            @Nullable Boolean reservationExpired) {
        return result(
                new Calculation(List.of(tariff), null, false, false, periods, start, end, zone, reservationExpired)
                        .run());
    }

    /** Prices charging periods, each under the tariff it names, as {@link #price(List, CDR, ZoneId)} does. */
    static PricingResult price(
            List<Tariff> tariffs, List<ChargingPeriod> periods, Instant start, Instant end, ZoneId zone) {
        return result(new Calculation(tariffs, null, false, true, periods, start, end, zone, null).run());
    }

    /** The result of the engine's outcome, in the fields of a 2.2.1 CDR. */
    private static PricingResult result(Outcome outcome) {
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
        return new Price(amount.exclVat(), amount.inclVat());
    }

    /**
     * Cuts meter readings into the charging periods a CPO reports ({@code [[mod_cdrs_charging_period]]}): a new
     * period wherever the price components that apply change (a restriction starts or stops applying, or charging
     * turns into parking), each with its ENERGY, its TIME or PARKING_TIME, and the minimum and maximum power and
     * current of its readings.
     *
     * @param readings the readings in time order; the first is the session's start, the last its end
     * @param zone the time zone of the location
     */
    public static List<ChargingPeriod> chargingPeriods(Tariff tariff, List<MeterReading> readings, ZoneId zone) {
        return new MeterPeriods(tariff, readings, zone).periods();
    }

    /**
     * Chooses the tariff that applies to a session among a location's tariffs ({@code [[mod_tariffs_tariff_type]]}):
     * of those valid when the session starts ({@code start_date_time} at or before it, {@code end_date_time} after
     * it), one of the type the session asks for: {@code AD_HOC_PAYMENT} when paid ad hoc at the charger; else the
     * {@code PROFILE_} type of the charging preference ({@code CHEAP}, {@code FAST}, {@code GREEN}); else {@code
     * REGULAR}. A tariff without a type is valid for all sessions and comes next; a session whose preference has no
     * tariff of its own falls back on the {@code REGULAR} one. Among several, the one that became valid last wins,
     * then the first listed.
     *
     * @param preference the session's charging preference ({@code profile_type}), {@code null} without one
     * @param adHocPayment whether the driver pays at the charger (a debit or credit card terminal)
     */
    public static Optional<Tariff> tariffFor(
            List<Tariff> tariffs, Instant sessionStart, @Nullable ProfileType preference, boolean adHocPayment) {
        TariffType wanted = adHocPayment
                ? TariffType.AD_HOC_PAYMENT
                : preference == null
                        ? TariffType.REGULAR
                        : switch (preference) {
                            case CHEAP -> TariffType.PROFILE_CHEAP;
                            case FAST -> TariffType.PROFILE_FAST;
                            case GREEN -> TariffType.PROFILE_GREEN;
                            case REGULAR -> TariffType.REGULAR;
                        };
        List<Tariff> valid = tariffs.stream()
                .filter(t -> t != null
                        && (t.startDateTime() == null || !t.startDateTime().isAfter(sessionStart))
                        && (t.endDateTime() == null || t.endDateTime().isAfter(sessionStart)))
                .toList();
        List<TariffType> order = new ArrayList<>();
        order.add(wanted);
        order.add(null);
        if (!adHocPayment && wanted != TariffType.REGULAR) {
            order.add(TariffType.REGULAR);
        }
        Comparator<Tariff> latest =
                Comparator.comparing(Tariff::startDateTime, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()));
        for (TariffType type : order) {
            Optional<Tariff> found =
                    valid.stream().filter(t -> t.type() == type).reduce((a, b) -> latest.compare(b, a) > 0 ? b : a);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the time zone of a country that keeps one UTC offset everywhere (ISO 3166-1 alpha-3, such as {@code
     * BEL}); for the location of a CDR of OCPI 2.2.1, which carries no time zone. Empty for countries with several,
     * such as the USA or Spain.
     */
    public static Optional<ZoneId> timeZoneOfCountry(String alpha3) {
        String zone = SingleZoneCountries.ZONES.getProperty(alpha3.toUpperCase(Locale.ROOT));
        return Optional.ofNullable(zone).map(ZoneId::of);
    }

    /** The time zones of {@link #timeZoneOfCountry}, loaded once. */
    private static final class SingleZoneCountries {
        static final Properties ZONES = load();

        private static Properties load() {
            Properties p = new Properties();
            try (InputStream in = Pricing.class.getResourceAsStream("single-zone-countries.properties")) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return p;
        }
    }
}
