package io.github.ocpi4j.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every jar that is published carries the licence and the NOTICE of the repository's root in META-INF, byte for
 * byte. Runs after the modules before this one were packaged, on the jars in their target folders.
 */
class PublishedJarsIT {
    private static final Path ROOT = Build.ROOT;
    private static final String VERSION = System.getProperty("ocpi4j.version");

    static List<Path> publishedJars() {
        return Build.publishedModules().stream()
                .flatMap(module -> Build.PUBLISHED_CLASSIFIERS.stream()
                        .map(classifier -> ROOT.resolve(module)
                                .resolve("target")
                                .resolve(module + "-" + VERSION + classifier + ".jar")))
                .toList();
    }

    @ParameterizedTest
    @MethodSource("publishedJars")
    void jarCarriesTheLicenceAndTheNotice(Path jar) throws IOException {
        assertThat(jar).exists();
        try (JarFile file = new JarFile(jar.toFile())) {
            assertThat(entry(file, "META-INF/LICENSE")).isEqualTo(Files.readAllBytes(ROOT.resolve("LICENSE")));
            assertThat(entry(file, "META-INF/NOTICE")).isEqualTo(Files.readAllBytes(ROOT.resolve("NOTICE")));
        }
    }

    private static byte[] entry(JarFile jar, String name) throws IOException {
        ZipEntry entry = jar.getEntry(name);
        assertThat(entry).as("%s in %s", name, jar.getName()).isNotNull();
        try (InputStream in = jar.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }
}
