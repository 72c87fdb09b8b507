package io.github.ocpi4j.model.v221.pricing;

import io.github.ocpi4j.model.v221.cdrs.CDR;
import io.github.ocpi4j.model.v221.cdrs.CdrDimension;
import io.github.ocpi4j.model.v221.cdrs.CdrDimensionType;
import io.github.ocpi4j.model.v221.cdrs.ChargingPeriod;
import io.github.ocpi4j.model.v221.sessions.ProfileType;
import io.github.ocpi4j.model.v221.sessions.Session;
import io.github.ocpi4j.model.v221.tariffs.PriceComponent;
import io.github.ocpi4j.model.v221.tariffs.Tariff;
import io.github.ocpi4j.model.v221.tariffs.TariffDimensionType;
import io.github.ocpi4j.model.v221.tariffs.TariffType;
import io.github.ocpi4j.model.v221.types.Price;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
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
 *   <li>{@code step_size} once per session: for ENERGY on the total energy billed, with the step of the last ENERGY
 *       component used; for time on the total of the last time-based dimension billed (charging time, parking time
 *       or reservation time), with the step of its last component; what the rounding adds is billed at the price
 *       of that last component.
 *   <li>Reservation periods ({@code RESERVATION_TIME}) with the elements restricted to {@code RESERVATION}; an
 *       expired reservation (one not followed by charging) with those restricted to {@code RESERVATION_EXPIRES}
 *       first ({@code [[mod_tariffs_reservation_restriction_type]]}).
 *   <li>VAT per price component; none given, none added. Then the tariff's {@code min_price} and {@code max_price},
 *       excluding and including VAT separately.
 * </ul>
 *
 * <p>Arithmetic is exact ({@link BigDecimal}); only time is divided (seconds into hours), at 24 significant digits.
 * Results are rounded to 4 decimals, half up, at the end ({@link PricingResult}).
 *
 * <pre>{@code
 * PricingResult cost = Pricing.price(tariff, cdr, ZoneId.of("Europe/Amsterdam"));
 * cost.totalCost();           // Price[excl_vat=4.00, incl_vat=4.40]
 * cost.explanation();         // every amount and why
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Pricing {
    static final MathContext MC = new MathContext(24, RoundingMode.HALF_UP);
    static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
    static final BigDecimal WH_PER_KWH = BigDecimal.valueOf(1000);

    private Pricing() {}

    /**
     * Prices a CDR's charging periods, from its start to its end. When no period reports ENERGY, {@code
     * total_energy} stays the CDR's own (the meter's), as nothing priced can depend on it.
     */
    public static PricingResult price(Tariff tariff, CDR cdr, ZoneId zone) {
        PricingResult result = price(tariff, cdr.chargingPeriods(), cdr.startDateTime(), cdr.endDateTime(), zone, null);
        return keepMeteredEnergy(result, cdr.chargingPeriods(), cdr.totalEnergy(), "total_energy");
    }

    /**
     * Prices a session's charging periods so far: to its end, or to its last update while it goes on. When no period
     * reports ENERGY, the energy stays the session's own {@code kwh}.
     */
    public static PricingResult price(Tariff tariff, Session session, ZoneId zone) {
        Instant end = session.endDateTime() != null ? session.endDateTime() : session.lastUpdated();
        PricingResult result = price(tariff, session.chargingPeriods(), session.startDateTime(), end, zone, null);
        return keepMeteredEnergy(result, session.chargingPeriods(), session.kwh(), "kwh");
    }

    private static PricingResult keepMeteredEnergy(
            PricingResult result, List<ChargingPeriod> periods, @Nullable BigDecimal metered, String field) {
        if (metered == null || hasEnergy(periods)) {
            return result;
        }
        List<PricingLine> lines = new ArrayList<>(result.explanation());
        lines.add(new PricingLine(
                null,
                null,
                null,
                null,
                quantity(metered),
                null,
                null,
                null,
                money(BigDecimal.ZERO),
                money(BigDecimal.ZERO),
                "total_energy " + quantity(metered).toPlainString() + " kWh: the " + field
                        + " given, as no charging period reports ENERGY"));
        return new PricingResult(
                result.totalCost(),
                quantity(metered),
                result.totalEnergyCost(),
                result.totalTime(),
                result.totalTimeCost(),
                result.totalParkingTime(),
                result.totalParkingCost(),
                result.totalFixedCost(),
                result.totalReservationCost(),
                lines);
    }

    private static boolean hasEnergy(List<ChargingPeriod> periods) {
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
        List<Slice> slices = Slice.of(periods, start, end);
        boolean expired;
        if (reservationExpired != null) {
            expired = reservationExpired;
        } else {
            boolean reserved = false;
            boolean charged = false;
            for (Slice s : slices) {
                reserved |= s.reservationHours().signum() > 0;
                charged |= s.hasCharging();
            }
            expired = reserved && !charged;
        }
        return new Calculation(tariff, slices, zone, expired).run();
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

    /** Rounds an amount of money as results show it: 4 decimals at most, 2 at least. */
    static BigDecimal money(BigDecimal amount) {
        BigDecimal rounded = amount.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 2 ? rounded.setScale(2, RoundingMode.UNNECESSARY) : rounded;
    }

    /** Rounds a quantity (kWh, hours) as results show it: 4 decimals at most. */
    static BigDecimal quantity(BigDecimal amount) {
        BigDecimal rounded = amount.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0, RoundingMode.UNNECESSARY) : rounded;
    }

    static BigDecimal hours(Instant from, Instant to) {
        return BigDecimal.valueOf(Duration.between(from, to).toMillis()).divide(BigDecimal.valueOf(3_600_000L), MC);
    }

    static BigDecimal inclVat(BigDecimal exclVat, @Nullable BigDecimal vat) {
        // vat / 100 is exact: a shift of the decimal point, not a division
        return vat == null ? exclVat : exclVat.multiply(BigDecimal.ONE.add(vat.movePointLeft(2)));
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

    /** What one dimension is billed as: which part of the session, and of which dimension. */
    enum Key {
        FLAT_RESERVATION,
        TIME_RESERVATION,
        FLAT,
        ENERGY,
        TIME,
        PARKING_TIME;

        TariffDimensionType dimension() {
            return switch (this) {
                case FLAT, FLAT_RESERVATION -> TariffDimensionType.FLAT;
                case TIME, TIME_RESERVATION -> TariffDimensionType.TIME;
                case ENERGY -> TariffDimensionType.ENERGY;
                case PARKING_TIME -> TariffDimensionType.PARKING_TIME;
            };
        }

        boolean reservation() {
            return this == FLAT_RESERVATION || this == TIME_RESERVATION;
        }

        boolean timeBased() {
            return this == TIME || this == TIME_RESERVATION || this == PARKING_TIME;
        }
    }

    /** One amount billed: for a period (or the whole session) and dimension, by a price component, exactly. */
    record Charge(
            @Nullable Slice slice,
            Key key,
            @Nullable Integer element,
            @Nullable PriceComponent component,
            BigDecimal quantity,
            BigDecimal exclVat,
            BigDecimal inclVat,
            String note) {

        PricingLine line() {
            return new PricingLine(
                    slice == null ? null : slice.period(),
                    slice == null ? null : slice.start(),
                    slice == null ? null : slice.end(),
                    key.dimension(),
                    Pricing.quantity(quantity),
                    element,
                    component == null ? null : component.price(),
                    component == null ? null : component.vat(),
                    money(exclVat),
                    money(inclVat),
                    note);
        }
    }

    /** One pricing of a session. */
    private static final class Calculation {
        private final Tariff tariff;
        private final List<Slice> slices;
        private final Chooser chooser;
        private final List<Charge> charges = new ArrayList<>();
        private final List<PricingLine> notes = new ArrayList<>();

        Calculation(Tariff tariff, List<Slice> slices, ZoneId zone, boolean expired) {
            this.tariff = tariff;
            this.slices = slices;
            this.chooser = new Chooser(tariff, zone, expired);
        }

        PricingResult run() {
            boolean flat = false;
            boolean reservationFlat = false;
            for (Slice slice : slices) {
                if (slice.tariffId() != null
                        && tariff.id() != null
                        && !slice.tariffId().equals(tariff.id())) {
                    notes.add(note(
                            slice,
                            "not priced: the period belongs to tariff " + slice.tariffId() + ", not " + tariff.id()));
                    continue;
                }
                if (slice.reservationHours().signum() > 0) {
                    reservationFlat |= bill(slice, Key.FLAT_RESERVATION, BigDecimal.ONE, reservationFlat);
                    bill(slice, Key.TIME_RESERVATION, slice.reservationHours(), false);
                }
                if (slice.hasCharging()) {
                    flat |= bill(slice, Key.FLAT, BigDecimal.ONE, flat);
                    bill(slice, Key.ENERGY, slice.energyKwh(), false);
                    bill(slice, Key.TIME, slice.chargingHours(), false);
                    bill(slice, Key.PARKING_TIME, slice.parkingHours(), false);
                }
            }
            stepEnergy();
            stepTime();
            return result();
        }

        /**
         * Bills a quantity of a period for one dimension at its active price component; returns whether it did. FLAT
         * is billed once: {@code done} says whether it already was.
         */
        private boolean bill(Slice slice, Key key, BigDecimal quantity, boolean done) {
            if (done || quantity.signum() == 0) {
                return false;
            }
            Chooser.Active active = chooser.active(slice, key);
            if (active == null) {
                if (key != Key.FLAT && key != Key.FLAT_RESERVATION) {
                    charges.add(new Charge(
                            slice,
                            key,
                            null,
                            null,
                            quantity,
                            BigDecimal.ZERO,
                            BigDecimal.ZERO,
                            "free: no tariff element with a " + key.dimension() + " price component applies"));
                }
                return false;
            }
            BigDecimal excl = quantity.multiply(active.component().price());
            charges.add(new Charge(
                    slice,
                    key,
                    active.index(),
                    active.component(),
                    quantity,
                    excl,
                    inclVat(excl, active.component().vat()),
                    active.why()));
            return true;
        }

        /** step_size for ENERGY: once, on the total energy billed, with the last ENERGY component's step. */
        private void stepEnergy() {
            Charge last = lastBilled(c -> c.key() == Key.ENERGY);
            if (last == null) {
                return;
            }
            BigDecimal totalWh = total(Key.ENERGY).multiply(WH_PER_KWH).setScale(3, RoundingMode.HALF_UP);
            BigDecimal extraWh = roundUp(totalWh, last.component().stepSize()).subtract(totalWh);
            if (extraWh.signum() > 0) {
                BigDecimal extraKwh = extraWh.divide(WH_PER_KWH, MC);
                charges.add(extra(
                        last,
                        extraKwh,
                        "step_size " + last.component().stepSize() + " Wh: " + plain(totalWh) + " Wh billed as "
                                + plain(totalWh.add(extraWh)) + " Wh"));
            }
        }

        /**
         * step_size for time: once, on the total of the last time-based dimension billed (charging, parking or
         * reservation time), with its last component's step.
         */
        private void stepTime() {
            Charge last = lastBilled(c -> c.key().timeBased());
            if (last == null) {
                return;
            }
            BigDecimal totalSeconds =
                    total(last.key()).multiply(SECONDS_PER_HOUR).setScale(2, RoundingMode.HALF_UP);
            BigDecimal extraSeconds =
                    roundUp(totalSeconds, last.component().stepSize()).subtract(totalSeconds);
            if (extraSeconds.signum() > 0) {
                BigDecimal extraHours = extraSeconds.divide(SECONDS_PER_HOUR, MC);
                charges.add(extra(
                        last,
                        extraHours,
                        "step_size " + last.component().stepSize() + " s: "
                                + describe(last.key()) + " of " + seconds(totalSeconds) + " billed as "
                                + seconds(totalSeconds.add(extraSeconds))));
            }
        }

        private static Charge extra(Charge last, BigDecimal quantity, String note) {
            BigDecimal excl = quantity.multiply(last.component().price());
            return new Charge(
                    last.slice(),
                    last.key(),
                    last.element(),
                    last.component(),
                    quantity,
                    excl,
                    inclVat(excl, last.component().vat()),
                    note);
        }

        private @Nullable Charge lastBilled(java.util.function.Predicate<Charge> which) {
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

        private PricingResult result() {
            BigDecimal[] excl = new BigDecimal[Key.values().length];
            BigDecimal[] incl = new BigDecimal[Key.values().length];
            java.util.Arrays.fill(excl, BigDecimal.ZERO);
            java.util.Arrays.fill(incl, BigDecimal.ZERO);
            for (Charge c : charges) {
                excl[c.key().ordinal()] = excl[c.key().ordinal()].add(c.exclVat());
                incl[c.key().ordinal()] = incl[c.key().ordinal()].add(c.inclVat());
            }
            BigDecimal totalExcl = BigDecimal.ZERO;
            BigDecimal totalIncl = BigDecimal.ZERO;
            for (Key key : Key.values()) {
                totalExcl = totalExcl.add(excl[key.ordinal()]);
                totalIncl = totalIncl.add(incl[key.ordinal()]);
            }
            List<PricingLine> lines = new ArrayList<>(notes);
            charges.forEach(c -> lines.add(c.line()));
            Price min = tariff.minPrice();
            Price max = tariff.maxPrice();
            BigDecimal exclBefore = totalExcl;
            BigDecimal inclBefore = totalIncl;
            if (min != null) {
                totalExcl = min.exclVat() != null ? totalExcl.max(min.exclVat()) : totalExcl;
                totalIncl = min.inclVat() != null ? totalIncl.max(min.inclVat()) : totalIncl;
            }
            if (max != null) {
                totalExcl = max.exclVat() != null ? totalExcl.min(max.exclVat()) : totalExcl;
                totalIncl = max.inclVat() != null ? totalIncl.min(max.inclVat()) : totalIncl;
            }
            if (totalExcl.compareTo(exclBefore) != 0 || totalIncl.compareTo(inclBefore) != 0) {
                boolean raised = totalExcl.compareTo(exclBefore) > 0 || totalIncl.compareTo(inclBefore) > 0;
                lines.add(new PricingLine(
                        null,
                        null,
                        null,
                        null,
                        BigDecimal.ZERO,
                        null,
                        null,
                        null,
                        money(totalExcl.subtract(exclBefore)),
                        money(totalIncl.subtract(inclBefore)),
                        (raised ? "min_price" : "max_price") + ": the session costs " + money(totalExcl)
                                + " excl. VAT and " + money(totalIncl) + " incl. VAT instead of " + money(exclBefore)
                                + " and " + money(inclBefore)));
            }
            BigDecimal energy = BigDecimal.ZERO;
            BigDecimal time = BigDecimal.ZERO;
            BigDecimal parking = BigDecimal.ZERO;
            boolean reservation = false;
            for (Slice s : slices) {
                energy = energy.add(s.energyKwh());
                time = time.add(s.chargingHours()).add(s.parkingHours());
                parking = parking.add(s.parkingHours());
                reservation |= s.reservationHours().signum() > 0;
            }
            return new PricingResult(
                    price(totalExcl, totalIncl),
                    quantity(energy),
                    price(excl, incl, Key.ENERGY),
                    quantity(time),
                    price(excl, incl, Key.TIME),
                    quantity(parking),
                    price(excl, incl, Key.PARKING_TIME),
                    price(excl, incl, Key.FLAT),
                    reservation
                            ? price(
                                    excl[Key.FLAT_RESERVATION.ordinal()].add(excl[Key.TIME_RESERVATION.ordinal()]),
                                    incl[Key.FLAT_RESERVATION.ordinal()].add(incl[Key.TIME_RESERVATION.ordinal()]))
                            : null,
                    lines);
        }

        private static Price price(BigDecimal[] excl, BigDecimal[] incl, Key key) {
            return price(excl[key.ordinal()], incl[key.ordinal()]);
        }

        private static Price price(BigDecimal excl, BigDecimal incl) {
            return new Price(money(excl), money(incl));
        }

        private static PricingLine note(Slice slice, String note) {
            return new PricingLine(
                    slice.period(),
                    slice.start(),
                    slice.end(),
                    null,
                    BigDecimal.ZERO,
                    null,
                    null,
                    null,
                    money(BigDecimal.ZERO),
                    money(BigDecimal.ZERO),
                    note);
        }
    }

    /** Rounds up to the smallest multiple of {@code step} at least {@code value}; steps below 1 count as 1. */
    static BigDecimal roundUp(BigDecimal value, @Nullable Integer step) {
        BigDecimal s = BigDecimal.valueOf(step == null || step < 1 ? 1 : step);
        if (value.signum() <= 0) {
            return value;
        }
        return value.divide(s, 0, RoundingMode.CEILING).multiply(s);
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
        BigDecimal minutes =
                seconds.divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP).stripTrailingZeros();
        return plain(seconds) + " s (" + minutes.toPlainString() + " min)";
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
