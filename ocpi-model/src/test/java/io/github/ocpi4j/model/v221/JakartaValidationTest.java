package io.github.ocpi4j.model.v221;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.OcpiType;
import io.github.ocpi4j.model.SpecFiles;
import io.github.ocpi4j.model.Violation;
import io.github.ocpi4j.model.constraints.CrossFieldRules;
import io.github.ocpi4j.model.v221.locations.EVSEPatch;
import io.github.ocpi4j.model.v221.locations.Location;
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
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The constraint annotations also work under a standard Jakarta Validator (Hibernate Validator here), as a host
 * application's own validation would run them: the spec's examples pass, and broken objects fail at the same
 * fields as under {@link OcpiJson}.
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

    static Stream<String> validExamples() {
        return Stream.of(
                "cdr_example.json",
                "credentials_example3.json",
                "location_example.json",
                "location_example_uc4_limited_visibility.json",
                "location_example_parking_garage_opening_hours.json",
                "session_example_2_short_finished.json",
                "tariff_4_complex.json",
                "token_example_2_full_rfid.json",
                "version_details_example2.json",
                "location_patch_example_status.json",
                "session_patch_example_charging_period.json",
                "token_patch_example.json");
    }

    @ParameterizedTest
    @MethodSource("validExamples")
    void specificationExamplesPassAJakartaValidator(String name) {
        Object value = read(name);

        assertThat(validator.validate(value)).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("io.github.ocpi4j.model.v221.ModelConventionsTest#records")
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
        Location location = (Location) read("location_example.json");
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
        EVSEPatch patch = (EVSEPatch) read("location_patch_example_status.json");
        EVSEPatch broken = patch.toBuilder().status(null).floorLevel("12345").build();

        assertThat(paths(validator.validate(broken))).containsExactlyInAnyOrder("status", "floor_level");
        assertThat(paths(validator.validate(patch.toBuilder().lastUpdated(null).build())))
                .containsExactly("last_updated");
    }

    private static Object read(String name) {
        Class<?> type = name.startsWith("cdr")
                ? SpecTypes.forName("CDR").orElseThrow()
                : name.startsWith("credentials")
                        ? SpecTypes.forName("Credentials").orElseThrow()
                        : name.startsWith("location_patch")
                                ? EVSEPatch.class
                                : name.startsWith("location")
                                        ? Location.class
                                        : name.startsWith("session_patch")
                                                ? SpecTypes.patchTypeOf(SpecTypes.forName("Session")
                                                                .orElseThrow())
                                                        .orElseThrow()
                                                : name.startsWith("session")
                                                        ? SpecTypes.forName("Session")
                                                                .orElseThrow()
                                                        : name.startsWith("tariff")
                                                                ? SpecTypes.forName("Tariff")
                                                                        .orElseThrow()
                                                                : name.startsWith("token_patch")
                                                                        ? SpecTypes.patchTypeOf(
                                                                                        SpecTypes.forName("Token")
                                                                                                .orElseThrow())
                                                                                .orElseThrow()
                                                                        : name.startsWith("token")
                                                                                ? SpecTypes.forName("Token")
                                                                                        .orElseThrow()
                                                                                : SpecTypes.forName("VersionDetails")
                                                                                        .orElseThrow();
        return OcpiJson.instance()
                .read(SpecFiles.example("2.2.1", name), OcpiType.of(type))
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
