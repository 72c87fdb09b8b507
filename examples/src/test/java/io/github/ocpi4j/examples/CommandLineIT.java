package io.github.ocpi4j.examples;

import static io.github.ocpi4j.examples.CommandLine.example;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The packaged command line, {@code java -jar examples/target/ocpi4j.jar}, as users run it. */
class CommandLineIT {

    private static Process start(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(new File("target/ocpi4j.jar").getAbsolutePath());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static String finish(Process process) throws Exception {
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void jarValidatesTheSpecificationExamples() throws Exception {
        String location = example("location_example.json");
        Process process = start("validate", "--type", "Location", location);

        assertThat(finish(process)).isEqualTo("OK " + location + "\n");
        assertThat(process.exitValue()).isZero();
    }

    @Test
    void jarReportsABrokenExampleAndExitsOne() throws Exception {
        Process process = start("validate", "--type", "Tariff", example("tariff_put_example.json"));

        assertThat(finish(process)).endsWith("  last_updated: required\n");
        assertThat(process.exitValue()).isEqualTo(1);
    }
}
