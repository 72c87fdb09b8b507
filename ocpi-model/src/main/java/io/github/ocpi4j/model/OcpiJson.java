package io.github.ocpi4j.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.ocpi4j.model.internal.Jackson;
import io.github.ocpi4j.model.internal.ModelValidator;
import io.github.ocpi4j.model.internal.ReadProblems;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads, writes and validates OCPI JSON.
 *
 * <p>Reading never throws for bad input: malformed JSON, a value of the wrong JSON type, an unknown value of a
 * closed enumeration or a broken rule of the specification each become a {@link Violation} with its JSON path,
 * and all of a document's violations are returned together in the {@link ReadResult}. Unknown fields are
 * ignored; unknown values of open enumerations ({@link OpenEnum}) are kept.
 *
 * <pre>{@code
 * OcpiJson json = OcpiJson.instance();
 * ReadResult<Location> result = json.read(bytes, Location.class);
 * result.violations().forEach(System.out::println);   // evses[0].connectors[0].max_voltage: required
 * Location location = result.get();                   // or OcpiValidationException
 *
 * List<Violation> problems = json.validate(location.toBuilder().name("x".repeat(300)).build());
 * byte[] out = json.write(location);
 * }</pre>
 *
 * <p>What one read holds stays in proportion to what its caller accepts, whatever the document: it lists at most
 * {@value #MAX_VIOLATIONS} violations, and then one more at {@code $} that says how many it left out; and a reader
 * made with {@link #withMaxElements(int)} stops at its limit of array elements instead of building more objects.
 *
 * <p>Writing leaves out {@code null}s and empty lists, writes DateTimes in UTC with {@code Z} and decimals as
 * they are, and does not validate: call {@link #validate(Object)} where data leaves your system.
 *
 * <p>Thread-safe; one instance serves a whole application.
 */
public final class OcpiJson {
    /**
     * How many violations a read lists at most; a last one at {@code $} says how many more it found. A document
     * that breaks more rules than that is broken beyond what a person reads, and a peer cannot make a read hold an
     * unbounded list.
     */
    public static final int MAX_VIOLATIONS = 1_000;

    private static final OcpiJson INSTANCE =
            new OcpiJson(Jackson.newMapper(), new ConcurrentHashMap<>(), Integer.MAX_VALUE);
    private static final Pattern SOURCE = Pattern.compile("\\[Source: .*?; line: (\\d+), column: (\\d+)]");
    /** The setting a limit of Jackson's comes from, as in {@code (1000, from `StreamReadConstraints...`)}. */
    private static final Pattern SETTING = Pattern.compile(", from `[^`]*`");

    private final JsonMapper mapper;
    private final ObjectWriter writer;
    private final ConcurrentMap<JavaType, ObjectReader> readers;
    private final int maxElements;

    private OcpiJson(JsonMapper mapper, ConcurrentMap<JavaType, ObjectReader> readers, int maxElements) {
        this.mapper = mapper;
        this.writer = mapper.writer();
        this.readers = readers;
        this.maxElements = maxElements;
    }

    /** Returns the shared instance, whose reads take arrays of any length. */
    public static OcpiJson instance() {
        return INSTANCE;
    }

    /**
     * Returns a codec like this one whose reads stop when a document holds more than {@code maxElements} array
     * elements, counting the elements of all its arrays together (the objects of a page, their EVSEs, the strings of
     * a list...). A read stopped there has no value, is not {@linkplain ReadResult#isWellFormed() well-formed} and
     * {@linkplain ReadResult#isLimitReached() reached its limit}; its last violation names the limit at the element
     * where reading stopped: {@code data[524288]: limit: more than 524288 array elements ...}.
     *
     * <p>Each element read becomes at most one object, so this bounds the objects a read builds where the length
     * of the document alone does not: {@code [{},{},...]} costs three bytes an element, and each element a record
     * of empty fields. Elements of unknown fields are skipped, not counted. The codec returned shares this one's
     * configuration and caches and costs nothing to keep; create it once.
     *
     * @param maxElements how many array elements a document may hold, at least 1
     */
    public OcpiJson withMaxElements(int maxElements) {
        if (maxElements < 1) {
            throw new IllegalArgumentException("maxElements must be at least 1, was " + maxElements);
        }
        return new OcpiJson(mapper, readers, maxElements);
    }

    /** Reads and validates a document holding one object of this type. */
    public <T> ReadResult<T> read(byte[] json, Class<T> type) {
        return read(json, OcpiType.of(type));
    }

    /** Reads and validates a document holding one object of this type. */
    public <T> ReadResult<T> read(String json, Class<T> type) {
        return read(json, OcpiType.of(type));
    }

    /** Reads and validates a document holding one object of this type; the stream is read to its end. */
    public <T> ReadResult<T> read(InputStream json, Class<T> type) {
        return read(json, OcpiType.of(type));
    }

    /** Reads and validates a document of this type (an object, a list, an envelope). */
    public <T> ReadResult<T> read(byte[] json, OcpiType<T> type) {
        return read(type, reader -> reader.readValue(json));
    }

    /** Reads and validates a document of this type (an object, a list, an envelope). */
    public <T> ReadResult<T> read(String json, OcpiType<T> type) {
        return read(type, reader -> reader.readValue(json));
    }

    /**
     * Reads and validates a document of this type (an object, a list, an envelope); the stream is read to its
     * end but not closed.
     *
     * @throws UncheckedIOException if reading the stream fails
     */
    public <T> ReadResult<T> read(InputStream json, OcpiType<T> type) {
        return read(type, reader -> reader.readValue(json));
    }

    /**
     * Returns every rule of the specification that a value breaks: an OCPI object, a PATCH body, a list of them
     * or a response envelope. Paths start at the value: {@code evses[0].uid}, or {@code $} for the value itself.
     */
    public List<Violation> validate(@Nullable Object value) {
        return ModelValidator.validate(value);
    }

    /** Writes a value as JSON in UTF-8. */
    public byte[] write(Object value) {
        try {
            return writer.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new OcpiException("cannot write " + value.getClass().getName() + ": " + e.getOriginalMessage(), e);
        }
    }

    /** Writes a value as a JSON string. */
    public String writeString(Object value) {
        try {
            return writer.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new OcpiException("cannot write " + value.getClass().getName() + ": " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Writes a value as JSON in UTF-8 to a stream, which is flushed but not closed.
     *
     * @throws UncheckedIOException if writing to the stream fails
     */
    public void write(Object value, OutputStream out) {
        try {
            writer.without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                    .writeValue(out, value);
        } catch (JsonProcessingException e) {
            throw new OcpiException("cannot write " + value.getClass().getName() + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface Source<T> {
        T read(ObjectReader reader) throws IOException;
    }

    private <T> ReadResult<T> read(OcpiType<T> type, Source<T> source) {
        ReadProblems problems = new ReadProblems(MAX_VIOLATIONS, maxElements);
        ObjectReader reader = readers.computeIfAbsent(
                        type.javaType(),
                        t -> mapper.readerFor(t)
                                .without(com.fasterxml.jackson.core.JsonParser.Feature.AUTO_CLOSE_SOURCE))
                .withAttribute(ReadProblems.KEY, problems);
        T value;
        try {
            value = source.read(reader);
        } catch (DatabindException e) {
            if (problems.limitReached()) {
                return result(null, problems, false);
            }
            if (isEmptyDocument(e)) {
                return malformed(new Violation("$", "malformed JSON: the document is empty"));
            }
            if (e.getCause() instanceof StreamReadException || e.getCause() instanceof StreamConstraintsException) {
                // a deserializer wraps what the parser found (broken JSON, a document beyond the parser's limits)
                JsonProcessingException broken = (JsonProcessingException) e.getCause();
                return isDuplicate(broken) ? duplicate(broken, problems) : malformed(broken);
            }
            problems.add(new Violation(pathOf(e), "type: " + withoutSource(e.getOriginalMessage())));
            return result(null, problems, true);
        } catch (InputCoercionException e) {
            problems.add(new Violation(
                    ReadProblems.pathOf(e.getProcessor()), "type: " + withoutSource(e.getOriginalMessage())));
            return result(null, problems, true);
        } catch (JsonProcessingException e) {
            return isDuplicate(e) ? duplicate(e, problems) : malformed(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        problems.check(value);
        return result(value, problems, true);
    }

    private static <T> ReadResult<T> result(@Nullable T value, ReadProblems problems, boolean wellFormed) {
        return new ReadResult<>(value, problems.violations(), wellFormed, problems.limitReached(), problems.count());
    }

    /**
     * Jackson's messages name the source, which is hidden anyway (keep only the line and column), and the Java
     * settings behind a limit, which mean nothing to the peer that broke it.
     */
    private static String withoutSource(String message) {
        String located = SOURCE.matcher(message).replaceAll("line $1, column $2");
        return SETTING.matcher(located).replaceAll("");
    }

    /** Whether the parser refused a key given twice in one object, which JSON allows but leaves without meaning. */
    private static boolean isDuplicate(JsonProcessingException e) {
        return e instanceof StreamReadException
                && e.getProcessor() instanceof JsonParser
                && e.getOriginalMessage().startsWith("Duplicate field '");
    }

    /** A key given twice: well-formed JSON, but which value counts is unclear, so it is a violation at the key. */
    private static <T> ReadResult<T> duplicate(JsonProcessingException e, ReadProblems problems) {
        problems.add(new Violation(
                ReadProblems.pathOf((JsonParser) e.getProcessor()),
                "duplicate key: given more than once in its object"));
        return result(null, problems, true);
    }

    private static <T> ReadResult<T> malformed(JsonProcessingException e) {
        String where = e.getLocation() == null
                ? ""
                : " at line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr();
        String path = e.getProcessor() instanceof JsonParser p ? ReadProblems.malformedPathOf(p) : "$";
        return malformed(new Violation(path, "malformed JSON: " + withoutSource(e.getOriginalMessage()) + where));
    }

    private static <T> ReadResult<T> malformed(Violation violation) {
        return new ReadResult<>(null, List.of(violation), false, false, 1);
    }

    private static boolean isEmptyDocument(DatabindException e) {
        return e instanceof MismatchedInputException m
                && m.getProcessor() instanceof JsonParser p
                && p.currentToken() == null
                && !p.hasToken(JsonToken.NOT_AVAILABLE);
    }

    private static String pathOf(DatabindException e) {
        if (!(e instanceof JsonMappingException m) || m.getPath().isEmpty()) {
            return "$";
        }
        StringBuilder s = new StringBuilder();
        for (JsonMappingException.Reference ref : m.getPath()) {
            if (ref.getFieldName() != null) {
                if (s.length() > 0) {
                    s.append('.');
                }
                s.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                s.append('[').append(ref.getIndex()).append(']');
            }
        }
        return s.length() == 0 ? "$" : s.toString();
    }
}
