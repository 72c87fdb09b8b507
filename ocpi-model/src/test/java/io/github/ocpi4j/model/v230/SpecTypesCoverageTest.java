package io.github.ocpi4j.model.v230;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.ModelTypes;
import io.github.ocpi4j.model.v230.locations.ConnectorCapability;
import io.github.ocpi4j.model.v230.locations.ConnectorPatch;
import io.github.ocpi4j.model.v230.locations.EVSEParking;
import io.github.ocpi4j.model.v230.locations.EVSEPatch;
import io.github.ocpi4j.model.v230.locations.LocationPatch;
import io.github.ocpi4j.model.v230.locations.Parking;
import io.github.ocpi4j.model.v230.locations.VehicleType;
import io.github.ocpi4j.model.v230.sessions.Session;
import io.github.ocpi4j.model.v230.sessions.SessionPatch;
import io.github.ocpi4j.model.v230.tariffs.Tariff;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link SpecTypes} knows every type of the 2.3.0 module packages, each by its name, and each PATCH body. */
class SpecTypesCoverageTest {

    /** Returns the public top-level OCPI types compiled into a package below {@code v230}, found on disk. */
    private static List<Class<?>> typesOf(String module) throws IOException, URISyntaxException {
        Path root =
                Path.of(SpecTypes.class.getResource("SpecTypes.class").toURI()).getParent();
        String packageName = SpecTypes.class.getPackageName() + "." + module;
        try (Stream<Path> files = Files.list(root.resolve(module))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".class") && !f.contains("$") && !f.equals("package-info.class"))
                    .<Class<?>>map(f -> load(packageName + "." + f.substring(0, f.length() - ".class".length())))
                    .filter(c -> Modifier.isPublic(c.getModifiers()) && ModelTypes.isOcpiType(c))
                    .toList();
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "bookings",
                "cdrs",
                "chargingprofiles",
                "commands",
                "credentials",
                "hubclientinfo",
                "locations",
                "payments",
                "sessions",
                "tariffs",
                "tokens",
                "types",
                "versions"
            })
    void everyTypeOfTheModuleIsFoundByItsNameAndEveryPatchBodyByItsObject(String module) throws Exception {
        List<Class<?>> types = typesOf(module);

        assertThat(types).isNotEmpty();
        for (Class<?> type : types) {
            if (type.getSimpleName().endsWith("Patch")) {
                Class<?> object = load(type.getName().replaceFirst("Patch$", ""));
                assertThat(SpecTypes.patchTypeOf(object)).as(type.getName()).contains(type);
            } else {
                assertThat(SpecTypes.all()).as(type.getName()).contains(type);
                assertThat(SpecTypes.forName(type.getSimpleName().toUpperCase(java.util.Locale.ROOT)))
                        .contains(type);
            }
        }
    }

    @Test
    void objectsWithoutAPatchInTheirModuleHaveNoPatchType() {
        assertThat(SpecTypes.patchTypeOf(Session.class)).contains(SessionPatch.class);
        assertThat(SpecTypes.patchTypeOf(Tariff.class)).isEmpty();
        assertThat(SpecTypes.patchTypeOf(Parking.class)).isEmpty();
    }

    @Test
    void locationsHaveThePatchBodiesOfLocationEvseAndConnectorAndTheTypesNewIn230() throws Exception {
        List<Class<?>> types = typesOf("locations");

        assertThat(types.stream().filter(c -> c.getSimpleName().endsWith("Patch")))
                .containsExactlyInAnyOrder(LocationPatch.class, EVSEPatch.class, ConnectorPatch.class);
        assertThat(types).contains(Parking.class, EVSEParking.class, VehicleType.class, ConnectorCapability.class);
        assertThat(SpecTypes.forName("evseparking")).contains(EVSEParking.class);
    }
}
