package io.github.ocpi4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ocpi4j.model.v221.locations.Connector;
import io.github.ocpi4j.model.v221.locations.EVSE;
import io.github.ocpi4j.model.v221.locations.EVSEPatch;
import io.github.ocpi4j.model.v221.locations.Location;
import io.github.ocpi4j.model.v221.locations.LocationPatch;
import io.github.ocpi4j.model.v221.locations.Status;
import io.github.ocpi4j.model.v221.types.Price;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading, validating and writing: each kind of rule, each with its path and rule text. */
class OcpiJsonTest {
    private final OcpiJson json = OcpiJson.instance();

    private static final String CONNECTOR = """
            {"id":"1","standard":"IEC_62196_T2","format":"SOCKET","power_type":"AC_3_PHASE",
             "max_voltage":220,"max_amperage":16,"last_updated":"2015-03-16T10:10:02Z"}""";

    private static String evse(String uid, String connector) {
        return """
                {"uid":"%s","status":"AVAILABLE","connectors":[%s],"last_updated":"2015-03-16T10:10:02Z"}""".formatted(uid, connector);
    }

    /** A valid Location whose third EVSE has the given connector. */
    private static String location(String thirdConnector) {
        return """
                {"country_code":"BE","party_id":"BEC","id":"LOC1","publish":true,"name":"Gent Zuid",
                 "address":"F.Rooseveltlaan 3A","city":"Gent","postal_code":"9000","country":"BEL",
                 "coordinates":{"latitude":"51.047599","longitude":"3.729944"},
                 "evses":[%s,%s,%s],
                 "time_zone":"Europe/Brussels","last_updated":"2015-06-29T20:39:09Z"}""".formatted(evse("3256", CONNECTOR), evse("3257", CONNECTOR), evse("3258", thirdConnector));
    }

    private List<Violation> violations(String text, Class<?> type) {
        return json.read(text, type).violations();
    }

    @Test
    void validLocationHasNoViolations() {
        ReadResult<Location> result = json.read(location(CONNECTOR), Location.class);

        assertThat(result.isValid()).isTrue();
        assertThat(result.get().evses()).hasSize(3);
        assertThat(result.get().evses().get(2).connectors().get(0).maxVoltage()).isEqualTo(220);
    }

    @Test
    void missingRequiredFieldIsReportedAtItsPathInWireNames() {
        String connector = CONNECTOR.replace("\"max_voltage\":220,", "");

        assertThat(violations(location(connector), Location.class))
                .containsExactly(new Violation("evses[2].connectors[0].max_voltage", "required"));
    }

    @Test
    void stringLongerThanItsLengthIsReported() {
        String text = location(CONNECTOR).replace("Gent Zuid", "x".repeat(256));

        assertThat(violations(text, Location.class))
                .containsExactly(new Violation("name", "string(255): 256 characters, at most 255 allowed"));
    }

    @Test
    void ciStringLongerThanItsLengthIsReported() {
        String text = location(CONNECTOR).replace("\"LOC1\"", "\"" + "L".repeat(37) + "\"");

        assertThat(violations(text, Location.class))
                .containsExactly(new Violation("id", "CiString(36): 37 characters, at most 36 allowed"));
    }

    @Test
    void ciStringWithANonAsciiCharacterIsReported() {
        String text = location(CONNECTOR).replace("\"LOC1\"", "\"LOCé\"");

        assertThat(violations(text, Location.class))
                .containsExactly(
                        new Violation("id", "CiString: character U+00E9 at index 3, only printable ASCII allowed"));
    }

    @Test
    void stringWithAControlCharacterIsReported() {
        String text = location(CONNECTOR).replace("Gent Zuid", "Gent\\nZuid");

        assertThat(violations(text, Location.class))
                .containsExactly(new Violation(
                        "name", "string: control character U+000A at index 4, only printable characters allowed"));
    }

    @Test
    void emptyListOfCardinalityPlusIsReported() {
        String text = location(CONNECTOR).replace("\"connectors\":[" + CONNECTOR + "]", "\"connectors\":[]");

        assertThat(violations(text, Location.class))
                .contains(new Violation("evses[0].connectors", "cardinality +: at least one element required"));
    }

    @Test
    void unknownValueOfAClosedEnumIsAViolationAtItsField() {
        String text = location(CONNECTOR.replace("AC_3_PHASE", "AC_4_PHASE"));

        assertThat(violations(text, Location.class))
                .containsExactly(new Violation(
                        "evses[2].connectors[0].power_type",
                        "enum PowerType: unknown value \"AC_4_PHASE\" (allowed: AC_1_PHASE, AC_2_PHASE,"
                                + " AC_2_PHASE_SPLIT, AC_3_PHASE, DC)"));
    }

    @Test
    void dateTimeInAnotherFormatIsReported() {
        String text = location(CONNECTOR).replace("2015-06-29T20:39:09Z", "2015-06-29 20:39");

        assertThat(violations(text, Location.class))
                .containsExactly(new Violation(
                        "last_updated",
                        "DateTime: \"2015-06-29 20:39\" is not an RFC 3339 UTC date-time like 2015-06-29T20:39:09Z"));
    }

    @Test
    void valueOfTheWrongJsonTypeIsReportedOnceAndReadingGoesOn() {
        String connector = CONNECTOR.replace("220", "\"220\"").replace("16,", "true,");
        String text = location(connector).replace("\"coordinates\":{", "\"coordinates\":\"here\",\"x\":{");

        ReadResult<Location> result = json.read(text, Location.class);

        assertThat(result.isWellFormed()).isTrue();
        assertThat(result.violations())
                .containsExactly(
                        new Violation("coordinates", "type: expected an object, was a string"),
                        new Violation("evses[2].connectors[0].max_voltage", "type: expected an integer, was a string"),
                        new Violation(
                                "evses[2].connectors[0].max_amperage", "type: expected an integer, was a boolean"));
        assertThat(result.value()).hasValueSatisfying(l -> assertThat(l.city()).isEqualTo("Gent"));
    }

    @Test
    void objectWhereAnArrayBelongsIsReported() {
        String text = location(CONNECTOR).replace("\"evses\":[", "\"evses\":{},\"x\":[");

        assertThat(violations(text, Location.class))
                .containsExactly(new Violation("evses", "type: expected an array, was an object"));
    }

    @Test
    void integerOutOfRangeIsReported() {
        String text = location(CONNECTOR.replace("220", "99999999999"));

        assertThat(violations(text, Location.class))
                .containsExactly(
                        new Violation("evses[2].connectors[0].max_voltage", "int: 99999999999 is out of range"));
    }

    @Test
    void nullElementOfAListIsReportedAtItsIndex() {
        String text = location(CONNECTOR).replace("\"evses\":[", "\"evses\":[null,");

        assertThat(violations(text, Location.class))
                .containsExactly(new Violation("evses[0]", "required: null is not an element"));
    }

    @Test
    void unknownFieldsAreAccepted() {
        String text = location(CONNECTOR).replace("\"city\"", "\"x_custom\":{\"a\":[1,2]},\"city\"");

        assertThat(json.read(text, Location.class).isValid()).isTrue();
    }

    @Test
    void notAvailableMarkerPassesFormatChecks() {
        String text = location(CONNECTOR).replace("\"BEL\"", "\"#NA\"");

        assertThat(violations(text, Location.class)).isEmpty();
    }

    @Test
    void malformedJsonIsNotWellFormedAndSaysWhere() {
        ReadResult<Location> result = json.read("{\"id\": \"LOC1\",\n \"city\": }", Location.class);

        assertThat(result.isWellFormed()).isFalse();
        assertThat(result.value()).isEmpty();
        assertThat(result.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("$");
            assertThat(v.rule())
                    .startsWith("malformed JSON: Unexpected character ('}'")
                    .endsWith("expected a value at line 2, column 10");
        });
        assertThatThrownBy(result::get).isInstanceOf(OcpiFormatException.class);
    }

    @Test
    void malformedJsonInsideANestedObjectNamesThatObject() {
        ReadResult<Location> result = json.read("{\"evses\": [{\"uid\": \"1\"}, {\"uid\" 2}]}", Location.class);

        assertThat(result.violations())
                .singleElement()
                .satisfies(v -> assertThat(v.path()).isEqualTo("evses[1]"));
    }

    @Test
    void documentThatEndsInsideAListIsMalformedNotAWrongType() {
        ReadResult<Location> result = json.read("{\"id\": \"LOC1\", \"evses\": [", Location.class);

        assertThat(result.isWellFormed()).isFalse();
        assertThat(result.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("evses");
            assertThat(v.rule())
                    .startsWith("malformed JSON: Unexpected end-of-input: expected close marker for Array")
                    .doesNotContain("Source")
                    .endsWith("(start marker at line 1, column 25) at line 1, column 26");
        });
    }

    @Test
    void keyGivenTwiceInOneObjectIsAViolationAtThatKeyNamingNoJavaClass() {
        // the second key comes after every constructor argument is known: Jackson would name its classes
        String twice = location(CONNECTOR.replace("}", ",\"id\":\"2\"}"));

        ReadResult<Location> result = json.read(twice, Location.class);

        assertThat(result.isWellFormed()).isTrue();
        assertThat(result.value()).isEmpty();
        assertThat(result.violations())
                .containsExactly(new Violation(
                        "evses[2].connectors[0].id", "duplicate key: given more than once in its object"));
        assertThat(violations("{\"id\": \"LOC1\", \"id\": \"LOC2\"}", Location.class))
                .containsExactly(new Violation("id", "duplicate key: given more than once in its object"));
    }

    @Test
    void idThatCannotBeASegmentOfAUrlIsAViolation() {
        // [[transport_and_format_client_owned_object_push]]: the ids of an object form the URL partners address
        assertThat(violations(location(CONNECTOR).replace("\"LOC1\"", "\"\""), Location.class))
                .containsExactly(new Violation(
                        "id", "URL segment: empty, but an id that forms a URL needs at least one character"));
        assertThat(violations(location(CONNECTOR.replace("\"id\":\"1\"", "\"id\":\"..\"")), Location.class))
                .containsExactly(new Violation(
                        "evses[2].connectors[0].id",
                        "URL segment: \"..\" cannot be addressed, URLs drop it as a dot segment"));
        assertThat(violations(location(CONNECTOR).replace("\"3258\"", "\".\""), Location.class))
                .extracting(Violation::path)
                .containsExactly("evses[2].uid");
        assertThat(violations(location(CONNECTOR).replace("\"LOC1\"", "\"a/b %\""), Location.class))
                .isEmpty();
    }

    @Test
    void emptyDocumentIsMalformed() {
        ReadResult<Location> result = json.read("  ", Location.class);

        assertThat(result.isWellFormed()).isFalse();
        assertThat(result.violations()).containsExactly(new Violation("$", "malformed JSON: the document is empty"));
    }

    @Test
    void contentAfterTheDocumentIsMalformed() {
        assertThat(json.read(CONNECTOR + " {}", Connector.class).isWellFormed()).isFalse();
    }

    @Test
    void documentOfTheWrongShapeIsReportedAtTheRoot() {
        assertThat(violations("[1, 2]", Connector.class))
                .containsExactly(new Violation("$", "type: expected an object, was an array"));
        assertThat(violations("null", Connector.class)).containsExactly(new Violation("$", "required"));
    }

    @Test
    void invalidValueThrowsWithEveryViolationOnGet() {
        ReadResult<Connector> result = json.read(CONNECTOR.replace("\"max_voltage\":220,", ""), Connector.class);

        assertThatThrownBy(result::get)
                .isInstanceOf(OcpiValidationException.class)
                .hasMessage("1 violation: max_voltage: required")
                .satisfies(e -> assertThat(((OcpiValidationException) e).violations())
                        .containsExactly(new Violation("max_voltage", "required")));
    }

    @Test
    void listsAndEnvelopesAreReadWithPathsFromTheirRoot() {
        String list = "[" + CONNECTOR + "," + CONNECTOR.replace("\"SOCKET\"", "\"PLUG\"") + "]";
        String envelope = "{\"data\":" + list + ",\"status_code\":1000,\"timestamp\":\"2015-06-30T21:59:59Z\"}";

        assertThat(json.read(list, OcpiType.listOf(Connector.class)).violations())
                .extracting(Violation::path)
                .containsExactly("[1].format");
        assertThat(json.read(envelope, OcpiType.responseOfList(Connector.class)).violations())
                .extracting(Violation::path)
                .containsExactly("data[1].format");
    }

    @Test
    void envelopeRulesAreChecked() {
        String envelope = "{\"status_code\":42,\"status_message\":\"ok\"}";

        assertThat(json.read(envelope, OcpiType.responseOf(Connector.class)).violations())
                .containsExactly(
                        new Violation("status_code", "status code: 42 is not in 1000-4999"),
                        new Violation("timestamp", "required"));
    }

    @Test
    void errorEnvelopeWithoutDataIsValid() {
        String envelope = """
                {"status_code":2001,"timestamp":"2015-06-30T21:59:59Z","status_message":"Missing required field: type"}""";

        ReadResult<OcpiResponse<Connector>> result = json.read(envelope, OcpiType.responseOf(Connector.class));

        assertThat(result.isValid()).isTrue();
        assertThat(result.get().statusCode()).isEqualTo(OcpiStatusCode.INVALID_OR_MISSING_PARAMETERS);
        assertThat(result.get().data()).isNull();
        assertThat(result.get().isSuccess()).isFalse();
    }

    @Test
    void patchWithoutLastUpdatedIsRejected() {
        assertThat(violations("{\"status\":\"CHARGING\"}", EVSEPatch.class))
                .containsExactly(new Violation("last_updated", "required"));
    }

    @Test
    void patchCannotSetARequiredFieldToNull() {
        String patch = "{\"status\":null,\"evse_id\":null,\"last_updated\":\"2019-06-24T12:39:09Z\"}";

        assertThat(violations(patch, EVSEPatch.class))
                .containsExactly(new Violation("status", "required: a PATCH cannot set it to null"));
    }

    @Test
    void patchFieldsKeepAbsentNullAndValueApart() {
        String patch = "{\"status\":\"CHARGING\",\"evse_id\":null,\"last_updated\":\"2019-06-24T12:39:09Z\"}";

        EVSEPatch read = json.read(patch, EVSEPatch.class).get();

        assertThat(read.status()).isEqualTo(PatchField.of(Status.CHARGING));
        assertThat(read.evseId().isNull()).isTrue();
        assertThat(read.floorLevel().isAbsent()).isTrue();
        assertThat(json.writeString(read))
                .isEqualTo("{\"evse_id\":null,\"status\":\"CHARGING\",\"last_updated\":\"2019-06-24T12:39:09Z\"}");
    }

    @Test
    void patchRulesApplyToTheValuesItSets() {
        String patch = "{\"name\":\"" + "x".repeat(256) + "\",\"last_updated\":\"2019-06-24T12:39:09Z\"}";

        assertThat(violations(patch, LocationPatch.class))
                .containsExactly(new Violation("name", "string(255): 256 characters, at most 255 allowed"));
    }

    @Test
    void patchThatEmptiesAListWritesTheEmptyList() {
        EVSEPatch patch = EVSEPatch.builder()
                .images(List.of())
                .lastUpdated(Instant.parse("2019-06-24T12:39:09Z"))
                .build();

        assertThat(json.writeString(patch)).isEqualTo("{\"images\":[],\"last_updated\":\"2019-06-24T12:39:09Z\"}");
    }

    @Test
    void writingLeavesOutNullsAndEmptyListsAndKeepsDecimalsAsTheyAre() {
        Price price = Price.of(new BigDecimal("0.20"), null);
        EVSE evse = json.read(evse("1", CONNECTOR), EVSE.class).get();

        assertThat(json.writeString(price)).isEqualTo("{\"excl_vat\":0.20}");
        assertThat(json.writeString(evse)).doesNotContain("null").doesNotContain("[]");
    }

    @Test
    void readsFromStreamsWithoutClosingThem() {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream(CONNECTOR.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        assertThat(json.read(in, Connector.class).isValid()).isTrue();
        assertThat(closed[0]).isFalse();
    }

    @Test
    void failingStreamIsAnIoErrorNotAViolation() {
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        };

        assertThatThrownBy(() -> json.read(failing, Connector.class))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("connection reset");
    }

    @Test
    void validateFindsTheRulesInObjectsBuiltInCode() {
        Connector connector = json.read(CONNECTOR, Connector.class).get();
        Connector broken =
                connector.toBuilder().id("x".repeat(40)).maxVoltage(null).build();

        assertThat(json.validate(broken))
                .containsExactly(
                        new Violation("id", "CiString(36): 40 characters, at most 36 allowed"),
                        new Violation("max_voltage", "required"));
        assertThat(json.validate(null)).containsExactly(new Violation("$", "required"));
    }
}
