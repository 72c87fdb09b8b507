package io.github.ocpi4j.model.v221;

import io.github.ocpi4j.model.v221.types.DisplayTexts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The types compiled into the OCPI 2.2.1 packages, found on disk, for tests that must cover all of them. */
final class ModelTypes {
    private ModelTypes() {}

    /**
     * Returns every public top-level class, record and enum of {@code io.github.ocpi4j.model.v221}: the OCPI objects,
     * not the pricing engine's types in {@code .pricing}, which are no OCPI objects, nor the helpers {@link SpecTypes}
     * and {@link DisplayTexts}.
     */
    static List<Class<?>> all() {
        URL root = ModelTypes.class.getClassLoader().getResource("io/github/ocpi4j/model/v221/SpecTypes.class");
        try (Stream<Path> files = Files.walk(Path.of(root.toURI()).getParent())) {
            return files.map(Path::toString)
                    .filter(f -> f.endsWith(".class") && !f.contains("$") && !f.endsWith("package-info.class"))
                    .filter(f -> !f.contains("/pricing/"))
                    .map(f -> f.substring(f.indexOf("io/github/ocpi4j/model/v221"))
                            .replace('/', '.'))
                    .map(f -> f.substring(0, f.length() - ".class".length()))
                    .map(ModelTypes::load)
                    .filter(c -> java.lang.reflect.Modifier.isPublic(c.getModifiers()))
                    .filter(c -> !c.getSimpleName().endsWith("Test") && c != SpecTypes.class && c != DisplayTexts.class)
                    .sorted(java.util.Comparator.comparing(Class::getName))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Returns the records among them. */
    static List<Class<?>> records() {
        return all().stream().filter(Class::isRecord).toList();
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
