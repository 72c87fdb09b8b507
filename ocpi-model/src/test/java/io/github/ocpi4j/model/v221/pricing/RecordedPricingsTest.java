package io.github.ocpi4j.model.v221.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.translation.V221ToV230;
import io.github.ocpi4j.model.v221.cdrs.CDR;
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
import io.github.ocpi4j.model.v221.types.Price;
import io.github.ocpi4j.model.v230.tariffs.TaxIncluded;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Every pricing of many seeded random tariffs and sessions, in 2.2.1 and 2.3.0, gives exactly the result that the
 * engine gave before it was made faster (commit 44b4a3a): the totals to the last decimal and scale, and every line of
 * the explanation, word for word. The results of that engine are recorded as one digest of each result's text per
 * case in {@code recorded-pricings.txt}; a failure prints the case and today's result. The cases reach where an
 * optimisation could go wrong: every kind of restriction, VAT and none, prices that include it, minimum and maximum
 * prices, step sizes, reservations, periods out of order or naming other tariffs, several tariffs, a meter's energy,
 * time zones with a change of offset, and prices and volumes of up to 16 digits, whose products do not fit a
 * {@code long}.
 *
 * <p>{@link #main} writes the file anew from the engine it runs with; only for an intended change of results.
 */
class RecordedPricingsTest {
    private static final int CASES = 1500;
    private static final String FILE = "recorded-pricings.txt";
    private static final ZoneId[] ZONES = {
        ZoneId.of("Europe/Amsterdam"), ZoneId.of("UTC"), ZoneId.of("America/New_York"), ZoneId.of("Asia/Kolkata")
    };
    private static final String[] VATS = {"0", "5.5", "9", "19", "20", "21", "25.5", "7.75"};
    private static final String[] TIMES = {"00:00", "06:30", "07:00", "09:00", "12:00", "17:45", "19:00", "23:00"};
    private static final String[] LOCAL_STARTS = {
        "2024-06-03T17:30", "2024-03-31T01:10", "2024-10-27T01:50", "2024-12-31T22:40", "2024-01-06T07:55"
    };
    private static final TaxIncluded[] TAX_INCLUDED = {TaxIncluded.YES, TaxIncluded.NO, TaxIncluded.NOT_APPLICABLE};

    @Test
    void everyPricingGivesTheResultRecordedFromThePreviousEngine() throws IOException {
        List<String> recorded = recorded();
        assertThat(recorded).hasSize(CASES);
        for (int n = 0; n < CASES; n++) {
            String text = result(n);
            assertThat(digest(text)).as("case %d, today's result: %s", n, text).isEqualTo(recorded.get(n));
        }
    }

    @Test
    void theExplanationIsTheSameWhenReadFromSeveralThreadsAtOnce() throws Exception {
        for (int n = 0; n < 40; n++) {
            Random random = new Random(n);
            Tariff tariff = tariff(random, "T1");
            Session s = session(random, List.of("T1"));
            PricingResult result = Pricing.price(tariff, s.periods(), s.start(), s.end(), ZONES[0], null);
            PricingResult again = Pricing.price(tariff, s.periods(), s.start(), s.end(), ZONES[0], null);
            List<String> seen = new ArrayList<>();
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                threads.add(new Thread(() -> {
                    String text = result.explanation().toString();
                    synchronized (seen) {
                        seen.add(text);
                    }
                }));
            }
            threads.forEach(Thread::start);
            for (Thread t : threads) {
                t.join();
            }
            assertThat(seen).hasSize(4).containsOnly(again.explanation().toString());
        }
    }

    /** Writes the digests of the results of the engine on the class path to the file given. */
    public static void main(String[] args) throws IOException {
        StringBuilder out = new StringBuilder();
        for (int n = 0; n < CASES; n++) {
            out.append(digest(result(n))).append('\n');
        }
        Files.writeString(Path.of(args[0]), out.toString(), StandardCharsets.UTF_8);
    }

    private static List<String> recorded() throws IOException {
        try (InputStream in = RecordedPricingsTest.class.getResourceAsStream(FILE)) {
            assertThat(in).as(FILE).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text of case {@code n}: what the pricing returned, or the message of the error it threw. */
    static String result(int n) {
        Random random = new Random(0x5EED_0000L + n);
        ZoneId zone = ZONES[random.nextInt(ZONES.length)];
        int tariffs = random.nextInt(5) == 0 ? 1 + random.nextInt(3) : 1;
        List<Tariff> list = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int t = 0; t < tariffs; t++) {
            ids.add("T" + (t + 1));
            list.add(tariff(random, "T" + (t + 1)));
        }
        if (random.nextInt(8) == 0) {
            ids.add("OTHER"); // a period that names a tariff not given
        }
        Session s = session(random, ids);
        int way = random.nextInt(6);
        try {
            if (way < 3) {
                return v221(random, way, list, s, zone);
            }
            return v230(random, way - 3, list, s, zone);
        } catch (IllegalArgumentException e) {
            return "error: " + e.getMessage();
        }
    }

    private static String v221(Random random, int way, List<Tariff> tariffs, Session s, ZoneId zone) {
        return switch (way) {
            case 0 -> {
                Boolean expired = random.nextInt(3) == 0 ? null : random.nextBoolean();
                yield Pricing.price(tariffs.get(0), s.periods(), s.start(), s.end(), zone, expired)
                        .toString();
            }
            case 1 ->
                Pricing.price(tariffs, s.periods(), s.start(), s.end(), zone).toString();
            default -> {
                CDR cdr = CDR.builder()
                        .startDateTime(s.start())
                        .endDateTime(s.end())
                        .chargingPeriods(s.periods())
                        .totalEnergy(s.meter())
                        .build();
                yield (tariffs.size() == 1
                                ? Pricing.price(tariffs.get(0), cdr, zone)
                                : Pricing.price(tariffs, cdr, zone))
                        .toString();
            }
        };
    }

    private static String v230(Random random, int way, List<Tariff> tariffs, Session s, ZoneId zone) {
        List<io.github.ocpi4j.model.v230.tariffs.Tariff> read = new ArrayList<>();
        for (Tariff t : tariffs) {
            read.add(V221ToV230.tariff(t).value().toBuilder()
                    .taxIncluded(random.nextInt(8) == 0 ? null : TAX_INCLUDED[random.nextInt(TAX_INCLUDED.length)])
                    .build());
        }
        List<io.github.ocpi4j.model.v230.cdrs.ChargingPeriod> periods = new ArrayList<>();
        for (ChargingPeriod p : s.periods()) {
            List<io.github.ocpi4j.model.v230.cdrs.CdrDimension> dimensions = new ArrayList<>();
            for (CdrDimension d : p.dimensions()) {
                dimensions.add(new io.github.ocpi4j.model.v230.cdrs.CdrDimension(
                        io.github.ocpi4j.model.v230.cdrs.CdrDimensionType.valueOf(
                                d.type().name()),
                        d.volume()));
            }
            periods.add(
                    new io.github.ocpi4j.model.v230.cdrs.ChargingPeriod(p.startDateTime(), dimensions, p.tariffId()));
        }
        if (way == 0) {
            return io.github.ocpi4j.model.v230.pricing.Pricing.price(read.get(0), periods, s.start(), s.end(), zone)
                    .toString();
        }
        io.github.ocpi4j.model.v230.cdrs.CDR.Builder builder = io.github.ocpi4j.model.v230.cdrs.CDR.builder();
        io.github.ocpi4j.model.v230.cdrs.CDR cdr = builder.startDateTime(s.start())
                .endDateTime(s.end())
                .chargingPeriods(periods)
                .totalEnergy(s.meter())
                .build();
        return (way == 1 && read.size() == 1
                        ? io.github.ocpi4j.model.v230.pricing.Pricing.price(read.get(0), cdr, zone)
                        : io.github.ocpi4j.model.v230.pricing.Pricing.price(read, cdr, zone))
                .toString();
    }

    /** A session: its periods, when it starts and ends, and what its meter says. */
    private record Session(List<ChargingPeriod> periods, Instant start, Instant end, BigDecimal meter) {}

    private static Session session(Random random, List<String> ids) {
        Instant start = LocalDateTime.parse(LOCAL_STARTS[random.nextInt(LOCAL_STARTS.length)])
                .plusMinutes(random.nextInt(3) * 61L)
                .atZone(ZoneId.of("Europe/Amsterdam"))
                .toInstant();
        List<ChargingPeriod> periods = new ArrayList<>();
        Instant at = start.plusSeconds(random.nextInt(4) == 0 ? random.nextInt(600) : 0);
        boolean reserving = random.nextInt(5) == 0;
        for (int p = 0, count = 1 + random.nextInt(12); p < count; p++) {
            long seconds = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(5400);
            List<CdrDimension> dimensions = new ArrayList<>();
            int kind = reserving ? 8 : random.nextInt(10);
            reserving &= random.nextInt(3) != 0;
            BigDecimal hours = hours(random, seconds);
            if (kind < 6) { // charging
                dimensions.add(dimension(CdrDimensionType.ENERGY, volume(random)));
                if (random.nextInt(6) != 0) {
                    dimensions.add(dimension(CdrDimensionType.TIME, hours));
                }
                addMeasurements(random, dimensions);
            } else if (kind < 8) { // parking
                dimensions.add(dimension(CdrDimensionType.PARKING_TIME, hours));
                if (random.nextInt(4) == 0) {
                    dimensions.add(dimension(CdrDimensionType.ENERGY, BigDecimal.ZERO));
                }
            } else if (kind < 9) { // reserved
                dimensions.add(dimension(CdrDimensionType.RESERVATION_TIME, hours));
            } else { // charging and parking in one period, or one volume twice
                dimensions.add(dimension(CdrDimensionType.ENERGY, volume(random)));
                dimensions.add(dimension(CdrDimensionType.ENERGY, volume(random)));
                dimensions.add(dimension(CdrDimensionType.PARKING_TIME, hours(random, seconds / 2)));
            }
            String id = random.nextInt(3) == 0 ? null : ids.get(random.nextInt(ids.size()));
            periods.add(new ChargingPeriod(at, dimensions, id == null ? null : CiString.of(id)));
            at = at.plusSeconds(seconds);
        }
        if (random.nextInt(6) == 0 && periods.size() > 1) { // periods out of time order
            periods.add(periods.remove(0));
        }
        Instant end = at.plusSeconds(random.nextInt(4) == 0 ? random.nextInt(900) : 0);
        return new Session(periods, start, end, volume(random));
    }

    private static void addMeasurements(Random random, List<CdrDimension> dimensions) {
        CdrDimensionType[] types = {
            CdrDimensionType.POWER, CdrDimensionType.MIN_POWER, CdrDimensionType.MAX_POWER,
            CdrDimensionType.CURRENT, CdrDimensionType.MIN_CURRENT, CdrDimensionType.MAX_CURRENT
        };
        for (CdrDimensionType type : types) {
            if (random.nextInt(3) == 0) {
                dimensions.add(dimension(type, decimal(random, 1 + random.nextInt(400), random.nextInt(3))));
            }
        }
    }

    private static CdrDimension dimension(CdrDimensionType type, BigDecimal volume) {
        return new CdrDimension(type, volume);
    }

    /** The hours of some seconds as a CPO writes them: 4 decimals, or more, or a third of an hour cut short. */
    private static BigDecimal hours(Random random, long seconds) {
        BigDecimal exact = BigDecimal.valueOf(seconds);
        return switch (random.nextInt(3)) {
            case 0 -> exact.divide(BigDecimal.valueOf(3600), 4, java.math.RoundingMode.HALF_UP);
            case 1 -> exact.divide(BigDecimal.valueOf(3600), 12, java.math.RoundingMode.DOWN);
            default -> BigDecimal.valueOf(random.nextInt(4) * 25L, 2);
        };
    }

    private static BigDecimal volume(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> BigDecimal.ZERO;
            case 1 -> decimal(random, random.nextLong(10_000_000_000_000_000L), random.nextInt(8)); // up to 16 digits
            case 2 -> decimal(random, random.nextInt(1_000_000), 7);
            default -> decimal(random, random.nextInt(100_000), random.nextInt(5));
        };
    }

    private static BigDecimal decimal(Random random, long unscaled, int scale) {
        return BigDecimal.valueOf(random.nextInt(40) == 0 ? -unscaled : unscaled, scale);
    }

    private static Tariff tariff(Random random, String id) {
        List<TariffElement> elements = new ArrayList<>();
        for (int e = 0, count = 1 + random.nextInt(5); e < count; e++) {
            List<PriceComponent> components = new ArrayList<>();
            for (int c = 0, n = 1 + random.nextInt(3); c < n; c++) {
                components.add(new PriceComponent(
                        TariffDimensionType.values()[random.nextInt(TariffDimensionType.values().length)],
                        price(random),
                        random.nextInt(4) == 0 ? null : new BigDecimal(VATS[random.nextInt(VATS.length)]),
                        stepSize(random)));
            }
            elements.add(new TariffElement(components, random.nextInt(3) == 0 ? null : restrictions(random)));
        }
        return Tariff.builder()
                .countryCode("NL")
                .partyId("CPO")
                .id(id)
                .currency("EUR")
                .minPrice(random.nextInt(3) == 0 ? bound(random) : null)
                .maxPrice(random.nextInt(3) == 0 ? bound(random) : null)
                .elements(elements)
                .lastUpdated(Instant.parse("2024-01-01T00:00:00Z"))
                .build();
    }

    private static BigDecimal price(Random random) {
        return switch (random.nextInt(10)) {
            case 0 -> BigDecimal.ZERO;
            case 1 -> decimal(random, random.nextLong(10_000_000_000_000_000L), 4); // 12 digits before the point
            case 2 -> decimal(random, random.nextInt(1_000_000), 6);
            default -> decimal(random, random.nextInt(10_000), random.nextInt(5));
        };
    }

    private static @Nullable Integer stepSize(Random random) {
        int[] steps = {0, 1, 1, 60, 300, 900, 1000, 3600};
        return random.nextInt(8) == 0 ? null : steps[random.nextInt(steps.length)];
    }

    private static Price bound(Random random) {
        BigDecimal excl = random.nextInt(4) == 0 ? null : decimal(random, random.nextInt(100_000), 2);
        BigDecimal incl = random.nextInt(4) == 0 ? null : decimal(random, random.nextInt(120_000), 2);
        return new Price(excl == null && incl == null ? BigDecimal.TEN : excl, incl);
    }

    private static TariffRestrictions restrictions(Random random) {
        TariffRestrictions.Builder r = TariffRestrictions.builder();
        if (random.nextInt(3) == 0) {
            r.startTime(random.nextInt(6) == 0 ? null : TIMES[random.nextInt(TIMES.length)]);
            r.endTime(random.nextInt(6) == 0 ? null : TIMES[random.nextInt(TIMES.length)]);
        }
        if (random.nextInt(6) == 0) {
            r.startDate("2024-0" + (1 + random.nextInt(9)) + "-15");
        }
        if (random.nextInt(6) == 0) {
            r.endDate(random.nextInt(10) == 0 ? "not a date" : "2024-0" + (1 + random.nextInt(9)) + "-01");
        }
        if (random.nextInt(4) == 0) {
            r.minKwh(decimal(random, random.nextInt(100), random.nextInt(2)));
        }
        if (random.nextInt(4) == 0) {
            r.maxKwh(decimal(random, random.nextInt(1000), random.nextInt(2)));
        }
        if (random.nextInt(5) == 0) {
            r.minCurrent(decimal(random, random.nextInt(64), 0));
        }
        if (random.nextInt(5) == 0) {
            r.maxCurrent(decimal(random, random.nextInt(400), 1));
        }
        if (random.nextInt(4) == 0) {
            r.minPower(decimal(random, random.nextInt(100), random.nextInt(2)));
        }
        if (random.nextInt(4) == 0) {
            r.maxPower(decimal(random, random.nextInt(400), random.nextInt(2)));
        }
        if (random.nextInt(4) == 0) {
            r.minDuration(random.nextInt(7200));
        }
        if (random.nextInt(4) == 0) {
            r.maxDuration(random.nextInt(14400));
        }
        if (random.nextInt(3) == 0) {
            List<DayOfWeek> days = new ArrayList<>();
            for (DayOfWeek d : DayOfWeek.values()) {
                if (random.nextBoolean()) {
                    days.add(d);
                }
            }
            r.dayOfWeek(days);
        }
        if (random.nextInt(6) == 0) {
            r.reservation(ReservationRestrictionType.values()[random.nextInt(2)]);
        }
        return r.build();
    }
}
