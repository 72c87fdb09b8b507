package io.github.ocpi4j.examples.demo;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;

/**
 * The demo's transcript: sections, numbered steps, the HTTP calls made during each step, and what each step
 * showed. A step whose outcome is not the expected one ends the demo with a {@link StepFailed} naming it.
 * Thread-safe: calls made by the sides' own threads (asynchronous command results, redeliveries) are printed as
 * they happen.
 */
final class Transcript {
    private static final String INDENT = "      ";

    private final PrintStream out;
    private int section;
    private int step;
    private int passed;
    private @Nullable String lastShape;
    private @Nullable String lastCall;
    private int repeats;

    Transcript(PrintStream out) {
        this.out = out;
    }

    /** A step that did not give the expected answer. */
    static final class StepFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StepFailed(String step, String message, Throwable cause) {
            super("step " + step + " failed: " + message, cause);
        }
    }

    /** A check within a step that did not hold. */
    static final class Unexpected extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unexpected(String message) {
            super(message);
        }
    }

    /** Fails the step unless the condition holds. */
    static void expect(boolean condition, String whatWasExpected) {
        if (!condition) {
            throw new Unexpected(whatWasExpected);
        }
    }

    /** Fails the step unless the actual value equals the expected one. */
    static void expectEqual(Object expected, Object actual, String what) {
        if (!String.valueOf(expected).equals(String.valueOf(actual))) {
            throw new Unexpected(what + ": expected " + expected + ", got " + actual);
        }
    }

    synchronized void title(String text) {
        flush();
        out.println(text);
    }

    synchronized void section(String title) {
        flush();
        section++;
        step = 0;
        out.println();
        out.println("== " + section + ". " + title + " ==");
    }

    /**
     * Runs a step: prints its number and what it does, then the calls it makes, then {@code ok: } and what the
     * step returned.
     */
    void step(String description, Callable<String> action) {
        String id;
        synchronized (this) {
            flush();
            step++;
            id = section + "." + step;
            out.println();
            out.println("[" + id + "] " + description);
        }
        String outcome;
        try {
            outcome = action.call();
        } catch (Unexpected e) {
            line("FAILED: " + e.getMessage());
            throw new StepFailed(id + " (" + description + ")", e.getMessage(), e);
        } catch (Exception e) {
            String message = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            line("FAILED: " + message);
            throw new StepFailed(id + " (" + description + ")", message, e);
        }
        synchronized (this) {
            passed++;
        }
        line("ok: " + outcome);
    }

    /** An indented line within the current step: what happened. */
    synchronized void line(String text) {
        flush();
        out.println(INDENT + text);
    }

    /**
     * An HTTP call within the current step. A run of three or more calls of the same shape (the same caller, method,
     * path but for its last segment, and status; pages of a list, a token pushed after another) shows as its first
     * call and a count.
     */
    synchronized void http(String call, String shape) {
        if (shape.equals(lastShape)) {
            repeats++;
            lastCall = call;
            return;
        }
        flush();
        out.println(INDENT + call);
        lastShape = shape;
    }

    private void flush() {
        if (repeats == 1) {
            out.println(INDENT + lastCall);
        } else if (repeats > 1) {
            out.println(INDENT + "... and " + repeats + " more like it, the last: " + lastCall.strip());
        }
        repeats = 0;
        lastShape = null;
        lastCall = null;
    }

    synchronized int passed() {
        return passed;
    }
}
