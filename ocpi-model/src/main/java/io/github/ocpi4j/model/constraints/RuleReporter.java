package io.github.ocpi4j.model.constraints;

/** Receives the violations of {@link CrossFieldRules}. */
@FunctionalInterface
public interface RuleReporter {

    /**
     * Reports a broken rule.
     *
     * @param field the JSON name of the field at fault, relative to the object checked
     * @param rule the rule it breaks, readable by a person
     */
    void report(String field, String rule);
}
