package io.github.ocpi4j.model.processor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.GenerateBuilder;
import jakarta.validation.constraints.NotNull;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ocpi-model's annotation processor run by javac on records of the test's own: what it writes for a complete one,
 * and the error, on the record, for each thing a record lacks.
 */
class ModelProcessorTest {
    /** Spelt out: the processor's classes are on javac's processor path, not on the tests' class path. */
    private static final String PROCESSOR = "io.github.ocpi4j.model.processor.ModelProcessor";

    private static final String GLUE = """
                public static Builder builder() { return new Builder(); }
                public Builder toBuilder() { return new Builder().from(this); }
                public static final class Builder extends ThingBuilderBase { private Builder() {} }
            """;

    @TempDir
    Path out;

    @Test
    void completeRecordCompilesCleanAndItsSettersCarryTheParamText() throws IOException {
        List<String> errors = compile("""
                /**
                 * A thing.
                 *
                 * @param name {@code name}: what the thing is called, see {@link Thing}.
                 * @param lastUpdated {@code last_updated}: when it changed.
                 */
                @GenerateBuilder @GeneratePatch
                public record Thing(
                        @JsonProperty("name") @Nullable String name,
                        @JsonProperty("last_updated") @NotNull Instant lastUpdated) {
                """ + GLUE + "}");

        assertThat(errors).isEmpty();
        String builder = Files.readString(out.resolve("sources/p/ThingBuilderBase.java"));
        assertThat(builder).contains("""
                            /**
                             * Sets {@link Thing#name()}.
                             *
                             * <p>{@code name}: what the thing is called, see {@link Thing}.
                             */
                            public Thing.Builder name(@Nullable String name) {
                        """);
        assertThat(Files.readString(out.resolve("sources/p/ThingPatch.java")))
                .contains("@param name {@code name}: what the thing is called, see {@link Thing}.");
    }

    @Test
    void componentWithoutParamTextIsAnErrorNamingIt() {
        List<String> errors = compile("""
                /** A thing without a word on its name. */
                @GenerateBuilder
                public record Thing(@JsonProperty("name") @Nullable String name) {
                """ + GLUE + "}");

        assertThat(errors)
                .containsExactly(
                        "Thing.name has no @param text in the record's Javadoc: the generated setters and PATCH"
                                + " fields take their Javadoc from it");
    }

    @Test
    void recordWithoutTheBuilderGlueIsAnErrorSayingWhatToWrite() {
        List<String> errors = compile("""
                /**
                 * A thing.
                 *
                 * @param name {@code name}: its name.
                 */
                @GenerateBuilder
                public record Thing(@JsonProperty("name") @Nullable String name) {}
                """);

        assertThat(errors).singleElement().asString().startsWith("Thing needs the builder glue for @GenerateBuilder:");
        assertThat(errors.get(0)).contains("public static final class Builder extends ThingBuilderBase");
    }

    @Test
    void primitiveComponentIsAnError() {
        List<String> errors = compile("""
                /**
                 * A thing.
                 *
                 * @param count {@code count}: how many.
                 */
                @GenerateBuilder
                public record Thing(@JsonProperty("count") int count) {
                """ + GLUE + "}");

        assertThat(errors)
                .containsExactly("Thing.count is primitive: use its boxed type, which a builder can leave unset");
    }

    @Test
    void patchOfARecordWithoutLastUpdatedIsAnError() {
        List<String> errors = compile("""
                /**
                 * A thing.
                 *
                 * @param name {@code name}: its name.
                 */
                @GeneratePatch
                public record Thing(@JsonProperty("name") @Nullable String name) {}
                """);

        assertThat(errors)
                .containsExactly("Thing has no last_updated component, which every PATCH carries: no ThingPatch");
    }

    @Test
    void patchAppendsOnAnythingButAListIsAnError() {
        List<String> errors = compile("""
                /**
                 * A thing.
                 *
                 * @param name {@code name}: its name.
                 * @param lastUpdated {@code last_updated}: when it changed.
                 */
                @GeneratePatch
                public record Thing(
                        @JsonProperty("name") @PatchAppends @Nullable String name,
                        @JsonProperty("last_updated") @NotNull Instant lastUpdated) {}
                """);

        assertThat(errors).containsExactly("@PatchAppends goes on a List component, not on Thing.name");
    }

    @Test
    void linkTheGeneratedFilesCannotResolveIsAnError() {
        List<String> errors = compile("""
                /**
                 * A thing.
                 *
                 * @param name {@code name}: its name, as {@link JsonProperty} says.
                 */
                @GenerateBuilder
                public record Thing(@JsonProperty("name") @Nullable String name) {
                """ + GLUE + "}");

        assertThat(errors)
                .singleElement()
                .asString()
                .startsWith("the @param text of Thing.name links {@link JsonProperty}");
    }

    /**
     * Compiles {@code p.Thing} with the processor, warnings as errors; returns the messages of the errors the processor
     * reported (after which javac also misses the classes it did not write), or of every error if it reported none.
     */
    private List<String> compile(String record) {
        String source = """
                package p;

                import com.fasterxml.jackson.annotation.JsonProperty;
                import io.github.ocpi4j.model.GenerateBuilder;
                import io.github.ocpi4j.model.GeneratePatch;
                import io.github.ocpi4j.model.PatchAppends;
                import jakarta.validation.constraints.NotNull;
                import java.time.Instant;
                import org.jspecify.annotations.Nullable;

                """ + record;
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try {
            Files.createDirectories(out.resolve("sources"));
            Files.createDirectories(out.resolve("classes"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<String> options = List.of(
                "-Xlint:all",
                "-Werror",
                "-classpath",
                Stream.of(GenerateBuilder.class, JsonProperty.class, NotNull.class, Nullable.class)
                        .map(ModelProcessorTest::location)
                        .collect(Collectors.joining(File.pathSeparator)),
                "-processorpath",
                Objects.requireNonNull(
                        System.getProperty("ocpi.model.processor.dir"),
                        "ocpi.model.processor.dir: the processor's classes, set by the build"),
                "-processor",
                PROCESSOR,
                "-s",
                out.resolve("sources").toString(),
                "-d",
                out.resolve("classes").toString());
        javac.getTask(null, null, diagnostics, options, null, List.of(new Source(source)))
                .call();
        List<Diagnostic<? extends JavaFileObject>> errors = diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .toList();
        List<Diagnostic<? extends JavaFileObject>> processor = errors.stream()
                .filter(d -> "compiler.err.proc.messager".equals(d.getCode()))
                .toList();
        return (processor.isEmpty() ? errors : processor)
                .stream().map(d -> d.getMessage(Locale.ROOT)).toList();
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Source extends SimpleJavaFileObject {
        private final String code;

        Source(String code) {
            super(URI.create("string:///p/Thing.java"), Kind.SOURCE);
            this.code = code;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }
    }
}
