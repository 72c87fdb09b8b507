package io.github.ocpi4j.model.constraints;

/** Receives the violations of {@link CrossFieldRules}. */
@FunctionalInterface
public interface RuleReporter {

    /**
     * Reports a broken rule.
     *
     * @param field where the fault is, relative to the object checked, in the form of a violation's path: a
     *     field's JSON name ({@code type}), an element ({@code roles[2]}) or deeper ({@code roles[2].role})
     * @param rule the rule it breaks, readable by a person
     */
    void report(String field, String rule);
}
