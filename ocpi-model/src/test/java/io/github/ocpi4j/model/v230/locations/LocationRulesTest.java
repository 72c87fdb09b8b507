package io.github.ocpi4j.model.v230.locations;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.SpecFiles;
import io.github.ocpi4j.model.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules of the 2.3.0 Locations module beyond types and lengths, above all those of the parking places new in
 * 2.3.0 ({@code [[mod_locations_parking_object]]}, {@code [[mod_locations_evseparking_class]]}).
 */
class LocationRulesTest {
    private final OcpiJson json = OcpiJson.instance();

    /** The spec's public location: two EVSEs, which use the parking places 1 and 2, and 2 and 3. */
    private final Location location = json.read(SpecFiles.example("2.3.0", "location_example.json"), Location.class)
            .get();

    private static Parking place(String id) {
        return Parking.builder()
                .id(id)
                .vehicleTypes(List.of(VehicleType.PERSONAL_VEHICLE))
                .restrictedToType(false)
                .reservationRequired(false)
                .build();
    }

    private static EVSEParking link(String parkingId) {
        return EVSEParking.builder().parkingId(parkingId).build();
    }

    @Test
    void everyEvseOfTheExampleUsesPlacesOfItsOwnLocation() {
        assertThat(location.parkingPlaces()).extracting(p -> p.id().value()).containsExactly("1", "2", "3");
        assertThat(location.evses().get(1).parking())
                .containsExactly(
                        new EVSEParking(CiString.of("2"), EVSEPosition.LEFT),
                        new EVSEParking(CiString.of("3"), EVSEPosition.RIGHT));
        assertThat(json.validate(location)).isEmpty();
    }

    @Test
    void evseParkingMustNameAParkingPlaceOfItsLocation() {
        EVSE evse = location.evses().get(1);
        Location wrong = location.toBuilder()
                .evses(List.of(
                        location.evses().get(0),
                        evse.toBuilder().parking(List.of(link("3"), link("B4"))).build()))
                .build();

        // [[mod_locations_evseparking_class]]: parking_id refers to a Parking of the containing Location
        assertThat(json.validate(wrong))
                .containsExactly(new Violation(
                        "evses[1].parking[1].parking_id",
                        "must name one of the Location's parking_places: no place has the id \"B4\""));
    }

    @Test
    void evseParkingOfALocationWithoutParkingPlacesNamesNothing() {
        Location wrong = location.toBuilder().parkingPlaces(List.of()).build();

        assertThat(json.validate(wrong))
                .extracting(Violation::path)
                .containsExactly(
                        "evses[0].parking[0].parking_id",
                        "evses[0].parking[1].parking_id",
                        "evses[1].parking[0].parking_id",
                        "evses[1].parking[1].parking_id");
    }

    @Test
    void parkingIdsAreUniqueWithinALocationIgnoringCase() {
        Location wrong = location.toBuilder()
                .evses(List.of())
                .parkingPlaces(List.of(place("B1"), place("B2"), place("b1")))
                .build();

        // [[mod_locations_parking_object]]: the id of a Parking is unique among the Parking objects of its Location
        assertThat(json.validate(wrong))
                .containsExactly(new Violation(
                        "parking_places[2].id",
                        "must be unique within the Location: parking_places[0] has the same id"));
    }

    @Test
    void evseParkingNamesAPlaceIgnoringCaseAsCiStringsCompare() {
        Location mixedCase = location.toBuilder()
                .evses(List.of(location.evses().get(0).toBuilder()
                        .parking(List.of(link("b1")))
                        .build()))
                .parkingPlaces(List.of(place("B1")))
                .build();

        assertThat(json.validate(mixedCase)).isEmpty();
    }

    @Test
    void aParkingPlaceWithoutItsRequiredFieldsIsReportedFieldByField() {
        String body = "{\"physical_reference\": \"P-0123456789AB\", \"vehicle_types\": [], \"standards\": [\""
                + "S".repeat(37) + "\"]}";

        // [[mod_locations_parking_object]]: id, restricted_to_type and reservation_required have cardinality 1,
        // vehicle_types cardinality +; physical_reference is String[12] and each standard CiString[36]
        assertThat(json.read(body, Parking.class).violations())
                .containsExactlyInAnyOrder(
                        new Violation("id", "required"),
                        new Violation("physical_reference", "string(12): 14 characters, at most 12 allowed"),
                        new Violation("vehicle_types", "cardinality +: at least one element required"),
                        new Violation("restricted_to_type", "required"),
                        new Violation("reservation_required", "required"),
                        new Violation("standards[0]", "CiString(36): 37 characters, at most 36 allowed"));
    }

    @Test
    void evseParkingNeedsTheIdOfItsPlace() {
        assertThat(json.read("{\"evse_position\": \"CENTER\"}", EVSEParking.class)
                        .violations())
                .containsExactly(new Violation("parking_id", "required"));
        assertThat(json.read("{\"parking_id\": \"1\", \"evse_position\": \"TOP\"}", EVSEParking.class)
                        .violations())
                .extracting(Violation::path)
                .containsExactly("evse_position");
    }

    @Test
    void helpPhoneIsAPrintableCiStringOfAtMost25Characters() {
        // [[mod_locations_location_object]]: help_phone is CiString(25)
        assertThat(json.validate(
                        location.toBuilder().helpPhone("+32 9 123 45 67").build()))
                .isEmpty();
        assertThat(json.validate(location.toBuilder()
                        .helpPhone("+32 9 123 45 67 ext. 12345")
                        .build()))
                .containsExactly(new Violation("help_phone", "CiString(25): 26 characters, at most 25 allowed"));
    }

    @Test
    void eachAcceptedServiceProviderHasAtMost50Characters() {
        EVSE evse = location.evses().get(0);

        // [[mod_locations_evse_object]]: accepted_service_providers is String[50] with cardinality *
        assertThat(json.validate(evse.toBuilder()
                        .acceptedServiceProviders(List.of("Fastned", "x".repeat(51)))
                        .build()))
                .containsExactly(new Violation(
                        "accepted_service_providers[1]", "string(50): 51 characters, at most 50 allowed"));
    }

    @Test
    void aNonPrintableAcceptedServiceProviderIsReportedAtItsIndex() {
        EVSE evse = location.evses().get(0);

        // [[types_string_type]]: every element of a list of strings is a string, printable characters only
        assertThat(json.validate(evse.toBuilder()
                        .acceptedServiceProviders(List.of("Fastned", "Shell\nRecharge", "Ionity", "tab\there"))
                        .build()))
                .containsExactly(
                        new Violation(
                                "accepted_service_providers[1]",
                                "string: control character U+000A at index 5, only printable characters allowed"),
                        new Violation(
                                "accepted_service_providers[3]",
                                "string: control character U+0009 at index 3, only printable characters allowed"));
    }

    @Test
    void imageSizesAreCheckedAtTheirBoundsInclusive() {
        // [[mod_locations_image_class]]: width and height are int(5), so 0 to 99999
        assertThat(json.validate(new Image(
                        "https://example.com/a.png", null, ImageCategory.OWNER, CiString.of("png"), 99999, 0)))
                .isEmpty();
        assertThat(json.validate(new Image(
                        "https://example.com/a.png", null, ImageCategory.OWNER, CiString.of("png"), 100000, -1)))
                .containsExactly(
                        new Violation("width", "must be at most 99999, was 100000"),
                        new Violation("height", "must be at least 0, was -1"));
    }

    /** The cross-field rules of 2.2.1 that the 2.3.0 text keeps, on the 2.3.0 types. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = " | ",
            value = {
                // [[mod_locations_publish_token_class]]
                "PublishTokenType | {\"issuer\": \"ANWB\"} | uid | one of uid, visual_number or group_id is required",
                "PublishTokenType | {\"uid\": \"0123\"} | type | required when uid is set",
                "PublishTokenType | {\"visual_number\": \"12-3\"} | issuer | required when visual_number is set",
                // [[mod_locations_hours_class]]
                "Hours | {\"twentyfourseven\": false} | regular_hours"
                        + " | at least one RegularHours required when twentyfourseven is false",
                "Hours | {\"twentyfourseven\": true, \"regular_hours\": [{\"weekday\": 1, \"period_begin\": \"08:00\","
                        + " \"period_end\": \"20:00\"}]} | regular_hours | only allowed when twentyfourseven is false",
                // [[mod_locations_regularhours_class]]
                "RegularHours | {\"weekday\": 7, \"period_begin\": \"20:00\", \"period_end\": \"08:00\"} | period_end"
                        + " | must be later than period_begin",
            })
    void rulesOf221ThatTheTextKeepsStillHold(String type, String body, String path, String rule) throws Exception {
        Class<?> cls = Class.forName(Location.class.getPackageName() + "." + type);

        assertThat(json.read(body, cls).violations()).containsExactly(new Violation(path, rule));
    }

    @Test
    void publishAllowedToIsStillOnlyForUnpublishedLocations() {
        Location published = location.toBuilder()
                .publishAllowedTo(
                        List.of(PublishTokenType.builder().groupId("G1").build()))
                .build();

        // [[mod_locations_location_object]]
        assertThat(json.validate(published))
                .containsExactly(new Violation("publish_allowed_to", "only allowed when publish is false"));
        assertThat(json.validate(published.toBuilder().publish(false).build())).isEmpty();
    }
}
