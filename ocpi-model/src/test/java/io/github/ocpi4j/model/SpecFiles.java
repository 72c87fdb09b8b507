package io.github.ocpi4j.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The specification's JSON examples, which the repository keeps unchanged in {@code ocpi-spec-examples/<version>/}
 * (see its {@code NOTICE}); Maven passes the folder as {@code -Docpi.spec.dir}. Tests of every module read them here.
 */
public final class SpecFiles {
    private SpecFiles() {}

    /** Returns the folder of a version's JSON examples, such as {@code 2.2.1}. */
    public static Path examples(String version) {
        String configured = System.getProperty("ocpi.spec.dir");
        Path spec = configured != null ? Path.of(configured) : Path.of("..", "ocpi-spec-examples");
        return spec.resolve(version);
    }

    /** Returns the names of a version's JSON examples, sorted. */
    public static List<String> exampleNames(String version) {
        try (Stream<Path> files = Files.list(examples(version))) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".json"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns the bytes of one example. */
    public static byte[] example(String version, String name) {
        try {
            return Files.readAllBytes(examples(version).resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
