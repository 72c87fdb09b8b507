package io.github.ocpi4j.examples.cpo;

import io.github.ocpi4j.examples.cpo.Charging.Place;
import io.github.ocpi4j.examples.cpo.CpoStore.SessionRow;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.v221.cdrs.AuthMethod;
import io.github.ocpi4j.model.v221.cdrs.CDR;
import io.github.ocpi4j.model.v221.cdrs.CdrToken;
import io.github.ocpi4j.model.v221.cdrs.ChargingPeriod;
import io.github.ocpi4j.model.v221.locations.BusinessDetails;
import io.github.ocpi4j.model.v221.locations.Capability;
import io.github.ocpi4j.model.v221.locations.Connector;
import io.github.ocpi4j.model.v221.locations.ConnectorFormat;
import io.github.ocpi4j.model.v221.locations.ConnectorType;
import io.github.ocpi4j.model.v221.locations.EVSE;
import io.github.ocpi4j.model.v221.locations.Facility;
import io.github.ocpi4j.model.v221.locations.GeoLocation;
import io.github.ocpi4j.model.v221.locations.Hours;
import io.github.ocpi4j.model.v221.locations.Location;
import io.github.ocpi4j.model.v221.locations.ParkingType;
import io.github.ocpi4j.model.v221.locations.PowerType;
import io.github.ocpi4j.model.v221.locations.RegularHours;
import io.github.ocpi4j.model.v221.locations.Status;
import io.github.ocpi4j.model.v221.pricing.MeterReading;
import io.github.ocpi4j.model.v221.pricing.Pricing;
import io.github.ocpi4j.model.v221.pricing.PricingResult;
import io.github.ocpi4j.model.v221.sessions.Session;
import io.github.ocpi4j.model.v221.sessions.SessionStatus;
import io.github.ocpi4j.model.v221.tariffs.DayOfWeek;
import io.github.ocpi4j.model.v221.tariffs.PriceComponent;
import io.github.ocpi4j.model.v221.tariffs.Tariff;
import io.github.ocpi4j.model.v221.tariffs.TariffDimensionType;
import io.github.ocpi4j.model.v221.tariffs.TariffElement;
import io.github.ocpi4j.model.v221.tariffs.TariffRestrictions;
import io.github.ocpi4j.model.v221.tariffs.TariffType;
import io.github.ocpi4j.model.v221.tokens.TokenType;
import io.github.ocpi4j.model.v221.types.DisplayText;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The CPO's sample data, the same on every run (a seeded {@link Random}): 60 locations in 16 cities of the
 * Netherlands, Belgium, Germany and France, with 1 to 4 EVSEs of 1 or 2 connectors (Type 2 sockets and domestic
 * sockets on AC, CCS and CHAdeMO cables on DC), opening hours on a quarter of them; 4 tariffs per country; and 72
 * finished sessions of June 2024 with their CDRs, of RFID tokens of the eMSP NL-EMS, cut into charging periods and
 * priced by {@link Pricing} from their meter readings. {@link JdbcCpo.Builder#sampleData} describes it for users.
 */
final class SampleData {
    /** The eMSP whose tokens the sample sessions use. */
    static final String EMSP_COUNTRY_CODE = "NL";

    static final String EMSP_PARTY_ID = "EMS";
    static final int LOCATIONS = 60;
    static final int SESSIONS = 72;
    static final int TOKENS = 12;

    private static final long SEED = 221;
    private static final Instant TARIFFS_UPDATED = Instant.parse("2024-04-15T00:00:00Z");
    private static final Instant LOCATIONS_UPDATED = Instant.parse("2024-05-01T00:00:00Z");
    private static final Instant SESSIONS_FROM = Instant.parse("2024-06-01T05:00:00Z");

    /** A country: its codes, time zone, VAT and words. */
    private record Country(
            String alpha2,
            String alpha3,
            String zone,
            int vat,
            String language,
            List<String> streets,
            List<String> kinds,
            ConnectorType domestic) {}

    private static final Country NL = new Country(
            "NL",
            "NLD",
            "Europe/Amsterdam",
            21,
            "nl",
            List.of(
                    "Stationsplein",
                    "Kerkstraat",
                    "Marktplein",
                    "Havenweg",
                    "Dorpsstraat",
                    "Parkweg",
                    "Molenweg",
                    "Schoolstraat"),
            List.of(
                    "Centraal Station",
                    "P+R Noord",
                    "Stadhuis",
                    "Winkelcentrum",
                    "Ziekenhuis",
                    "Sportpark",
                    "Markt",
                    "Bibliotheek"),
            ConnectorType.DOMESTIC_F);
    private static final Country BE = new Country(
            "BE",
            "BEL",
            "Europe/Brussels",
            21,
            "nl",
            List.of(
                    "Grote Markt",
                    "Stationsstraat",
                    "Kerkstraat",
                    "Leopoldlaan",
                    "Meir",
                    "Koningin Astridplein",
                    "Veldstraat",
                    "Kouter"),
            List.of("Station", "P+R", "Stadhuis", "Shopping", "Ziekenhuis", "Sporthal", "Markt", "Bibliotheek"),
            ConnectorType.DOMESTIC_E);
    private static final Country DE = new Country(
            "DE",
            "DEU",
            "Europe/Berlin",
            19,
            "de",
            List.of(
                    "Bahnhofstraße",
                    "Hauptstraße",
                    "Schillerstraße",
                    "Goethestraße",
                    "Gartenstraße",
                    "Lindenallee",
                    "Marktplatz",
                    "Kirchweg"),
            List.of(
                    "Hauptbahnhof",
                    "Rathaus",
                    "Einkaufszentrum",
                    "Klinikum",
                    "Messe",
                    "Stadion",
                    "Marktplatz",
                    "Stadtbibliothek"),
            ConnectorType.DOMESTIC_F);
    private static final Country FR = new Country(
            "FR",
            "FRA",
            "Europe/Paris",
            20,
            "fr",
            List.of(
                    "Rue de la République",
                    "Avenue Jean Jaurès",
                    "Place de la Gare",
                    "Boulevard Voltaire",
                    "Rue Victor Hugo",
                    "Rue Pasteur",
                    "Avenue de Paris",
                    "Rue du Marché"),
            List.of(
                    "Gare",
                    "Hôtel de Ville",
                    "Centre Commercial",
                    "Hôpital",
                    "Parc des Expositions",
                    "Stade",
                    "Marché",
                    "Médiathèque"),
            ConnectorType.DOMESTIC_E);

    /** A city: its country, centre and postal code. */
    private record City(String name, Country country, double latitude, double longitude, String postalCode) {}

    private static final List<City> CITIES = List.of(
            new City("Amsterdam", NL, 52.3676, 4.9041, "1012 AB"),
            new City("Rotterdam", NL, 51.9244, 4.4777, "3011 AD"),
            new City("Utrecht", NL, 52.0907, 5.1214, "3511 CE"),
            new City("Den Haag", NL, 52.0705, 4.3007, "2511 BT"),
            new City("Eindhoven", NL, 51.4416, 5.4697, "5611 AB"),
            new City("Groningen", NL, 53.2194, 6.5665, "9711 LM"),
            new City("Brussel", BE, 50.8503, 4.3517, "1000"),
            new City("Antwerpen", BE, 51.2194, 4.4025, "2000"),
            new City("Gent", BE, 51.0543, 3.7174, "9000"),
            new City("Berlin", DE, 52.5200, 13.4050, "10115"),
            new City("Hamburg", DE, 53.5511, 9.9937, "20095"),
            new City("Köln", DE, 50.9375, 6.9603, "50667"),
            new City("München", DE, 48.1351, 11.5820, "80331"),
            new City("Paris", FR, 48.8566, 2.3522, "75004"),
            new City("Lyon", FR, 45.7640, 4.8357, "69002"),
            new City("Lille", FR, 50.6292, 3.0573, "59000"));

    /** Everything the sample holds. */
    record Data(List<Tariff> tariffs, List<Location> locations, List<Session> sessions, List<CDR> cdrs) {}

    private SampleData() {}

    /** Stores the sample in an empty database; a database that has locations is left as it is. */
    static void load(Database db, CpoStore store, String countryCode, String partyId) {
        Data data = generate(countryCode, partyId);
        db.write(c -> {
            if (store.locationCount(c) > 0) {
                return null;
            }
            for (Tariff tariff : data.tariffs()) {
                store.putTariff(c, tariff);
                store.setPreauthorizeAmount(c, tariff.id(), preauthorizeAmount(tariff));
            }
            for (Location location : data.locations()) {
                store.putLocation(c, location);
            }
            for (Session session : data.sessions()) {
                int periods = session.chargingPeriods().size();
                store.putSession(c, new SessionRow(session, periods, null));
            }
            for (CDR cdr : data.cdrs()) {
                store.insertCdr(c, cdr);
            }
            return null;
        });
    }

    /** Returns the sample of the CPO with this country code and party id. */
    static Data generate(String countryCode, String partyId) {
        Random random = new Random(SEED);
        String cc = countryCode.toUpperCase(Locale.ROOT);
        String pid = partyId.toUpperCase(Locale.ROOT);
        List<Tariff> tariffs = new ArrayList<>();
        for (Country country : List.of(NL, BE, DE, FR)) {
            tariffs.addAll(tariffs(cc, pid, country));
        }
        List<Location> locations = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < LOCATIONS; i++) {
            locations.add(location(random, cc, pid, i, names));
        }
        List<Session> sessions = new ArrayList<>();
        List<CDR> cdrs = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            session(random, i, locations, tariffs, sessions, cdrs);
        }
        return new Data(tariffs, locations, sessions, cdrs);
    }

    // ---- tariffs

    private static List<Tariff> tariffs(String cc, String pid, Country country) {
        BigDecimal vat = BigDecimal.valueOf(country.vat());
        TariffRestrictions weekdayDaytime = TariffRestrictions.builder()
                .startTime("09:00")
                .endTime("18:00")
                .dayOfWeek(List.of(
                        DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY))
                .build();
        return List.of(
                tariff(
                        cc,
                        pid,
                        "AC-STD-" + country.alpha2(),
                        null,
                        "EUR 0.35 per kWh; parking EUR 1.20 per hour on weekdays 09:00-18:00",
                        element(component(TariffDimensionType.ENERGY, "0.35", vat, 1), null),
                        element(component(TariffDimensionType.PARKING_TIME, "1.20", vat, 60), weekdayDaytime)),
                tariff(
                        cc,
                        pid,
                        "AC-DAYNIGHT-" + country.alpha2(),
                        null,
                        "EUR 0.25 per kWh 22:00-07:00, EUR 0.39 per kWh by day; parking EUR 2.00 per hour",
                        element(
                                component(TariffDimensionType.ENERGY, "0.25", vat, 1),
                                TariffRestrictions.builder()
                                        .startTime("22:00")
                                        .endTime("07:00")
                                        .build()),
                        element(component(TariffDimensionType.ENERGY, "0.39", vat, 1), null),
                        element(component(TariffDimensionType.PARKING_TIME, "2.00", vat, 300), null)),
                tariff(
                        cc,
                        pid,
                        "DC-FAST-" + country.alpha2(),
                        null,
                        "EUR 0.50 per session, EUR 0.59 per kWh; idle fee EUR 9.00 per hour once charged",
                        element(component(TariffDimensionType.FLAT, "0.50", vat, 1), null),
                        element(component(TariffDimensionType.ENERGY, "0.59", vat, 1), null),
                        element(component(TariffDimensionType.PARKING_TIME, "9.00", vat, 60), null)),
                tariff(
                        cc,
                        pid,
                        "AC-CHEAP-" + country.alpha2(),
                        TariffType.PROFILE_CHEAP,
                        "Smart charging at low prices: EUR 0.29 per kWh; parking EUR 1.20 per hour on weekdays"
                                + " 09:00-18:00",
                        element(component(TariffDimensionType.ENERGY, "0.29", vat, 1), null),
                        element(component(TariffDimensionType.PARKING_TIME, "1.20", vat, 60), weekdayDaytime)));
    }

    /**
     * What a payment terminal reserves on a card for a session under a sample tariff (OCPI 2.3.0 {@code
     * preauthorize_amount}), incl. VAT: EUR 20 for the AC tariffs a driver picks at a charger, EUR 50 for DC fast
     * charging; none for the smart-charging profile, which only an eMSP's driver chooses.
     */
    static @Nullable BigDecimal preauthorizeAmount(Tariff tariff) {
        if (tariff.type() == TariffType.PROFILE_CHEAP) {
            return null;
        }
        return tariff.id().value().startsWith("DC-") ? new BigDecimal("50.00") : new BigDecimal("20.00");
    }

    private static Tariff tariff(
            String cc, String pid, String id, @Nullable TariffType type, String text, TariffElement... elements) {
        return Tariff.builder()
                .countryCode(cc)
                .partyId(pid)
                .id(id)
                .currency("EUR")
                .type(type == null ? TariffType.REGULAR : type)
                .tariffAltText(List.of(DisplayText.of("en", text)))
                .elements(List.of(elements))
                .lastUpdated(TARIFFS_UPDATED)
                .build();
    }

    private static TariffElement element(PriceComponent component, @Nullable TariffRestrictions restrictions) {
        return TariffElement.builder()
                .priceComponents(List.of(component))
                .restrictions(restrictions)
                .build();
    }

    private static PriceComponent component(TariffDimensionType type, String price, BigDecimal vat, int stepSize) {
        return new PriceComponent(type, new BigDecimal(price), vat, stepSize);
    }

    // ---- locations

    private static Location location(Random random, String cc, String pid, int i, Set<String> names) {
        City city = CITIES.get(i % CITIES.size());
        Country country = city.country();
        boolean first = i == 0;
        boolean fast = i % 5 == 4;
        String id = String.format(Locale.ROOT, "LOC%03d", i + 1);
        String name = city.name() + " "
                + country.kinds().get(random.nextInt(country.kinds().size()));
        for (int n = 2; !names.add(name); n++) {
            name = city.name() + " "
                    + country.kinds().get(random.nextInt(country.kinds().size())) + " " + n;
        }
        Instant updated = LOCATIONS_UPDATED.plus(Duration.ofHours(11L * i));
        int evseCount = fast ? 2 + random.nextInt(3) : 1 + random.nextInt(4);
        boolean preferences = first || random.nextInt(3) == 0;
        List<EVSE> evses = new ArrayList<>();
        for (int e = 1; e <= evseCount; e++) {
            Status status = first ? Status.AVAILABLE : status(random);
            evses.add(
                    fast
                            ? dcEvse(random, cc, pid, id, e, country, status, updated)
                            : acEvse(random, cc, pid, id, e, country, status, updated, preferences, i % 2 == 1));
        }
        Location.Builder b = Location.builder()
                .countryCode(cc)
                .partyId(pid)
                .id(id)
                .publish(true)
                .name(name)
                .address(country.streets().get(random.nextInt(country.streets().size())) + " "
                        + (1 + random.nextInt(180)))
                .city(city.name())
                .postalCode(city.postalCode())
                .country(country.alpha3())
                .coordinates(new GeoLocation(
                        coordinate(city.latitude() + (random.nextDouble() - 0.5) * 0.06),
                        coordinate(city.longitude() + (random.nextDouble() - 0.5) * 0.09)))
                .parkingType(fast ? ParkingType.ALONG_MOTORWAY : parking(random))
                .evses(evses)
                .operator(new BusinessDetails("ocpi4j example CPO", "https://cpo.example.com", null))
                .facilities(facilities(random, fast))
                .timeZone(country.zone())
                .lastUpdated(updated);
        if (i % 4 == 2) {
            List<RegularHours> hours = new ArrayList<>();
            for (int weekday = 1; weekday <= 6; weekday++) {
                hours.add(new RegularHours(weekday, "07:00", "22:00"));
            }
            b.openingTimes(Hours.builder()
                            .twentyfourseven(false)
                            .regularHours(hours)
                            .build())
                    .chargingWhenClosed(random.nextBoolean());
        } else {
            b.openingTimes(Hours.builder().twentyfourseven(true).build());
        }
        return b.build();
    }

    private static EVSE acEvse(
            Random random,
            String cc,
            String pid,
            String locationId,
            int e,
            Country country,
            Status status,
            Instant updated,
            boolean preferences,
            boolean dayNight) {
        String tariff = (dayNight ? "AC-DAYNIGHT-" : "AC-STD-") + country.alpha2();
        List<CiString> tariffs = new ArrayList<>(List.of(CiString.of(tariff)));
        List<Capability> capabilities = new ArrayList<>(List.of(
                Capability.RFID_READER,
                Capability.REMOTE_START_STOP_CAPABLE,
                Capability.RESERVABLE,
                Capability.UNLOCK_CAPABLE));
        if (preferences) {
            capabilities.add(Capability.CHARGING_PREFERENCES_CAPABLE);
            tariffs.add(CiString.of("AC-CHEAP-" + country.alpha2()));
        }
        List<Connector> connectors = new ArrayList<>();
        connectors.add(connector(
                "1",
                ConnectorType.IEC_62196_T2,
                ConnectorFormat.SOCKET,
                PowerType.AC_3_PHASE,
                400,
                32,
                22000,
                tariffs,
                updated));
        if (random.nextInt(10) < 3) {
            connectors.add(connector(
                    "2",
                    country.domestic(),
                    ConnectorFormat.SOCKET,
                    PowerType.AC_1_PHASE,
                    230,
                    16,
                    3680,
                    List.of(CiString.of("AC-STD-" + country.alpha2())),
                    updated));
        }
        return evse(cc, pid, locationId, e, status, capabilities, connectors, updated);
    }

    private static EVSE dcEvse(
            Random random,
            String cc,
            String pid,
            String locationId,
            int e,
            Country country,
            Status status,
            Instant updated) {
        List<CiString> tariffs = List.of(CiString.of("DC-FAST-" + country.alpha2()));
        List<Connector> connectors = new ArrayList<>();
        connectors.add(connector(
                "1",
                ConnectorType.IEC_62196_T2_COMBO,
                ConnectorFormat.CABLE,
                PowerType.DC,
                920,
                200,
                150000,
                tariffs,
                updated));
        if (random.nextInt(10) < 4) {
            connectors.add(connector(
                    "2",
                    ConnectorType.CHADEMO,
                    ConnectorFormat.CABLE,
                    PowerType.DC,
                    500,
                    125,
                    50000,
                    tariffs,
                    updated));
        }
        List<Capability> capabilities = List.of(
                Capability.RFID_READER,
                Capability.REMOTE_START_STOP_CAPABLE,
                Capability.RESERVABLE,
                Capability.CREDIT_CARD_PAYABLE);
        return evse(cc, pid, locationId, e, status, capabilities, connectors, updated);
    }

    private static EVSE evse(
            String cc,
            String pid,
            String locationId,
            int e,
            Status status,
            List<Capability> capabilities,
            List<Connector> connectors,
            Instant updated) {
        return EVSE.builder()
                .uid(locationId + "-" + e)
                .evseId(cc + "*" + pid + "*E" + locationId.substring(3) + e)
                .status(status)
                .capabilities(capabilities)
                .connectors(connectors)
                .physicalReference(String.valueOf(e))
                .lastUpdated(updated)
                .build();
    }

    private static Connector connector(
            String id,
            ConnectorType standard,
            ConnectorFormat format,
            PowerType power,
            int volts,
            int amperes,
            int watts,
            List<CiString> tariffs,
            Instant updated) {
        return Connector.builder()
                .id(id)
                .standard(standard)
                .format(format)
                .powerType(power)
                .maxVoltage(volts)
                .maxAmperage(amperes)
                .maxElectricPower(watts)
                .tariffIds(tariffs)
                .lastUpdated(updated)
                .build();
    }

    private static Status status(Random random) {
        int n = random.nextInt(100);
        return n < 78 ? Status.AVAILABLE : n < 90 ? Status.CHARGING : n < 95 ? Status.BLOCKED : Status.OUTOFORDER;
    }

    private static ParkingType parking(Random random) {
        List<ParkingType> types = List.of(
                ParkingType.ON_STREET,
                ParkingType.PARKING_LOT,
                ParkingType.PARKING_GARAGE,
                ParkingType.UNDERGROUND_GARAGE);
        return types.get(random.nextInt(types.size()));
    }

    private static List<Facility> facilities(Random random, boolean fast) {
        List<Facility> all = fast
                ? List.of(Facility.RESTAURANT, Facility.CAFE, Facility.FUEL_STATION, Facility.WIFI)
                : List.of(
                        Facility.SUPERMARKET,
                        Facility.MALL,
                        Facility.TRAIN_STATION,
                        Facility.BUS_STOP,
                        Facility.HOTEL,
                        Facility.SPORT);
        List<Facility> chosen = new ArrayList<>();
        for (Facility f : all) {
            if (random.nextInt(4) == 0) {
                chosen.add(f);
            }
        }
        return chosen;
    }

    private static String coordinate(double degrees) {
        return BigDecimal.valueOf(degrees).setScale(6, RoundingMode.HALF_UP).toPlainString();
    }

    // ---- sessions and CDRs

    /** The RFID tokens of NL-EMS the sample sessions use: {@code 04EA5B1C000001} to {@code 04EA5B1C000012}. */
    static CdrToken token(int n) {
        return CdrToken.builder()
                .countryCode(EMSP_COUNTRY_CODE)
                .partyId(EMSP_PARTY_ID)
                .uid(String.format(Locale.ROOT, "04EA5B1C%06d", n))
                .type(TokenType.RFID)
                .contractId(String.format(Locale.ROOT, "NL-EMS-C%08d", n))
                .build();
    }

    private static void session(
            Random random,
            int i,
            List<Location> locations,
            List<Tariff> tariffs,
            List<Session> sessions,
            List<CDR> cdrs) {
        Location location = locations.get((i * 7 + 3) % locations.size());
        EVSE evse = location.evses().get(random.nextInt(location.evses().size()));
        Connector connector =
                evse.connectors().get(random.nextInt(evse.connectors().size()));
        boolean dc = connector.powerType() == PowerType.DC;
        boolean domestic = connector.maxElectricPower() != null && connector.maxElectricPower() < 4000;
        BigDecimal power = dc
                ? BigDecimal.valueOf(connector.standard().equals(ConnectorType.CHADEMO) ? 45 : 50 + random.nextInt(71))
                : domestic
                        ? new BigDecimal("3.7")
                        : random.nextBoolean() ? new BigDecimal("11") : new BigDecimal("7.4");
        int chargeMinutes =
                dc ? 15 + random.nextInt(36) : domestic ? 60 + random.nextInt(241) : 30 + random.nextInt(211);
        int parkMinutes = random.nextInt(10) < (dc ? 3 : 5) ? 5 + random.nextInt(dc ? 16 : 116) : 0;
        Instant start = SESSIONS_FROM.plus(Duration.ofMinutes(i * 540L + random.nextInt(180)));
        Instant charged = start.plus(Duration.ofMinutes(chargeMinutes));
        Instant end = charged.plus(Duration.ofMinutes(parkMinutes));
        BigDecimal energy = power.multiply(BigDecimal.valueOf(chargeMinutes))
                .divide(BigDecimal.valueOf(60), 3, RoundingMode.HALF_UP);
        List<MeterReading> readings = new ArrayList<>();
        readings.add(new MeterReading(start, BigDecimal.ZERO, power, null));
        readings.add(new MeterReading(charged, energy, parkMinutes > 0 ? BigDecimal.ZERO : null, null));
        if (parkMinutes > 0) {
            readings.add(new MeterReading(end, energy, null, null));
        }
        List<Tariff> ofConnector = tariffs.stream()
                .filter(t -> connector.tariffIds().contains(t.id()))
                .toList();
        Tariff tariff = Pricing.tariffFor(ofConnector, start, null, false).orElseThrow();
        ZoneId zone = ZoneId.of(location.timeZone());
        List<ChargingPeriod> periods = Pricing.chargingPeriods(tariff, readings, zone);
        PricingResult price = Pricing.price(tariff, periods, start, end, zone);
        String number = String.format(Locale.ROOT, "%04d", i + 1);
        Session session = Session.builder()
                .countryCode(location.countryCode())
                .partyId(location.partyId())
                .id("SESSION-" + number)
                .startDateTime(start)
                .endDateTime(end)
                .kwh(Charging.plain(energy))
                .cdrToken(token(1 + i % TOKENS))
                .authMethod(i % 3 == 0 ? AuthMethod.AUTH_REQUEST : AuthMethod.WHITELIST)
                .locationId(location.id())
                .evseUid(evse.uid())
                .connectorId(connector.id())
                .currency(tariff.currency())
                .chargingPeriods(periods)
                .totalCost(price.totalCost())
                .status(SessionStatus.COMPLETED)
                .lastUpdated(end.plusSeconds(60))
                .build();
        sessions.add(session);
        cdrs.add(Charging.cdr(
                session, new Place(location, evse), connector, tariff, price, "CDR-" + number, end.plusSeconds(600)));
    }
}
