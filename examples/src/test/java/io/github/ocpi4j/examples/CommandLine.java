package io.github.ocpi4j.examples;

import io.github.ocpi4j.model.SpecFiles;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the command line in this JVM and keeps what it printed. */
record CommandLine(int exit, String out, String err) {

    static CommandLine run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Ocpi4j.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CommandLine(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Returns the path of one of the specification's 2.2.1 examples. */
    static String example(String name) {
        return example("2.2.1", name);
    }

    /** Returns the path of one of the specification's examples of a version, such as {@code 2.3.0}. */
    static String example(String version, String name) {
        return SpecFiles.examples(version).resolve(name).toString();
    }
}
