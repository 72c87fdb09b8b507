package io.github.ocpi4j.model.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.ocpi4j.model.Violation;
import java.io.IOException;
import java.io.Serial;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The violations of one read: those met while reading (wrong JSON types, unknown enumeration values, bad
 * DateTimes), then those the {@link ModelValidator} finds in the value read. A fresh instance travels with each
 * read as a context attribute, so reading goes on after a problem and every problem is reported, each with the path
 * of the value at fault.
 *
 * <p>Two limits keep what a read holds in proportion to what the caller accepts, whatever a peer sends: only the
 * first {@code maxViolations} violations are kept, the others only counted; and the elements of all arrays
 * together may number {@code maxElements} at most, beyond which reading stops ({@link LimitReached}).
 */
public final class ReadProblems {
    /** The key of the context attribute. */
    public static final Object KEY = ReadProblems.class;

    private final int maxViolations;
    private final int maxElements;
    private final List<Violation> listed = new ArrayList<>();
    /** The paths of the problems met while reading, all listed while {@link #unlisted} is 0. */
    private final Set<String> readPaths = new HashSet<>();

    private long unlisted;
    private int elements;
    private @Nullable Violation limit;
    private boolean unchecked;

    /**
     * Creates the problems of one read.
     *
     * @param maxViolations how many violations are kept; the others are only counted
     * @param maxElements how many array elements the document may hold, all arrays together
     */
    public ReadProblems(int maxViolations, int maxElements) {
        this.maxViolations = maxViolations;
        this.maxElements = maxElements;
    }

    /** Keeps a violation, or counts it when {@code maxViolations} are kept already. */
    public void add(Violation violation) {
        if (listed.size() < maxViolations) {
            listed.add(violation);
        } else {
            unlisted++;
        }
    }

    /** Reports a problem met while reading, at a path. */
    private void read(String path, String rule) {
        add(new Violation(path, rule));
        if (unlisted == 0) {
            readPaths.add(path);
        }
    }

    /**
     * Whether more problems were met than are kept. After reading, checking the value would then only add to a count,
     * and its findings could not be told apart from the consequences of the problems left out.
     */
    private boolean overflowed() {
        return unlisted > 0;
    }

    /**
     * Checks the value read against the rules of the specification, unless reading met more problems than are kept.
     */
    public void check(@Nullable Object value) {
        if (overflowed()) {
            unchecked = true;
        } else {
            ModelValidator.validate(value, this::checked);
        }
    }

    /**
     * Takes a violation the {@link ModelValidator} found, unless it lies at or below a value that reading already
     * reported (a field of the wrong type is then also missing, which says nothing new).
     */
    private void checked(Path path, String rule) {
        if (readPaths.isEmpty() && listed.size() >= maxViolations) {
            unlisted++; // counted without building its path
            return;
        }
        String rendered = path.toString();
        if (!readPaths.isEmpty() && liesBelowReadProblem(rendered)) {
            return;
        }
        add(new Violation(rendered, rule));
    }

    private boolean liesBelowReadProblem(String path) {
        if (readPaths.contains("$") || readPaths.contains(path)) {
            return true;
        }
        for (int i = 1; i < path.length(); i++) {
            char c = path.charAt(i);
            if ((c == '.' || c == '[') && readPaths.contains(path.substring(0, i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Counts an element of an array, the parser at its first token.
     *
     * @throws LimitReached when the document holds more elements than {@code maxElements}
     */
    public void countElement(JsonParser p) throws LimitReached {
        if (++elements > maxElements) {
            String rule = "limit: more than " + maxElements + " array elements in the document (all arrays"
                    + " together), the most this read accepts; reading stopped here";
            limit = new Violation(pathOf(p), rule);
            throw new LimitReached(p, rule);
        }
    }

    /** Returns whether reading stopped at {@code maxElements}. */
    public boolean limitReached() {
        return limit != null;
    }

    /** Returns how many violations were found: those kept and those only counted. */
    public long count() {
        return listed.size() + unlisted + (limit == null ? 0 : 1);
    }

    /**
     * Returns the violations kept, in the order found, then the one that stopped reading, if any, and then, when
     * some were only counted, one at {@code $} that says how many.
     */
    public List<Violation> violations() {
        if (unlisted == 0 && limit == null) {
            return listed;
        }
        List<Violation> all = new ArrayList<>(listed);
        if (limit != null) {
            all.add(limit);
        }
        if (unlisted > 0) {
            all.add(new Violation(
                    "$",
                    unlisted + " more violations not listed"
                            + (unchecked ? ", all found while reading; the value was not checked further" : "")));
        }
        return all;
    }

    /** Returns the problems of the read in progress, or {@code null} outside one of {@code OcpiJson}'s reads. */
    static @Nullable ReadProblems of(DeserializationContext ctxt) {
        return ctxt.getAttribute(KEY) instanceof ReadProblems r ? r : null;
    }

    /** Reports a problem with the value at the parser's current token. */
    public static void report(DeserializationContext ctxt, JsonParser p, String rule) throws JsonMappingException {
        ReadProblems problems = of(ctxt);
        if (problems == null) {
            throw JsonMappingException.from(p, rule);
        }
        if (problems.overflowed()) {
            problems.unlisted++; // counted without building its path
        } else {
            problems.read(pathOf(p), rule);
        }
    }

    /** Reports a problem with the current value and skips it, for deserializers that then return {@code null}. */
    public static void reportAndSkip(DeserializationContext ctxt, JsonParser p, String rule) throws IOException {
        report(ctxt, p, rule);
        p.skipChildren();
    }

    /**
     * Thrown when a document holds more array elements than the read accepts; {@link ReadProblems#limitReached()}
     * then says so, and the violation that says where is kept.
     */
    public static final class LimitReached extends JsonMappingException {
        @Serial
        private static final long serialVersionUID = 1L;

        LimitReached(JsonParser p, String message) {
            super(p, message);
        }
    }

    /** Returns the path of the value at the parser's current token, in the form of {@link Path}. */
    public static String pathOf(JsonParser p) {
        JsonStreamContext context = p.getParsingContext();
        JsonToken token = p.currentToken();
        if (context != null && (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY)) {
            context = context.getParent(); // the value itself opened this context
        }
        StringBuilder s = new StringBuilder();
        append(context, s);
        return s.length() == 0 ? "$" : s.toString();
    }

    /**
     * Returns where malformed JSON breaks: the object or array the parser was reading; the line and column of the
     * parser's message say exactly where.
     */
    public static String malformedPathOf(JsonParser p) {
        JsonStreamContext context = p.getParsingContext();
        StringBuilder s = new StringBuilder();
        append(context == null ? null : context.getParent(), s);
        return s.length() == 0 ? "$" : s.toString();
    }

    private static void append(JsonStreamContext context, StringBuilder s) {
        if (context == null || context.inRoot()) {
            return;
        }
        append(context.getParent(), s);
        if (context.inObject()) {
            String name = context.getCurrentName();
            if (name != null) {
                if (s.length() > 0) {
                    s.append('.');
                }
                s.append(name);
            }
        } else if (context.inArray()) {
            s.append('[').append(Math.max(context.getCurrentIndex(), 0)).append(']');
        }
    }

    /** Describes the JSON value at a token, for messages: "a string", "an object", ... */
    public static String describe(JsonToken token) {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_OBJECT, END_OBJECT, FIELD_NAME -> "an object";
            case START_ARRAY, END_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> "an unexpected value";
        };
    }
}
