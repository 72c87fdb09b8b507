package io.github.ocpi4j.model.v221.locations;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.SpecFiles;
import io.github.ocpi4j.model.Violation;
import io.github.ocpi4j.model.v221.tokens.TokenType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of the Locations module beyond types and lengths ({@code [[mod_locations_object_description]]}). */
class LocationRulesTest {
    private final OcpiJson json = OcpiJson.instance();
    private final Location location = json.read(SpecFiles.example("2.2.1", "location_example.json"), Location.class)
            .get();

    private static final Instant NOW = Instant.parse("2024-01-01T00:00:00Z");

    @Test
    void publishAllowedToIsOnlyForUnpublishedLocations() {
        PublishTokenType owner = PublishTokenType.builder().groupId("G1").build();

        assertThat(json.validate(location.toBuilder()
                        .publish(true)
                        .publishAllowedTo(List.of(owner))
                        .build()))
                .containsExactly(new Violation("publish_allowed_to", "only allowed when publish is false"));
        assertThat(json.validate(location.toBuilder()
                        .publish(false)
                        .publishAllowedTo(List.of(owner))
                        .build()))
                .isEmpty();
    }

    @Test
    void publishTokenNeedsUidVisualNumberOrGroupId() {
        PublishTokenType nothing =
                PublishTokenType.builder().issuer("TheNewMotion").build();

        assertThat(json.validate(nothing))
                .containsExactly(new Violation("uid", "one of uid, visual_number or group_id is required"));
    }

    @Test
    void publishTokenWithUidNeedsItsType() {
        assertThat(json.validate(PublishTokenType.builder().uid("012345678").build()))
                .containsExactly(new Violation("type", "required when uid is set"));
        assertThat(json.validate(PublishTokenType.builder()
                        .uid("012345678")
                        .type(TokenType.RFID)
                        .build()))
                .isEmpty();
    }

    @Test
    void publishTokenWithVisualNumberNeedsItsIssuer() {
        assertThat(json.validate(PublishTokenType.builder()
                        .visualNumber("DF000-2001-8999")
                        .build()))
                .containsExactly(new Violation("issuer", "required when visual_number is set"));
    }

    @Test
    void regularHoursAreOnlyForLocationsNotOpenAllTheTime() {
        RegularHours weekday = new RegularHours(1, "08:00", "20:00");

        assertThat(json.validate(Hours.builder()
                        .twentyfourseven(true)
                        .regularHours(List.of(weekday))
                        .build()))
                .containsExactly(new Violation("regular_hours", "only allowed when twentyfourseven is false"));
    }

    @Test
    void locationNotOpenAllTheTimeNeedsRegularHours() {
        assertThat(json.validate(Hours.builder().twentyfourseven(false).build()))
                .containsExactly(new Violation(
                        "regular_hours", "at least one RegularHours required when twentyfourseven is false"));
    }

    @Test
    void regularPeriodMustEndAfterItBegins() {
        assertThat(json.validate(new RegularHours(1, "20:00", "08:00")))
                .containsExactly(new Violation("period_end", "must be later than period_begin"));
        assertThat(json.validate(new RegularHours(1, "08:00", "08:00")))
                .containsExactly(new Violation("period_end", "must be later than period_begin"));
    }

    @Test
    void regularHoursUseWeekdaysOneToSevenAnd24hTimes() {
        assertThat(json.validate(new RegularHours(8, "8:00", "24:00")))
                .containsExactly(
                        new Violation("weekday", "must be at most 7, was 8"),
                        new Violation("period_begin", "format: \"8:00\" does not match ([0-1][0-9]|2[0-3]):[0-5][0-9]"),
                        new Violation("period_end", "format: \"24:00\" does not match ([0-1][0-9]|2[0-3]):[0-5][0-9]"));
        assertThat(json.validate(new RegularHours(0, "00:00", "23:59")))
                .containsExactly(new Violation("weekday", "must be at least 1, was 0"));
    }

    @Test
    void coordinatesUseDecimalDegreesWithFiveToSevenDecimals() {
        GeoLocation coarse = new GeoLocation("51.0475", "3.7299449");

        assertThat(json.validate(location.toBuilder().coordinates(coarse).build()))
                .containsExactly(new Violation(
                        "coordinates.latitude", "format: \"51.0475\" does not match -?[0-9]{1,2}\\.[0-9]{5,7}"));
        assertThat(json.validate(new AdditionalGeoLocation("-51.04759", "-130.123456", null)))
                .isEmpty();
    }

    @Test
    void countryOfALocationIsIso3166Alpha3AndItsOwnerAlpha2() {
        Location wrong = location.toBuilder().country("BE").countryCode("BEL").build();

        assertThat(json.validate(wrong))
                .containsExactly(
                        new Violation("country_code", "CiString(2): 3 characters, at most 2 allowed"),
                        new Violation("country_code", "ISO 3166-1 alpha-2: \"BEL\" is not a country code"),
                        new Violation("country", "ISO 3166-1 alpha-3: \"BE\" is not a country code"));
    }

    @Test
    void timeZoneIsAnIanaName() {
        assertThat(json.validate(location.toBuilder().timeZone("CET+1").build()))
                .containsExactly(new Violation("time_zone", "IANA time zone: \"CET+1\" is not a time zone"));
    }

    @Test
    void evseIdFollowsEmi3() {
        EVSE evse = location.evses().get(0);

        assertThat(json.validate(evse.toBuilder().evseId("BE-BEC-041503001").build()))
                .containsExactly(new Violation(
                        "evse_id",
                        "eMI3 EVSE ID: \"BE-BEC-041503001\" does not match <country>[*]<operator>[*]E<outlet>"));
        assertThat(json.validate(evse.toBuilder().evseId("BEBECE041503001").build()))
                .isEmpty();
    }

    @Test
    void energySourcePercentageIsBetweenZeroAndHundred() {
        EnergySource source = new EnergySource(EnergySourceCategory.SOLAR, new BigDecimal("100.5"));

        assertThat(json.validate(source))
                .containsExactly(new Violation("percentage", "must be at most 100, was 100.5"));
    }

    @Test
    void imageSizesHaveAtMostFiveDigits() {
        Image image = new Image("https://example.com/a.png", null, ImageCategory.OWNER, null, 100000, -1);

        assertThat(json.validate(image))
                .containsExactly(
                        new Violation("type", "required"),
                        new Violation("width", "must be at most 99999, was 100000"),
                        new Violation("height", "must be at least 0, was -1"));
    }

    @Test
    void urlsAreAbsolute() {
        BusinessDetails details = new BusinessDetails("Operator", "www.example.com", null);

        assertThat(json.validate(details))
                .containsExactly(new Violation("website", "URL: \"www.example.com\" is not an absolute URL"));
    }

    @Test
    void connectorTariffIdsAreCiString36Each() {
        Connector connector = location.evses().get(0).connectors().get(0);
        Connector wrong = connector.toBuilder()
                .tariffIds(List.of(io.github.ocpi4j.model.CiString.of("x".repeat(37))))
                .lastUpdated(NOW)
                .build();

        assertThat(json.validate(wrong))
                .containsExactly(new Violation("tariff_ids[0]", "CiString(36): 37 characters, at most 36 allowed"));
    }
}
