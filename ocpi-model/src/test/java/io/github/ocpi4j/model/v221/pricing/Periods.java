package io.github.ocpi4j.model.v221.pricing;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.SpecFiles;
import io.github.ocpi4j.model.v221.cdrs.CdrDimension;
import io.github.ocpi4j.model.v221.cdrs.CdrDimensionType;
import io.github.ocpi4j.model.v221.cdrs.ChargingPeriod;
import io.github.ocpi4j.model.v221.tariffs.Tariff;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds sessions for pricing tests: charging periods in a location's local time, and the spec's tariffs. The tests of
 * 2.3.0 pricing build their sessions here too, as charging periods are the same in both versions.
 */
public final class Periods {
    /** The time zone of the sessions built. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final List<ChargingPeriod> periods = new ArrayList<>();
    private final Instant start;
    private Instant at;

    private Periods(Instant start) {
        this.start = start;
        this.at = start;
    }

    /** A session starting at a local time, such as {@code 2024-06-03T09:30} (a Monday). */
    public static Periods startingAt(String localDateTime) {
        return new Periods(local(localDateTime));
    }

    static Instant local(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
    }

    /** The spec's tariff example of this file name. */
    static Tariff specTariff(String name) {
        return OcpiJson.instance()
                .read(SpecFiles.example("2.2.1", name), Tariff.class)
                .value()
                .orElseThrow();
    }

    /** A tariff of these elements (JSON text of each), in EUR, and more top-level fields (JSON text). */
    static Tariff tariff(String... elements) {
        return tariffWith("", elements);
    }

    /** A tariff of these top-level fields (JSON text ending with a comma, or empty) and elements, in EUR. */
    static Tariff tariffWith(String fields, String... elements) {
        return OcpiJson.instance()
                .read(tariffJson(fields, elements), Tariff.class)
                .get();
    }

    /** The JSON text of {@link #tariffWith}, for reading as a partner's tariff that need not be valid. */
    static String tariffJson(String fields, String... elements) {
        return "{\"country_code\":\"NL\",\"party_id\":\"TNM\",\"id\":\"T1\",\"currency\":\"EUR\"," + fields
                + "\"elements\":[" + String.join(",", elements) + "],\"last_updated\":\"2024-01-01T00:00:00Z\"}";
    }

    /** A period of charging for this many minutes, with this energy, and more dimensions (type, value, ...). */
    public Periods charging(double minutes, String kwh, Object... more) {
        return period(minutes, CdrDimensionType.TIME, kwh, more);
    }

    /** A period of parking (not charging) for this many minutes. */
    public Periods parking(double minutes, Object... more) {
        return period(minutes, CdrDimensionType.PARKING_TIME, "0", more);
    }

    /** A period of reservation for this many minutes. */
    public Periods reserved(double minutes) {
        return period(minutes, CdrDimensionType.RESERVATION_TIME, null);
    }

    private Periods period(double minutes, CdrDimensionType timeType, String kwh, Object... more) {
        long seconds = Math.round(minutes * 60);
        List<CdrDimension> dimensions = new ArrayList<>();
        if (kwh != null) {
            dimensions.add(new CdrDimension(CdrDimensionType.ENERGY, new BigDecimal(kwh)));
        }
        // rounded down, as a CPO writes a third of an hour: rounded up, a step_size would bill the excess
        dimensions.add(new CdrDimension(
                timeType, BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 24, RoundingMode.DOWN)));
        for (int i = 0; i < more.length; i += 2) {
            dimensions.add(new CdrDimension((CdrDimensionType) more[i], new BigDecimal(more[i + 1].toString())));
        }
        periods.add(new ChargingPeriod(at, dimensions, null));
        at = at.plusSeconds(seconds);
        return this;
    }

    /** Names the tariff of each period so far, in turn: the first period the first id, and so on, round again. */
    Periods naming(String... tariffIds) {
        for (int i = 0; i < periods.size(); i++) {
            ChargingPeriod p = periods.get(i);
            periods.set(
                    i,
                    new ChargingPeriod(
                            p.startDateTime(), p.dimensions(), CiString.of(tariffIds[i % tariffIds.length])));
        }
        return this;
    }

    /** Prices the session, each period under the tariff it names. */
    PricingResult price(List<Tariff> tariffs) {
        return Pricing.price(tariffs, periods, start, at, ZONE);
    }

    /** The tariff with another id. */
    static Tariff withId(Tariff tariff, String id) {
        return tariff.toBuilder().id(CiString.of(id)).build();
    }

    /** Prices the session under a tariff. */
    PricingResult price(Tariff tariff) {
        return Pricing.price(tariff, periods, start, at, ZONE);
    }

    /** Prices the session under a tariff, saying whether its reservation expired. */
    PricingResult price(Tariff tariff, boolean expired) {
        return Pricing.price(tariff, periods, start, at, ZONE, expired);
    }

    /** The periods so far. */
    public List<ChargingPeriod> periods() {
        return periods;
    }

    /** When the session starts. */
    public Instant start() {
        return start;
    }

    /** When the session ends: the end of the last period. */
    public Instant end() {
        return at;
    }
}
