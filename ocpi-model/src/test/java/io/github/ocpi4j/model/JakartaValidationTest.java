package io.github.ocpi4j.model;

import static io.github.ocpi4j.model.ModelTypes.V221;
import static io.github.ocpi4j.model.ModelTypes.V230;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.ocpi4j.model.constraints.CrossFieldRules;
import io.github.ocpi4j.model.v221.locations.EVSEPatch;
import io.github.ocpi4j.model.v221.locations.Location;
import io.github.ocpi4j.model.v230.credentials.Credentials;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The constraint annotations also work under a standard Jakarta Validator (Hibernate Validator here), as a host
 * application's own validation would run them, in every version: the spec's examples pass, and broken objects fail
 * at the same fields as under {@link OcpiJson}.
 */
class JakartaValidationTest {
    private static ValidatorFactory factory;
    private static Validator validator;
    private final OcpiJson json = OcpiJson.instance();

    @BeforeAll
    static void createValidator() {
        factory = Validation.byDefaultProvider()
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        factory.close();
    }

    /** Examples of each version, with the type they hold; {@code <Name>Patch} is the PATCH body of {@code <Name>}. */
    static Stream<Arguments> validExamples() {
        return Stream.of(
                arguments(V221, "cdr_example.json", "CDR"),
                arguments(V221, "credentials_example3.json", "Credentials"),
                arguments(V221, "location_example.json", "Location"),
                arguments(V221, "location_example_uc4_limited_visibility.json", "Location"),
                arguments(V221, "location_example_parking_garage_opening_hours.json", "Location"),
                arguments(V221, "session_example_2_short_finished.json", "Session"),
                arguments(V221, "tariff_4_complex.json", "Tariff"),
                arguments(V221, "token_example_2_full_rfid.json", "Token"),
                arguments(V221, "version_details_example2.json", "VersionDetails"),
                arguments(V221, "location_patch_example_status.json", "EVSEPatch"),
                arguments(V221, "session_patch_example_charging_period.json", "SessionPatch"),
                arguments(V221, "token_patch_example.json", "TokenPatch"),
                arguments(V230, "credentials_example3.json", "Credentials"),
                arguments(V230, "credentials_example4.json", "Credentials"),
                arguments(V230, "token_example_2_full_rfid.json", "Token"),
                arguments(V230, "version_details_example2.json", "VersionDetails"),
                arguments(V230, "token_patch_example.json", "TokenPatch"));
    }

    @ParameterizedTest
    @MethodSource("validExamples")
    void specificationExamplesPassAJakartaValidator(ModelTypes version, String name, String type) {
        Object value = read(version, name, type);

        assertThat(validator.validate(value)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("io.github.ocpi4j.model.ModelConventionsTest#records")
    void jakartaValidatorFindsTheSameMissingFieldsAsOcpiJson(Class<?> type) throws Exception {
        Object builder = type.getMethod("builder").invoke(null);
        Object empty = builder.getClass().getMethod("build").invoke(builder);

        Set<String> jakarta = paths(validator.validate(empty));
        Set<String> ocpi = json.validate(empty).stream().map(Violation::path).collect(Collectors.toSet());

        if (CrossFieldRules.class.isAssignableFrom(type)) {
            assertThat(ocpi).containsAll(jakarta); // rules across fields are OcpiJson's alone
        } else {
            assertThat(jakarta).isEqualTo(ocpi);
        }
    }

    @Test
    void brokenObjectFailsAtTheSameFieldsAsUnderOcpiJson() {
        Location location = (Location) read(V221, "location_example.json", "Location");
        Location broken = location.toBuilder()
                .countryCode("XX")
                .partyId("TOOLONG")
                .timeZone("Mars/Olympus")
                .coordinates(location.coordinates().toBuilder().latitude("51.0").build())
                .evses(List.of(location.evses().get(0).toBuilder()
                        .evseId("not an evse id")
                        .connectors(List.of())
                        .build()))
                .build();

        Set<String> jakarta = paths(validator.validate(broken));
        Set<String> ocpi = json.validate(broken).stream().map(Violation::path).collect(Collectors.toSet());

        assertThat(jakarta)
                .isEqualTo(ocpi)
                .containsExactlyInAnyOrder(
                        "country_code",
                        "party_id",
                        "time_zone",
                        "coordinates.latitude",
                        "evses[0].evse_id",
                        "evses[0].connectors");
    }

    @Test
    void patchConstraintsApplyToTheValueThePatchSets() {
        EVSEPatch patch = (EVSEPatch) read(V221, "location_patch_example_status.json", "EVSEPatch");
        EVSEPatch broken = patch.toBuilder().status(null).floorLevel("12345").build();

        assertThat(paths(validator.validate(broken))).containsExactlyInAnyOrder("status", "floor_level");
        assertThat(paths(validator.validate(patch.toBuilder().lastUpdated(null).build())))
                .containsExactly("last_updated");
    }

    @Test
    void aHubPartyIdThatIsNoCountryCodeAndPartyIdFailsUnderBothValidators() {
        Credentials credentials = ((Credentials) read(V230, "credentials_example3.json", "Credentials"))
                .toBuilder().hubPartyId("XXHUB").build();

        Set<String> jakarta = paths(validator.validate(credentials));
        Set<String> ocpi =
                json.validate(credentials).stream().map(Violation::path).collect(Collectors.toSet());

        assertThat(jakarta).isEqualTo(ocpi).containsExactly("hub_party_id");
    }

    private static Object read(ModelTypes version, String name, String typeName) {
        boolean patch = typeName.endsWith("Patch");
        Class<?> type = version.forName(patch ? typeName.substring(0, typeName.length() - "Patch".length()) : typeName)
                .orElseThrow();
        if (patch) {
            type = version.patchTypeOf(type).orElseThrow();
        }
        return OcpiJson.instance()
                .read(SpecFiles.example(version.number(), name), OcpiType.of(type))
                .get();
    }

    /** The violations' paths, in wire names: {@code evses[0].evseId} becomes {@code evses[0].evse_id}. */
    private static Set<String> paths(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream()
                .map(v -> v.getPropertyPath()
                        .toString()
                        .replaceAll("([A-Z])", "_$1")
                        .toLowerCase())
                .map(p -> p.replace("[].", ".").replaceAll("\\.<[^>]*>", ""))
                .map(p -> p.isEmpty() ? "$" : p)
                .collect(Collectors.toSet());
    }
}
