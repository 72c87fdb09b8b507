package io.github.ocpi4j.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every service interface a host implements says in its Javadoc that the server calls it concurrently. */
class ServiceJavadocTest {

    @Test
    void everyServiceInterfaceSaysItIsCalledConcurrently() throws IOException {
        Path sources = Path.of("src/main/java/io/github/ocpi4j/server");
        List<Path> services;
        try (Stream<Path> files = Files.walk(sources)) {
            services = files.filter(f -> f.getFileName().toString().endsWith("Service.java"))
                    .toList();
        }

        assertThat(services).hasSizeGreaterThanOrEqualTo(32);
        for (Path service : services) {
            String text = Files.readString(service);
            String javadoc = text.substring(0, text.indexOf("public interface"));
            assertThat(javadoc)
                    .as(service.toString())
                    .contains("concurrent requests concurrently")
                    .contains("thread-safe");
        }
    }
}
