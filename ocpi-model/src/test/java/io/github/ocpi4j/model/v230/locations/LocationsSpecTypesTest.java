package io.github.ocpi4j.model.v230.locations;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.v230.SpecTypes;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every public type of the 2.3.0 Locations module is found by {@link SpecTypes}, and so is its PATCH body. */
class LocationsSpecTypesTest {

    /** The public top-level types compiled into this package, found on disk. */
    private static List<Class<?>> packageTypes() throws IOException, URISyntaxException {
        Path dir = Path.of(Location.class.getResource("Location.class").toURI()).getParent();
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".class") && !n.contains("$") && !n.equals("package-info.class"))
                    .<Class<?>>map(n -> load(n.substring(0, n.length() - ".class".length())))
                    .filter(c -> Modifier.isPublic(c.getModifiers()))
                    .toList();
        }
    }

    private static Class<?> load(String simpleName) {
        try {
            return Class.forName(Location.class.getPackageName() + "." + simpleName);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void listsEveryTypeOfTheModuleExceptPatchBodies() throws Exception {
        List<Class<?>> types = packageTypes().stream()
                .filter(c -> !c.getSimpleName().endsWith("Patch"))
                .toList();

        assertThat(types).contains(Parking.class, EVSEParking.class, VehicleType.class, ConnectorCapability.class);
        assertThat(SpecTypes.all()).containsAll(types);
        assertThat(SpecTypes.forName("evseparking")).contains(EVSEParking.class);
    }

    @Test
    void knowsThePatchBodiesOfLocationEvseAndConnector() throws Exception {
        List<Class<?>> patches = packageTypes().stream()
                .filter(c -> c.getSimpleName().endsWith("Patch"))
                .toList();

        assertThat(patches).containsExactlyInAnyOrder(LocationPatch.class, EVSEPatch.class, ConnectorPatch.class);
        assertThat(SpecTypes.patchTypeOf(Location.class)).contains(LocationPatch.class);
        assertThat(SpecTypes.patchTypeOf(EVSE.class)).contains(EVSEPatch.class);
        assertThat(SpecTypes.patchTypeOf(Connector.class)).contains(ConnectorPatch.class);
        assertThat(SpecTypes.patchTypeOf(Parking.class)).isEmpty();
    }
}
