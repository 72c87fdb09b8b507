package io.github.ocpi4j.examples.readme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@code ```java} blocks of README.md and the lines of the test sources in this package that compile them.
 *
 * <p>A block is named after the heading above it: {@code Quick start: the client}, and {@code Quick start: the server
 * (2)} for the second block below one heading. A source holds the block's lines, indented as the code around them
 * needs, between {@code // README:begin <name>} and {@code // README:end}; the lines compare without the marker's
 * indentation. A marked region that the formatter would reflow sits between {@code // spotless:off} and {@code //
 * spotless:on}.
 */
final class ReadmeSnippets {
    static final Path README = Path.of("../README.md");
    static final Path SOURCES = Path.of("src/test/java/io/github/ocpi4j/examples/readme");
    private static final String BEGIN = "// README:begin ";
    private static final String END = "// README:end";

    private ReadmeSnippets() {}

    /** Lines of a file, the first of them at {@code line} (counted from 1). */
    record Snippet(String name, Path file, int line, List<String> lines) {
        String where(int index) {
            return file.getFileName() + " line " + (line + index);
        }
    }

    /** The README's {@code ```java} blocks by name, in their order, each without its fences. */
    static Map<String, Snippet> readmeBlocks() {
        Map<String, Snippet> blocks = new LinkedHashMap<>();
        Map<String, Integer> perHeading = new HashMap<>();
        List<String> lines = lines(README);
        String heading = "(before any heading)";
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("#")) {
                heading = line.replaceFirst("^#+\\s*", "");
            } else if (line.startsWith("```")) {
                int close = i + 1;
                while (close < lines.size() && !lines.get(close).equals("```")) {
                    close++;
                }
                if (line.equals("```java")) {
                    int k = perHeading.merge(heading, 1, Integer::sum);
                    String name = k == 1 ? heading : heading + " (" + k + ")";
                    blocks.put(name, new Snippet(name, README, i + 2, lines.subList(i + 1, close)));
                }
                i = close;
            }
        }
        return blocks;
    }

    /** The regions marked in the sources of this package, by the name of the block each compiles. */
    static Map<String, Snippet> compiledSnippets() {
        Map<String, Snippet> snippets = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = lines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String marker = lines.get(i).strip();
                    if (marker.startsWith(BEGIN)) {
                        Snippet snippet = region(file, lines, i);
                        if (snippets.put(snippet.name(), snippet) != null) {
                            throw new IllegalStateException(snippet.where(-1) + ": a second region for "
                                    + snippet.name() + ", already marked in "
                                    + snippets.get(snippet.name()).file().getFileName());
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return snippets;
    }

    private static Snippet region(Path file, List<String> lines, int begin) {
        String indent = lines.get(begin).substring(0, lines.get(begin).indexOf(BEGIN));
        String name = lines.get(begin).strip().substring(BEGIN.length()).strip();
        List<String> region = new ArrayList<>();
        for (int i = begin + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.strip().equals(END)) {
                return new Snippet(name, file, begin + 2, region);
            }
            if (!line.isBlank() && !line.startsWith(indent)) {
                throw new IllegalStateException(
                        file.getFileName() + " line " + (i + 1) + ": indented less than the marker of " + name);
            }
            region.add(line.isBlank() ? "" : line.substring(indent.length()));
        }
        throw new IllegalStateException(file.getFileName() + " line " + (begin + 1) + ": no " + END + " for " + name);
    }

    /**
     * The first line where a README block and the source compiling it differ, described with both lines; empty when
     * they are equal.
     */
    static Optional<String> firstDifference(Snippet readme, Snippet source) {
        List<String> shown = readme.lines();
        List<String> compiled = source.lines();
        int i = 0;
        while (i < shown.size() && i < compiled.size() && shown.get(i).equals(compiled.get(i))) {
            i++;
        }
        if (i == shown.size() && i == compiled.size()) {
            return Optional.empty();
        }
        return Optional.of("README block \"" + readme.name() + "\" differs from its compiled source at "
                + readme.where(i) + ", " + source.where(i) + ":\n  README: "
                + (i < shown.size() ? shown.get(i) : "(the block has ended)") + "\n  source: "
                + (i < compiled.size() ? compiled.get(i) : "(the region has ended)"));
    }

    /**
     * What a block says its code prints: the comment ending a line that writes to {@code System.out}, and the comment
     * lines right below it. In each, {@code ...} stands for text left out.
     */
    static List<Pattern> printedComments(Snippet block) {
        List<Pattern> printed = new ArrayList<>();
        boolean below = false;
        for (String line : block.lines()) {
            String code = line.strip();
            if (code.contains("System.out")) {
                below = true;
                int comment = code.indexOf("// ");
                if (comment > 0) {
                    printed.add(pattern(code.substring(comment + 3)));
                }
            } else if (below && code.startsWith("// ")) {
                printed.add(pattern(code.substring(3)));
            } else {
                below = false;
            }
        }
        return printed;
    }

    private static Pattern pattern(String shown) {
        return Pattern.compile(Arrays.stream(shown.strip().split("\\.\\.\\.", -1))
                .map(Pattern::quote)
                .collect(Collectors.joining(".*")));
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
