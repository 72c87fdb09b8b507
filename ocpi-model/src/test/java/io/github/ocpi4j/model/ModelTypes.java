package io.github.ocpi4j.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The OCPI versions of the model, each with the types compiled into its package tree ({@code
 * io.github.ocpi4j.model.v221}, {@code ...v230}) found on disk, and its {@code SpecTypes}: for tests that must cover
 * every type of every version, including types added later, without a list to keep up to date.
 */
public enum ModelTypes {
    /** OCPI 2.2.1, package {@code v221}. */
    V221(
            "2.2.1",
            "v221",
            io.github.ocpi4j.model.v221.SpecTypes::all,
            io.github.ocpi4j.model.v221.SpecTypes::forName,
            io.github.ocpi4j.model.v221.SpecTypes::patchTypeOf),
    /** OCPI 2.3.0, package {@code v230}. */
    V230(
            "2.3.0",
            "v230",
            io.github.ocpi4j.model.v230.SpecTypes::all,
            io.github.ocpi4j.model.v230.SpecTypes::forName,
            io.github.ocpi4j.model.v230.SpecTypes::patchTypeOf);

    private final String number;
    private final String root;
    private final Supplier<List<Class<?>>> specTypes;
    private final Function<String, Optional<Class<?>>> forName;
    private final Function<Class<?>, Optional<Class<?>>> patchTypeOf;

    ModelTypes(
            String number,
            String root,
            Supplier<List<Class<?>>> specTypes,
            Function<String, Optional<Class<?>>> forName,
            Function<Class<?>, Optional<Class<?>>> patchTypeOf) {
        this.number = number;
        this.root = root;
        this.specTypes = specTypes;
        this.forName = forName;
        this.patchTypeOf = patchTypeOf;
    }

    /** Returns the version number, as the folder of its examples is named: {@code 2.2.1}. */
    public String number() {
        return number;
    }

    /**
     * Returns every public top-level class, record and enum below the version's package: the OCPI objects, not the
     * pricing engine's types in {@code .pricing}, which are no OCPI objects, nor the classes of functions beside
     * them ({@code SpecTypes}, {@code types.DisplayTexts}, {@code bookings.BookingRules}, ...).
     */
    public List<Class<?>> all() {
        String packagePath = "io/github/ocpi4j/model/" + root;
        URL specTypesFile = ModelTypes.class.getClassLoader().getResource(packagePath + "/SpecTypes.class");
        try (Stream<Path> files = Files.walk(Path.of(specTypesFile.toURI()).getParent())) {
            return files.map(Path::toString)
                    .filter(f -> f.endsWith(".class") && !f.contains("$") && !f.endsWith("package-info.class"))
                    .filter(f -> !f.contains("/pricing/"))
                    .map(f -> f.substring(f.indexOf(packagePath)).replace('/', '.'))
                    .map(f -> f.substring(0, f.length() - ".class".length()))
                    .map(ModelTypes::load)
                    .filter(c -> Modifier.isPublic(c.getModifiers()))
                    .filter(c -> !c.getSimpleName().endsWith("Test") && isOcpiType(c))
                    .sorted(Comparator.comparing(Class::getName))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Returns the records among them. */
    public List<Class<?>> records() {
        return all().stream().filter(Class::isRecord).toList();
    }

    /** Returns what the version's {@code SpecTypes.all()} lists. */
    public List<Class<?>> specTypes() {
        return specTypes.get();
    }

    /** Returns what the version's {@code SpecTypes.forName(name)} finds. */
    public Optional<Class<?>> forName(String name) {
        return forName.apply(name);
    }

    /** Returns what the version's {@code SpecTypes.patchTypeOf(type)} finds. */
    public Optional<Class<?>> patchTypeOf(Class<?> type) {
        return patchTypeOf.apply(type);
    }

    /** Returns the records of every version, for parameterized tests. */
    public static Stream<Class<?>> recordsOfEveryVersion() {
        return Stream.of(values()).flatMap(v -> v.records().stream());
    }

    /**
     * Returns whether a class of a version's package tree is an OCPI type: OCPI's objects and classes are records, its
     * enumerations enums or {@link OpenEnum}s. The other classes there hold functions beside them, such as {@code
     * SpecTypes}, {@code types.DisplayTexts} or {@code bookings.BookingRules}.
     */
    public static boolean isOcpiType(Class<?> type) {
        return type.isRecord() || type.isEnum() || OpenEnum.class.isAssignableFrom(type);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
