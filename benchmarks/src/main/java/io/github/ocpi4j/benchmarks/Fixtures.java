package io.github.ocpi4j.benchmarks;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.translation.V221ToV230;
import io.github.ocpi4j.model.v221.cdrs.AuthMethod;
import io.github.ocpi4j.model.v221.cdrs.CDR;
import io.github.ocpi4j.model.v221.cdrs.CdrDimension;
import io.github.ocpi4j.model.v221.cdrs.CdrDimensionType;
import io.github.ocpi4j.model.v221.cdrs.CdrLocation;
import io.github.ocpi4j.model.v221.cdrs.CdrToken;
import io.github.ocpi4j.model.v221.cdrs.ChargingPeriod;
import io.github.ocpi4j.model.v221.locations.AdditionalGeoLocation;
import io.github.ocpi4j.model.v221.locations.BusinessDetails;
import io.github.ocpi4j.model.v221.locations.Capability;
import io.github.ocpi4j.model.v221.locations.Connector;
import io.github.ocpi4j.model.v221.locations.ConnectorFormat;
import io.github.ocpi4j.model.v221.locations.ConnectorType;
import io.github.ocpi4j.model.v221.locations.EVSE;
import io.github.ocpi4j.model.v221.locations.EnergyMix;
import io.github.ocpi4j.model.v221.locations.EnergySource;
import io.github.ocpi4j.model.v221.locations.EnergySourceCategory;
import io.github.ocpi4j.model.v221.locations.EnvironmentalImpact;
import io.github.ocpi4j.model.v221.locations.EnvironmentalImpactCategory;
import io.github.ocpi4j.model.v221.locations.ExceptionalPeriod;
import io.github.ocpi4j.model.v221.locations.Facility;
import io.github.ocpi4j.model.v221.locations.GeoLocation;
import io.github.ocpi4j.model.v221.locations.Hours;
import io.github.ocpi4j.model.v221.locations.Image;
import io.github.ocpi4j.model.v221.locations.ImageCategory;
import io.github.ocpi4j.model.v221.locations.Location;
import io.github.ocpi4j.model.v221.locations.ParkingRestriction;
import io.github.ocpi4j.model.v221.locations.ParkingType;
import io.github.ocpi4j.model.v221.locations.PowerType;
import io.github.ocpi4j.model.v221.locations.PublishTokenType;
import io.github.ocpi4j.model.v221.locations.RegularHours;
import io.github.ocpi4j.model.v221.locations.Status;
import io.github.ocpi4j.model.v221.locations.StatusSchedule;
import io.github.ocpi4j.model.v221.pricing.Pricing;
import io.github.ocpi4j.model.v221.tariffs.DayOfWeek;
import io.github.ocpi4j.model.v221.tariffs.PriceComponent;
import io.github.ocpi4j.model.v221.tariffs.Tariff;
import io.github.ocpi4j.model.v221.tariffs.TariffDimensionType;
import io.github.ocpi4j.model.v221.tariffs.TariffElement;
import io.github.ocpi4j.model.v221.tariffs.TariffRestrictions;
import io.github.ocpi4j.model.v221.tariffs.TariffType;
import io.github.ocpi4j.model.v221.tokens.TokenType;
import io.github.ocpi4j.model.v221.types.DisplayText;
import io.github.ocpi4j.model.v221.types.Price;
import io.github.ocpi4j.model.v230.locations.ConnectorCapability;
import io.github.ocpi4j.model.v230.locations.EVSEParking;
import io.github.ocpi4j.model.v230.locations.EVSEPosition;
import io.github.ocpi4j.model.v230.locations.Parking;
import io.github.ocpi4j.model.v230.locations.ParkingDirection;
import io.github.ocpi4j.model.v230.locations.VehicleType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The data every benchmark works on, generated deterministically (the same index gives the same object in every run)
 * and valid OCPI 2.2.1.
 *
 * <p>A {@link #location(int) Location} uses every optional field somewhere: 4 EVSEs of 2 connectors each (AC and
 * DC), status schedules, opening hours (regular hours with exceptions, or 24/7 with a closing), images on the
 * location, its EVSEs and its operators' logos, an energy mix, related locations, directions in two languages, and
 * on every tenth location {@code publish: false} with {@code publish_allowed_to}. One serializes to about 6 KiB.
 *
 * <p>{@link #location230(int)} is the same Location in OCPI 2.3.0 with the fields 2.3.0 adds filled in as well.
 *
 * <p>The {@link #tariff() tariff} has 4 elements (energy with a start fee, daytime and evening charging time,
 * daytime parking) and a minimum price; the {@link #cdr() CDR} has 10 charging periods across the evening
 * boundary, charging then parking.
 */
public final class Fixtures {
    /** The time zone of every location. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private static final Instant EPOCH = Instant.parse("2024-01-01T00:00:00Z");
    private static final String[] CITIES = {"Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Eindhoven"};
    private static final String[] PROVINCES = {"Noord-Holland", "Zuid-Holland", "Utrecht", "Zuid-Holland", "Brabant"};
    private static final List<ParkingType> PARKING_TYPES = ParkingType.knownValues();
    private static final Status[] STATUSES = {Status.AVAILABLE, Status.CHARGING, Status.RESERVED, Status.BLOCKED};

    private Fixtures() {}

    /** Returns locations {@code 0} to {@code count - 1}. */
    public static List<Location> locations(int count) {
        return IntStream.range(0, count).mapToObj(Fixtures::location).toList();
    }

    /** Returns location number {@code i}, with id {@code LOC00042} for 42. */
    public static Location location(int i) {
        String id = String.format("LOC%05d", i);
        Instant updated = EPOCH.plus(Duration.ofMinutes(i));
        boolean published = i % 10 != 9;
        List<EVSE> evses = new ArrayList<>();
        for (int e = 0; e < 4; e++) {
            evses.add(evse(i, e, updated));
        }
        return Location.builder()
                .countryCode("NL")
                .partyId("CPO")
                .id(id)
                .publish(published)
                .publishAllowedTo(published ? List.of() : publishAllowedTo(i))
                .name("Charging hub " + CITIES[i % CITIES.length] + " " + i)
                .address("Keizersgracht " + (1 + i % 999))
                .city(CITIES[i % CITIES.length])
                .postalCode(String.format("%04d AB", 1000 + i % 9000))
                .state(PROVINCES[i % PROVINCES.length])
                .country("NLD")
                .coordinates(coordinates(i, 0))
                .relatedLocations(List.of(new AdditionalGeoLocation(
                        latitude(i, 7), longitude(i, 7), new DisplayText("en", "Entrance of the car park"))))
                .parkingType(PARKING_TYPES.get(i % PARKING_TYPES.size()))
                .evses(evses)
                .directions(List.of(
                        new DisplayText("en", "Follow the signs to the charging area on level -1"),
                        new DisplayText("nl", "Volg de borden naar de laadplaatsen op niveau -1")))
                .operator(business("Example Charging", "operator"))
                .suboperator(business("Example Charging Services", "suboperator"))
                .owner(business("City Parking", "owner"))
                .facilities(List.of(Facility.CAFE, Facility.WIFI, Facility.PARKING_LOT))
                .timeZone(ZONE.getId())
                .openingTimes(i % 2 == 0 ? officeHours() : aroundTheClock())
                .chargingWhenClosed(i % 3 != 0)
                .images(List.of(
                        image("https://img.example.com/locations/" + id + "/entrance.jpg", ImageCategory.ENTRANCE),
                        image("https://img.example.com/locations/" + id + "/overview.jpg", ImageCategory.LOCATION)))
                .energyMix(energyMix(i))
                .lastUpdated(updated)
                .build();
    }

    /** Returns OCPI 2.3.0 locations {@code 0} to {@code count - 1}, as {@link #location230(int)} makes them. */
    public static List<io.github.ocpi4j.model.v230.locations.Location> locations230(int count) {
        return IntStream.range(0, count).mapToObj(Fixtures::location230).toList();
    }

    /**
     * Returns location number {@code i} in OCPI 2.3.0: {@link #location(int)} translated by {@link V221ToV230}, with
     * what 2.3.0 adds set too: a help phone, two parking places (a car bay and a van bay with their dimensions), each
     * EVSE linked to one of them and naming the eMSPs it accepts, and the Plug and Charge capabilities of the DC
     * connectors.
     */
    public static io.github.ocpi4j.model.v230.locations.Location location230(int i) {
        io.github.ocpi4j.model.v230.locations.Location translated =
                V221ToV230.location(location(i)).value();
        List<io.github.ocpi4j.model.v230.locations.EVSE> evses = new ArrayList<>();
        for (io.github.ocpi4j.model.v230.locations.EVSE evse : translated.evses()) {
            boolean dc = evses.size() >= 2;
            List<io.github.ocpi4j.model.v230.locations.Connector> connectors = new ArrayList<>();
            for (io.github.ocpi4j.model.v230.locations.Connector connector : evse.connectors()) {
                connectors.add(connector.toBuilder()
                        .capabilities(
                                dc
                                        ? List.of(
                                                ConnectorCapability.ISO_15118_2_PLUG_AND_CHARGE,
                                                ConnectorCapability.ISO_15118_20_PLUG_AND_CHARGE)
                                        : List.of())
                        .build());
            }
            evses.add(evse.toBuilder()
                    .connectors(connectors)
                    .parking(List.of(new EVSEParking(
                            CiString.of(dc ? "VAN-1" : "CAR-1"),
                            evses.size() % 2 == 0 ? EVSEPosition.LEFT : EVSEPosition.RIGHT)))
                    .acceptedServiceProviders(List.of("Example Mobility", "Other Mobility"))
                    .build());
        }
        return translated.toBuilder()
                .evses(evses)
                .parkingPlaces(List.of(parking(i, "CAR-1", false), parking(i, "VAN-1", true)))
                .helpPhone(CiString.of(String.format("+3120%07d", i)))
                .build();
    }

    private static Parking parking(int location, String id, boolean van) {
        return Parking.builder()
                .id(CiString.of(id))
                .physicalReference("P" + (location % 100) + "-" + id.charAt(0))
                .vehicleTypes(
                        van
                                ? List.of(VehicleType.PERSONAL_VEHICLE, VehicleType.VAN)
                                : List.of(VehicleType.PERSONAL_VEHICLE, VehicleType.DISABLED))
                .maxVehicleWeight(new BigDecimal(van ? "3500" : "2500"))
                .maxVehicleHeight(new BigDecimal(van ? "300" : "210"))
                .maxVehicleLength(new BigDecimal(van ? "750" : "520"))
                .maxVehicleWidth(new BigDecimal(van ? "250" : "220"))
                .parkingSpaceLength(new BigDecimal(van ? "800" : "550"))
                .parkingSpaceWidth(new BigDecimal(van ? "350" : "330"))
                .dangerousGoodsAllowed(false)
                .direction(van ? ParkingDirection.PARALLEL : ParkingDirection.PERPENDICULAR)
                .driveThrough(van)
                .restrictedToType(!van)
                .reservationRequired(false)
                .timeLimit(new BigDecimal("240"))
                .roofed(!van)
                .images(List.of(new io.github.ocpi4j.model.v230.locations.Image(
                        "https://img.example.com/parking/" + id + ".jpg",
                        null,
                        io.github.ocpi4j.model.v230.locations.ImageCategory.LOCATION,
                        CiString.of("jpg"),
                        1024,
                        768)))
                .lighting(true)
                .refrigerationOutlet(van)
                .standards(van ? List.of() : List.of(CiString.of("PAS 1899")))
                .apdsReference(CiString.of("APDS-" + location + "-" + id))
                .build();
    }

    private static EVSE evse(int location, int e, Instant updated) {
        String uid = String.format("%05d-%d", location, e + 1);
        boolean dc = e >= 2;
        return EVSE.builder()
                .uid(uid)
                .evseId(String.format("NL*CPO*E%05d%d", location, e + 1))
                .status(STATUSES[(location + e) % STATUSES.length])
                .statusSchedule(List.of(new StatusSchedule(
                        updated.plus(Duration.ofDays(30)), updated.plus(Duration.ofDays(31)), Status.INOPERATIVE)))
                .capabilities(List.of(
                        Capability.RFID_READER,
                        Capability.REMOTE_START_STOP_CAPABLE,
                        Capability.RESERVABLE,
                        Capability.CREDIT_CARD_PAYABLE))
                .connectors(List.of(connector("1", dc, updated), connector("2", dc, updated)))
                .floorLevel("-1")
                .coordinates(coordinates(location, e + 1))
                .physicalReference("Bay " + (e + 1))
                .directions(List.of(new DisplayText("en", "Bay " + (e + 1) + ", next to the lifts")))
                .parkingRestrictions(List.of(ParkingRestriction.EV_ONLY, ParkingRestriction.PLUGGED))
                .images(List.of(image("https://img.example.com/evses/" + uid + ".jpg", ImageCategory.CHARGER)))
                .lastUpdated(updated)
                .build();
    }

    private static Connector connector(String id, boolean dc, Instant updated) {
        return Connector.builder()
                .id(id)
                .standard(dc ? ConnectorType.IEC_62196_T2_COMBO : ConnectorType.IEC_62196_T2)
                .format(dc ? ConnectorFormat.CABLE : ConnectorFormat.SOCKET)
                .powerType(dc ? PowerType.DC : PowerType.AC_3_PHASE)
                .maxVoltage(dc ? 920 : 400)
                .maxAmperage(dc ? 250 : 32)
                .maxElectricPower(dc ? 150_000 : 22_000)
                .tariffIds(dc ? List.of(CiString.of("DC-FAST"), CiString.of("DC-MEMBER")) : List.of(CiString.of("AC")))
                .termsAndConditions("https://example.com/charging/terms")
                .lastUpdated(updated)
                .build();
    }

    private static List<PublishTokenType> publishAllowedTo(int i) {
        return List.of(
                new PublishTokenType(CiString.of(String.format("04A1B2C3D4%06d", i)), TokenType.RFID, null, null, null),
                new PublishTokenType(null, null, "NL-CPO-C" + String.format("%08d", i), "Example Charging", null),
                new PublishTokenType(null, null, null, null, CiString.of("FLEET-" + (i % 7))));
    }

    private static GeoLocation coordinates(int location, int offset) {
        return new GeoLocation(latitude(location, offset), longitude(location, offset));
    }

    private static String latitude(int location, int offset) {
        return String.format("52.%06d", (location * 37 + offset * 11) % 1_000_000);
    }

    private static String longitude(int location, int offset) {
        return String.format("4.%06d", (location * 53 + offset * 13) % 1_000_000);
    }

    private static BusinessDetails business(String name, String what) {
        return new BusinessDetails(
                name,
                "https://example.com/" + what,
                image("https://img.example.com/logos/" + what + ".png", ImageCategory.OPERATOR));
    }

    private static Image image(String url, ImageCategory category) {
        return Image.builder()
                .url(url)
                .thumbnail(url.replace(".", "-thumb."))
                .category(category)
                .type(url.substring(url.lastIndexOf('.') + 1))
                .width(1024)
                .height(768)
                .build();
    }

    private static Hours officeHours() {
        List<RegularHours> week = new ArrayList<>();
        for (int day = 1; day <= 7; day++) {
            week.add(day <= 5 ? new RegularHours(day, "07:00", "22:00") : new RegularHours(day, "09:00", "18:00"));
        }
        return Hours.builder()
                .twentyfourseven(false)
                .regularHours(week)
                .exceptionalOpenings(List.of(new ExceptionalPeriod(
                        Instant.parse("2024-12-22T06:00:00Z"), Instant.parse("2024-12-22T22:00:00Z"))))
                .exceptionalClosings(List.of(new ExceptionalPeriod(
                        Instant.parse("2024-12-25T00:00:00Z"), Instant.parse("2024-12-26T00:00:00Z"))))
                .build();
    }

    private static Hours aroundTheClock() {
        return Hours.builder()
                .twentyfourseven(true)
                .exceptionalClosings(List.of(new ExceptionalPeriod(
                        Instant.parse("2024-04-27T08:00:00Z"), Instant.parse("2024-04-27T18:00:00Z"))))
                .build();
    }

    private static EnergyMix energyMix(int i) {
        return EnergyMix.builder()
                .isGreenEnergy(i % 4 != 0)
                .energySources(List.of(
                        new EnergySource(EnergySourceCategory.SOLAR, new BigDecimal("35.5")),
                        new EnergySource(EnergySourceCategory.WIND, new BigDecimal("54.5")),
                        new EnergySource(EnergySourceCategory.GAS, new BigDecimal("10"))))
                .environImpact(List.of(
                        new EnvironmentalImpact(EnvironmentalImpactCategory.CARBON_DIOXIDE, new BigDecimal("37.4")),
                        new EnvironmentalImpact(EnvironmentalImpactCategory.NUCLEAR_WASTE, new BigDecimal("0.0006"))))
                .supplierName("Green Power B.V.")
                .energyProductName("Wind and sun")
                .build();
    }

    /**
     * Returns the tariff of 4 elements: an ENERGY price with a FLAT start fee; charging TIME in the daytime on
     * weekdays, and at another price otherwise; PARKING_TIME in the daytime. VAT on every component, a minimum price.
     */
    public static Tariff tariff() {
        return Tariff.builder()
                .countryCode("NL")
                .partyId("CPO")
                .id("DC-FAST")
                .currency("EUR")
                .type(TariffType.REGULAR)
                .minPrice(new Price(new BigDecimal("1.00"), new BigDecimal("1.21")))
                .elements(List.of(
                        element(
                                null,
                                component(TariffDimensionType.ENERGY, "0.35", 1),
                                component(TariffDimensionType.FLAT, "0.50", 1)),
                        element(
                                TariffRestrictions.builder()
                                        .startTime("07:00")
                                        .endTime("19:00")
                                        .dayOfWeek(List.of(
                                                DayOfWeek.MONDAY,
                                                DayOfWeek.TUESDAY,
                                                DayOfWeek.WEDNESDAY,
                                                DayOfWeek.THURSDAY,
                                                DayOfWeek.FRIDAY))
                                        .build(),
                                component(TariffDimensionType.TIME, "1.20", 300)),
                        element(null, component(TariffDimensionType.TIME, "0.80", 300)),
                        element(
                                TariffRestrictions.builder()
                                        .startTime("09:00")
                                        .endTime("21:00")
                                        .build(),
                                component(TariffDimensionType.PARKING_TIME, "5.00", 300))))
                .lastUpdated(EPOCH)
                .build();
    }

    private static TariffElement element(@Nullable TariffRestrictions restrictions, PriceComponent... components) {
        return new TariffElement(List.of(components), restrictions);
    }

    private static PriceComponent component(TariffDimensionType type, String price, int stepSize) {
        return new PriceComponent(type, new BigDecimal(price), new BigDecimal("21"), stepSize);
    }

    /**
     * Returns a CDR of 10 charging periods of a DC charge from 17:30 local time on a Monday: 8 periods of 15 minutes
     * charging (ENERGY, TIME and MAX_POWER), across the 19:00 boundary of the tariff's daytime price, then 2 of
     * parking. Its totals are the tariff's price of it.
     */
    public static CDR cdr() {
        Instant start = LocalDateTime.parse("2024-06-03T17:30").atZone(ZONE).toInstant();
        List<ChargingPeriod> periods = new ArrayList<>();
        Instant at = start;
        for (int p = 0; p < 10; p++) {
            boolean charging = p < 8;
            List<CdrDimension> dimensions = charging
                    ? List.of(
                            new CdrDimension(CdrDimensionType.ENERGY, new BigDecimal(p < 6 ? "11.25" : "4.5")),
                            new CdrDimension(CdrDimensionType.TIME, new BigDecimal("0.25")),
                            new CdrDimension(CdrDimensionType.MAX_POWER, new BigDecimal(p < 6 ? "46.2" : "18.9")))
                    : List.of(new CdrDimension(CdrDimensionType.PARKING_TIME, new BigDecimal("0.25")));
            periods.add(new ChargingPeriod(at, dimensions, CiString.of("DC-FAST")));
            at = at.plus(Duration.ofMinutes(15));
        }
        CDR draft = CDR.builder()
                .countryCode("NL")
                .partyId("CPO")
                .id("CDR0000000001")
                .startDateTime(start)
                .endDateTime(at)
                .sessionId("SES0000000001")
                .cdrToken(new CdrToken(
                        CiString.of("NL"),
                        CiString.of("EMS"),
                        CiString.of("04A1B2C3D4E5F6"),
                        TokenType.RFID,
                        CiString.of("NL-EMS-C12345678-X")))
                .authMethod(AuthMethod.WHITELIST)
                .cdrLocation(CdrLocation.builder()
                        .id("LOC00042")
                        .name("Charging hub Utrecht 42")
                        .address("Keizersgracht 43")
                        .city("Utrecht")
                        .postalCode("1042 AB")
                        .country("NLD")
                        .coordinates(coordinates(42, 0))
                        .evseUid("00042-3")
                        .evseId("NL*CPO*E000423")
                        .connectorId("1")
                        .connectorStandard(ConnectorType.IEC_62196_T2_COMBO)
                        .connectorFormat(ConnectorFormat.CABLE)
                        .connectorPowerType(PowerType.DC)
                        .build())
                .meterId("METER-42-3")
                .currency("EUR")
                .tariffs(List.of(tariff()))
                .chargingPeriods(periods)
                .totalCost(new Price(BigDecimal.ZERO, BigDecimal.ZERO))
                .totalEnergy(BigDecimal.ZERO)
                .totalTime(BigDecimal.ZERO)
                .lastUpdated(at)
                .build();
        return Pricing.price(tariff(), draft, ZONE).applyTo(draft);
    }
}
