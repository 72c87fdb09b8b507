package io.github.ocpi4j.model;

import java.io.Serial;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when an OCPI object breaks rules of the specification: every violation, with its JSON path.
 *
 * <pre>{@code
 * try {
 *     Location location = json.read(bytes, Location.class).get();
 * } catch (OcpiValidationException e) {
 *     e.violations().forEach(v -> log.warn("{}: {}", v.path(), v.rule()));
 * }
 * }</pre>
 */
public class OcpiValidationException extends OcpiException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final List<Violation> violations;

    /**
     * Creates the exception.
     *
     * @param violations every rule broken, at least one
     */
    public OcpiValidationException(List<Violation> violations) {
        super(describe(violations));
        this.violations = List.copyOf(violations);
    }

    /** Returns every rule broken, in the order found. */
    public List<Violation> violations() {
        return violations;
    }

    static String describe(List<Violation> violations) {
        return violations.size()
                + (violations.size() == 1 ? " violation: " : " violations: ")
                + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
    }
}
