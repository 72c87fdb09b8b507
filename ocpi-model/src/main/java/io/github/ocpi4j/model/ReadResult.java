package io.github.ocpi4j.model;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What {@link OcpiJson} read: the value, as far as the JSON allowed, and every rule the JSON broke.
 *
 * <p>Strict callers take {@link #get()}, which returns the value only when it is valid. Lenient callers, such as
 * a client that should "at least process the correct OCPI objects" ({@code [[transport_and_format_get]]}), take
 * {@link #value()} and log {@link #violations()}.
 *
 * <pre>{@code
 * ReadResult<Location> result = json.read(bytes, Location.class);
 * if (!result.isWellFormed()) return badRequest();            // not JSON: HTTP 400
 * if (!result.isValid()) return invalid(result.violations()); // OCPI 2001 with every path
 * Location location = result.get();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe when the value is.
 *
 * @param <T> the type read
 */
public final class ReadResult<T> {
    private final @Nullable T value;
    private final List<Violation> violations;
    private final boolean wellFormed;
    private final boolean limitReached;
    private final long violationCount;

    ReadResult(
            @Nullable T value,
            List<Violation> violations,
            boolean wellFormed,
            boolean limitReached,
            long violationCount) {
        this.value = value;
        this.violations = List.copyOf(violations);
        this.wellFormed = wellFormed;
        this.limitReached = limitReached;
        this.violationCount = violationCount;
    }

    /**
     * Returns the value read, also when it breaks rules; empty when the JSON is malformed or {@code null}. Fields
     * whose JSON had the wrong type or an unknown enumeration value are {@code null} in it.
     */
    public Optional<T> value() {
        return Optional.ofNullable(value);
    }

    /**
     * Returns the rules broken, empty when the value is valid: first what reading found (wrong JSON types, unknown
     * enumeration values) in document order, then the broken rules of the specification. At most {@value
     * OcpiJson#MAX_VIOLATIONS} are listed, and then one at {@code $} that says how many more were found ({@link
     * #violationCount()}); when reading alone found more than that, the value was not checked further.
     */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * Returns how many violations were found, those {@linkplain #violations() listed} and those left out (the
     * last listed one, which counts them, is not counted itself).
     */
    public long violationCount() {
        return violationCount;
    }

    /**
     * Returns whether the bytes were well-formed JSON (whatever they held), read to their end within the reader's
     * limits: a document beyond them (nested too deep, {@linkplain #isLimitReached() too many array elements}) is
     * not.
     */
    public boolean isWellFormed() {
        return wellFormed;
    }

    /**
     * Returns whether reading stopped because the document holds more array elements than the reader accepts
     * ({@link OcpiJson#withMaxElements(int)}); the last violation before any count says where.
     */
    public boolean isLimitReached() {
        return limitReached;
    }

    /** Returns whether a value was read and it breaks no rule. */
    public boolean isValid() {
        return value != null && violations.isEmpty();
    }

    /**
     * Returns the value if it is valid.
     *
     * @throws OcpiFormatException if the bytes are not well-formed JSON
     * @throws OcpiValidationException if the value breaks rules of the specification
     */
    public T get() {
        if (!wellFormed) {
            throw new OcpiFormatException(violations);
        }
        if (!violations.isEmpty()) {
            throw new OcpiValidationException(violations);
        }
        if (value == null) {
            throw new OcpiValidationException(List.of(new Violation("$", "required")));
        }
        return value;
    }

    @Override
    public String toString() {
        return isValid() ? "ReadResult[valid " + value + "]" : "ReadResult" + violations;
    }
}
