package io.github.ocpi4j.examples;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.ReadResult;
import io.github.ocpi4j.model.Violation;
import io.github.ocpi4j.model.v221.cdrs.CDR;
import io.github.ocpi4j.model.v221.pricing.Pricing;
import io.github.ocpi4j.model.v221.pricing.PricingResult;
import io.github.ocpi4j.model.v221.tariffs.Tariff;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code ocpi4j price --tariff TARIFF.json --cdr CDR.json [--explain] [--time-zone ZONE] [--version VERSION]}: computes what a CDR costs
 * under a tariff ({@link Pricing}) and prints the totals as one JSON object with the CDR's field names. A contract
 * that scripts rely on.
 *
 * <p>{@code --tariff} may be repeated, for a CDR whose charging periods name several tariffs ({@code tariff_id},
 * {@code [[mod_cdrs_chargingperiod_class]]}): each period is then priced under the tariff it names ({@link
 * Pricing#price(List, CDR, ZoneId)}), and a period that names none, or a tariff not given, is an error.
 *
 * <pre>
 * java -jar examples/target/ocpi4j.jar price --tariff tariff.json --cdr cdr.json
 * {"total_cost":{"excl_vat":4.00,"incl_vat":4.40},"total_energy":15.342,"total_energy_cost":{"excl_vat":0.00,...
 * </pre>
 *
 * <p><b>Input.</b> TARIFF.json holds one OCPI 2.2.1 Tariff object. CDR.json holds one CDR, read leniently: only what
 * pricing needs must be there and follow the specification's rules, which is {@code start_date_time}, {@code
 * end_date_time} and {@code charging_periods}, and for the tariff its {@code elements}, {@code min_price} and {@code
 * max_price}. Everything else may be missing or broken ({@code ocpi4j validate} checks it); the totals already in the
 * CDR are ignored, except {@code total_energy} when no charging period reports ENERGY (the meter's reading, on which
 * no price then depends).
 *
 * <p><b>Versions.</b> The files are OCPI 2.2.1 or 2.3.0: {@code --version 2.2.1|2.3.0} says which; without it, they
 * are 2.3.0 when a tariff has {@code tax_included} or a price or price limit has {@code before_taxes}, else 2.2.1.
 * 2.3.0 files are priced by {@link io.github.ocpi4j.model.v230.pricing.Pricing} and each total is printed as a 2.3.0
 * Price: {@code before_taxes} and {@code taxes}, one VAT per rate ({@code [[types_price_class]]}).
 *
 * <p><b>Time zone.</b> Restrictions on times, dates and days are in the location's local time, and a 2.2.1 CDR
 * carries no time zone. It is {@code --time-zone ZONE} (an IANA name such as {@code Europe/Brussels}, or an offset
 * such as {@code +01:00}) when given; else the single time zone of the location's {@code country}, where that
 * country has one ({@code BEL}: {@code Europe/Brussels}); else UTC. Standard error says which, in one line starting
 * with {@code time zone: }.
 *
 * <p><b>Standard output</b> is one line of compact JSON: {@code total_cost}, {@code total_energy}, {@code
 * total_energy_cost}, {@code total_time}, {@code total_time_cost}, {@code total_parking_time}, {@code
 * total_parking_cost}, {@code total_fixed_cost}, and {@code total_reservation_cost} when the CDR has a reservation.
 * With {@code --explain} the same object has {@code explanation}: the lines of {@link PricingResult#explanation()},
 * what was billed, period by period, and why. Amounts in the tariff's currency, rounded to 4 decimals, half up.
 *
 * <p><b>Standard error:</b> the time zone line; {@code warning: } lines when the CDR's currency differs from the
 * tariff's, or, with one tariff, charging periods belong to another (they are not priced); and on failure {@code
 * error: FILE: PATH: RULE} for every rule broken that pricing needs, a period naming no tariff given among them
 * ({@code charging_periods[1].tariff_id}), and tariffs that share an id or differ in currency.
 *
 * <p><b>Exit codes:</b> 0 priced; 1 a file is not JSON or lacks what pricing needs, or the tariffs do not fit the
 * CDR's periods; 2 a usage error or a file that cannot be read.
 */
final class PriceCommand implements Command {
    private static final String UTC = "UTC";

    @Override
    public String name() {
        return "price";
    }

    @Override
    public String synopsis() {
        return "price --tariff TARIFF.json --cdr CDR.json [--explain] [--time-zone ZONE] [--version VERSION]";
    }

    @Override
    public String help() {
        return """
                Computes what a CDR costs under a tariff (OCPI 2.2.1 or 2.3.0) and prints the totals as one line of JSON with
                the CDR's field names: total_cost, total_energy, total_energy_cost, total_time, total_time_cost,
                total_parking_time, total_parking_cost, total_fixed_cost, total_reservation_cost (with a reservation).

                  --tariff <file>     one Tariff object; repeat it for a CDR whose charging periods name
                                      several tariffs (tariff_id): each period is priced under the tariff it
                                      names, and every period must name one given
                  --cdr <file>        one CDR; only start_date_time, end_date_time and charging_periods are needed,
                                      its totals are ignored (total_energy is kept when no period reports ENERGY)
                  --explain           add "explanation": what was billed, period by period, and why
                  --time-zone <zone>  the location's time zone, such as Europe/Brussels or +01:00; by default the
                                      single time zone of the location's country, else UTC
                  --version <version> 2.2.1 or 2.3.0, the version of the files; by default 2.3.0 when a tariff has
                                      tax_included or a price has before_taxes, else 2.2.1. A 2.3.0 total is
                                      {"before_taxes":...,"taxes":[{"name":"VAT","percentage":...,"amount":...}]}

                stderr: "time zone: <zone> (<why>)"; "warning: ..." when currencies differ or, with one tariff,
                periods belong to another; on failure "error: <file>: <path>: <rule>" per rule broken that pricing
                needs, and per period that names no tariff given.
                Exit codes: 0 priced, 1 a file is not JSON or lacks what pricing needs, or the tariffs do not fit
                the CDR's periods, 2 a usage error or a file that cannot be read.
                """;
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        List<Path> tariffFiles = new ArrayList<>();
        Path cdrFile = null;
        String zoneName = null;
        boolean explain = false;
        Api<?, ?> version = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--tariff" -> tariffFiles.add(Path.of(Command.value(args, ++i, arg)));
                case "--cdr" -> cdrFile = Path.of(Command.value(args, ++i, arg));
                case "--time-zone" -> zoneName = Command.value(args, ++i, arg);
                case "--explain" -> explain = true;
                case "--version" -> version = version(Command.value(args, ++i, arg));
                default ->
                    throw new UsageException(
                            arg.startsWith("-") ? "unknown option " + arg : "unexpected argument " + arg);
            }
        }
        if (tariffFiles.isEmpty()) {
            throw new UsageException("--tariff is required");
        }
        if (cdrFile == null) {
            throw new UsageException("--cdr is required");
        }
        ZoneId given = zoneName == null ? null : zone(zoneName);

        List<byte[]> tariffBytes = new ArrayList<>();
        for (Path file : tariffFiles) {
            byte[] bytes = read(file, err);
            if (bytes != null) {
                tariffBytes.add(bytes);
            }
        }
        byte[] cdrBytes = read(cdrFile, err);
        if (tariffBytes.size() < tariffFiles.size() || cdrBytes == null) {
            return USAGE;
        }
        // with several tariffs, the periods name theirs by id
        String[] needed = tariffFiles.size() == 1
                ? new String[] {"elements", "min_price", "max_price"}
                : new String[] {"elements", "min_price", "max_price", "id"};
        Api<?, ?> api = version == null ? shapeOf(tariffBytes, cdrBytes) : version;
        return price(api, tariffFiles, tariffBytes, cdrFile, cdrBytes, needed, given, explain, out, err);
    }

    /** Reads the tariffs and the CDR in one version, prices them and prints the totals. */
    private static <T, C> int price(
            Api<T, C> api,
            List<Path> tariffFiles,
            List<byte[]> tariffBytes,
            Path cdrFile,
            byte[] cdrBytes,
            String[] needed,
            @Nullable ZoneId given,
            boolean explain,
            PrintStream out,
            PrintStream err) {
        List<T> tariffs = new ArrayList<>();
        for (int i = 0; i < tariffFiles.size(); i++) {
            T tariff = needed(
                    tariffFiles.get(i), OcpiJson.instance().read(tariffBytes.get(i), api.tariffType()), err, needed);
            if (tariff != null) {
                tariffs.add(tariff);
            }
        }
        C cdr = needed(
                cdrFile,
                OcpiJson.instance().read(cdrBytes, api.cdrType()),
                err,
                "start_date_time",
                "end_date_time",
                "charging_periods");
        if (tariffs.size() < tariffFiles.size() || cdr == null || !fitTogether(api, tariffFiles, tariffs, err)) {
            return FAILED;
        }

        ZoneId zone = given != null ? given : zoneOf(api.country(cdr), err);
        if (given != null) {
            err.println("time zone: " + given.getId() + " (--time-zone)");
        }
        warnings(api, tariffs, cdr, err);
        Object result;
        try {
            result = api.price(tariffs, cdr, zone, explain);
        } catch (IllegalArgumentException e) { // several tariffs: a period that names no tariff, or one not given
            err.println("error: " + cdrFile + ": " + e.getMessage());
            return FAILED;
        }
        byte[] json = (OcpiJson.instance().writeString(result) + "\n").getBytes(StandardCharsets.UTF_8);
        out.write(json, 0, json.length);
        out.flush();
        return OK;
    }

    /**
     * What pricing needs of one OCPI version: the types of its tariff and CDR, the fields the checks read, and its
     * {@code Pricing}.
     */
    private interface Api<T, C> {
        Class<T> tariffType();

        Class<C> cdrType();

        @Nullable
        Object id(T tariff);

        @Nullable
        String currency(T tariff);

        @Nullable
        String cdrCurrency(C cdr);

        @Nullable
        String country(C cdr);

        /** The tariff each charging period names, {@code null} for none. */
        List<@Nullable Object> periodTariffs(C cdr);

        /** The totals, one tariff priced as one, several each period under the tariff it names. */
        Object price(List<T> tariffs, C cdr, ZoneId zone, boolean explain);
    }

    private static final Api<Tariff, CDR> V221 = new Api<>() {
        @Override
        public Class<Tariff> tariffType() {
            return Tariff.class;
        }

        @Override
        public Class<CDR> cdrType() {
            return CDR.class;
        }

        @Override
        public @Nullable Object id(Tariff tariff) {
            return tariff.id();
        }

        @Override
        public @Nullable String currency(Tariff tariff) {
            return tariff.currency();
        }

        @Override
        public @Nullable String cdrCurrency(CDR cdr) {
            return cdr.currency();
        }

        @Override
        public @Nullable String country(CDR cdr) {
            return cdr.cdrLocation() == null ? null : cdr.cdrLocation().country();
        }

        @Override
        public List<@Nullable Object> periodTariffs(CDR cdr) {
            List<@Nullable Object> ids = new ArrayList<>();
            cdr.chargingPeriods().forEach(p -> ids.add(p == null ? null : p.tariffId()));
            return ids;
        }

        @Override
        public Object price(List<Tariff> tariffs, CDR cdr, ZoneId zone, boolean explain) {
            PricingResult result =
                    tariffs.size() == 1 ? Pricing.price(tariffs.get(0), cdr, zone) : Pricing.price(tariffs, cdr, zone);
            return explain ? result : result.withoutExplanation();
        }
    };

    private static final Api<io.github.ocpi4j.model.v230.tariffs.Tariff, io.github.ocpi4j.model.v230.cdrs.CDR> V230 =
            new Api<>() {
                @Override
                public Class<io.github.ocpi4j.model.v230.tariffs.Tariff> tariffType() {
                    return io.github.ocpi4j.model.v230.tariffs.Tariff.class;
                }

                @Override
                public Class<io.github.ocpi4j.model.v230.cdrs.CDR> cdrType() {
                    return io.github.ocpi4j.model.v230.cdrs.CDR.class;
                }

                @Override
                public @Nullable Object id(io.github.ocpi4j.model.v230.tariffs.Tariff tariff) {
                    return tariff.id();
                }

                @Override
                public @Nullable String currency(io.github.ocpi4j.model.v230.tariffs.Tariff tariff) {
                    return tariff.currency();
                }

                @Override
                public @Nullable String cdrCurrency(io.github.ocpi4j.model.v230.cdrs.CDR cdr) {
                    return cdr.currency();
                }

                @Override
                public @Nullable String country(io.github.ocpi4j.model.v230.cdrs.CDR cdr) {
                    return cdr.cdrLocation() == null ? null : cdr.cdrLocation().country();
                }

                @Override
                public List<@Nullable Object> periodTariffs(io.github.ocpi4j.model.v230.cdrs.CDR cdr) {
                    List<@Nullable Object> ids = new ArrayList<>();
                    cdr.chargingPeriods().forEach(p -> ids.add(p == null ? null : p.tariffId()));
                    return ids;
                }

                @Override
                public Object price(
                        List<io.github.ocpi4j.model.v230.tariffs.Tariff> tariffs,
                        io.github.ocpi4j.model.v230.cdrs.CDR cdr,
                        ZoneId zone,
                        boolean explain) {
                    io.github.ocpi4j.model.v230.pricing.PricingResult result = tariffs.size() == 1
                            ? io.github.ocpi4j.model.v230.pricing.Pricing.price(tariffs.get(0), cdr, zone)
                            : io.github.ocpi4j.model.v230.pricing.Pricing.price(tariffs, cdr, zone);
                    return explain ? result : result.withoutExplanation();
                }
            };

    /**
     * The version the files are written in, by the shape of their prices: 2.3.0 when a tariff says {@code
     * tax_included} or a price or price limit has {@code before_taxes}, else 2.2.1.
     */
    private static Api<?, ?> shapeOf(List<byte[]> tariffs, byte[] cdr) {
        List<byte[]> files = new ArrayList<>(tariffs);
        files.add(cdr);
        for (byte[] file : files) {
            String text = new String(file, StandardCharsets.UTF_8);
            if (text.contains("\"tax_included\"") || text.contains("\"before_taxes\"")) {
                return V230;
            }
        }
        return V221;
    }

    private static Api<?, ?> version(String name) {
        return switch (name) {
            case "2.2.1" -> V221;
            case "2.3.0" -> V230;
            default ->
                throw new UsageException(
                        "--version: " + name + " is not a version this command prices (2.2.1 or" + " 2.3.0)");
        };
    }

    private static ZoneId zone(String name) {
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            throw new UsageException("--time-zone: " + name
                    + " is not a time zone (an IANA name such as Europe/Brussels, or an offset such as +01:00)");
        }
    }

    private static byte @Nullable [] read(Path file, PrintStream err) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            err.println("error: " + file + ": no such file");
        } catch (IOException e) {
            err.println("error: " + file + ": " + e.getMessage());
        }
        return null;
    }

    /**
     * Returns the value read when it breaks no rule under the fields pricing needs, else reports those rules and
     * returns {@code null}.
     */
    private static <T> @Nullable T needed(Path file, ReadResult<T> result, PrintStream err, String... fields) {
        List<Violation> broken = new ArrayList<>();
        for (Violation v : result.violations()) {
            if (!result.isWellFormed() || v.path().equals("$") && result.value().isEmpty() || under(v.path(), fields)) {
                broken.add(v);
            }
        }
        if (result.value().isEmpty() && broken.isEmpty()) {
            broken.add(new Violation("$", "must be a JSON object"));
        }
        broken.forEach(v -> err.println("error: " + file + ": " + v));
        return broken.isEmpty() ? result.value().orElseThrow() : null;
    }

    private static boolean under(String path, String... fields) {
        for (String field : fields) {
            if (path.equals(field) || path.startsWith(field + ".") || path.startsWith(field + "[")) {
                return true;
            }
        }
        return false;
    }

    /** The location's time zone as the CDR lets us know it, saying which on stderr. */
    private static ZoneId zoneOf(@Nullable String country, PrintStream err) {
        if (country == null || country.isBlank()) {
            err.println("time zone: " + UTC + " (the CDR's location has no country; give --time-zone)");
            return ZoneId.of(UTC);
        }
        Optional<ZoneId> zone = Pricing.timeZoneOfCountry(country);
        if (zone.isPresent()) {
            err.println("time zone: " + zone.get().getId() + " (the single time zone of " + country
                    + ", the location's country)");
            return zone.get();
        }
        err.println(
                "time zone: " + UTC + " (" + country + " has no single time zone, or is not known; give --time-zone)");
        return ZoneId.of(UTC);
    }

    /** Whether the tariffs can price one session: ids that differ, one currency; else says why on stderr. */
    private static <T> boolean fitTogether(Api<T, ?> api, List<Path> files, List<T> tariffs, PrintStream err) {
        boolean fit = true;
        for (int i = 1; i < tariffs.size(); i++) {
            T t = tariffs.get(i);
            for (int j = 0; j < i; j++) {
                if (Objects.equals(api.id(t), api.id(tariffs.get(j)))) {
                    err.println("error: " + files.get(i) + ": id: " + api.id(t) + " is also the id of " + files.get(j));
                    fit = false;
                }
            }
            String currency = api.currency(tariffs.get(0));
            String other = api.currency(t);
            if (other != null && currency != null && !other.equalsIgnoreCase(currency)) {
                err.println("error: " + files.get(i) + ": currency: " + other + ", while " + files.get(0) + " is in "
                        + currency + "; a session is priced in one currency");
                fit = false;
            }
        }
        return fit;
    }

    private static <T, C> void warnings(Api<T, C> api, List<T> tariffs, C cdr, PrintStream err) {
        T tariff = tariffs.get(0);
        String cdrCurrency = api.cdrCurrency(cdr);
        String currency = api.currency(tariff);
        if (cdrCurrency != null && currency != null && !cdrCurrency.equalsIgnoreCase(currency)) {
            err.println("warning: the CDR is in " + cdrCurrency + ", the tariff in " + currency + ": amounts are in "
                    + currency);
        }
        if (tariffs.size() > 1) {
            return; // every period is priced under the tariff it names, or pricing fails
        }
        String id = api.id(tariff) == null ? null : api.id(tariff).toString();
        List<@Nullable Object> named = api.periodTariffs(cdr);
        long others = named.stream()
                .filter(t -> t != null && !t.toString().equalsIgnoreCase(String.valueOf(id)))
                .count();
        if (others > 0) {
            err.println("warning: " + others + " of " + named.size()
                    + " charging periods belong to another tariff than " + id + ": they are not priced");
        }
    }
}
