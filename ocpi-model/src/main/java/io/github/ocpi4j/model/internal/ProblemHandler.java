package io.github.ocpi4j.model.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import java.io.IOException;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * Turns the problems Jackson meets with objects and arrays (an array where an object belongs, a string where an
 * array belongs, a constructor that refuses its arguments) into {@link ReadProblems} violations and {@code null}
 * values, so that reading goes on.
 */
final class ProblemHandler extends DeserializationProblemHandler {

    @Override
    public @Nullable Object handleUnexpectedToken(
            DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p, String failureMsg)
            throws IOException {
        ReadProblems.reportAndSkip(ctxt, p, mismatch(targetType.getRawClass(), t));
        return null;
    }

    @Override
    public @Nullable Object handleMissingInstantiator(
            DeserializationContext ctxt, Class<?> instClass, ValueInstantiator valueInsts, JsonParser p, String msg)
            throws IOException {
        ReadProblems.reportAndSkip(ctxt, p, mismatch(instClass, p.currentToken()));
        return null;
    }

    @Override
    public @Nullable Object handleInstantiationProblem(
            DeserializationContext ctxt, Class<?> instClass, Object argument, Throwable t) throws IOException {
        ReadProblems.report(
                ctxt, ctxt.getParser(), instClass.getSimpleName() + " could not be created: " + t.getMessage());
        return null;
    }

    @Override
    public @Nullable Object handleWeirdStringValue(
            DeserializationContext ctxt, Class<?> targetType, String valueToConvert, String failureMsg)
            throws IOException {
        ReadProblems.report(ctxt, ctxt.getParser(), "type: " + failureMsg);
        return null;
    }

    @Override
    public @Nullable Object handleWeirdNumberValue(
            DeserializationContext ctxt, Class<?> targetType, Number valueToConvert, String failureMsg)
            throws IOException {
        ReadProblems.report(ctxt, ctxt.getParser(), "type: " + failureMsg);
        return null;
    }

    private static String mismatch(Class<?> target, JsonToken actual) {
        String expected = Collection.class.isAssignableFrom(target) ? "an array" : "an object";
        return "type: expected " + expected + ", was " + ReadProblems.describe(actual);
    }
}
