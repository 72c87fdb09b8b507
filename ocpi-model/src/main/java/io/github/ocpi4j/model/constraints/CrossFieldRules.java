package io.github.ocpi4j.model.constraints;

/**
 * An OCPI object with rules that span several of its fields, such as "when {@code uid} is set, {@code type} SHALL
 * also be set" ({@code [[mod_locations_publish_token_class]]}). Validation calls {@link
 * #checkCrossFieldRules(RuleReporter)} after checking each field on its own, so the rules may assume nothing
 * about the fields' values beyond their Java types.
 */
public interface CrossFieldRules {

    /**
     * Reports each rule this object breaks.
     *
     * @param reporter receives the JSON name of the field at fault and the rule it breaks
     */
    void checkCrossFieldRules(RuleReporter reporter);
}
