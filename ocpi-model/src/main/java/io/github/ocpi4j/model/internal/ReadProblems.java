package io.github.ocpi4j.model.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.ocpi4j.model.Violation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The violations met while reading one document: wrong JSON types, unknown enumeration values, bad DateTimes. A
 * fresh instance travels with each read as a context attribute, so reading goes on after a problem and every
 * problem is reported, each with the path of the value at fault.
 */
public final class ReadProblems {
    /** The key of the context attribute. */
    public static final Object KEY = ReadProblems.class;

    private final List<Violation> violations = new ArrayList<>();

    /** Returns what was reported, in document order. */
    public List<Violation> violations() {
        return violations;
    }

    /** Reports a problem with the value at the parser's current token. */
    public static void report(DeserializationContext ctxt, JsonParser p, String rule) throws JsonMappingException {
        Object problems = ctxt.getAttribute(KEY);
        if (!(problems instanceof ReadProblems r)) {
            throw JsonMappingException.from(p, rule);
        }
        r.violations.add(new Violation(pathOf(p), rule));
    }

    /** Reports a problem with the current value and skips it, for deserializers that then return {@code null}. */
    public static void reportAndSkip(DeserializationContext ctxt, JsonParser p, String rule) throws IOException {
        report(ctxt, p, rule);
        p.skipChildren();
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
