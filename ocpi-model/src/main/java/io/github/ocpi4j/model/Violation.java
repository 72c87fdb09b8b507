package io.github.ocpi4j.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Serializable;

/**
 * One broken rule of the specification, found where data enters or leaves ocpi4j.
 *
 * <p>The path uses the JSON names of the wire, from the object that was read or validated: {@code
 * evses[2].connectors[0].max_voltage}; {@code $} is the object itself. The rule says which rule was broken and
 * how, starting with the rule's name in the specification where it has one:
 *
 * <pre>
 * party_id: CiString(3): 5 characters, at most 3 allowed
 * evses[0].status: enum Status: unknown value "BROKEN"
 * last_updated: required
 * </pre>
 *
 * <p>Written as JSON, a violation is {@code {"path": ..., "rule": ...}}: ocpi4j's server puts the violations of a
 * request in the {@code data} of its 2001 answer.
 *
 * @param path where, in wire names: {@code evses[2].connectors[0].max_voltage}, or {@code $} for the root
 * @param rule the rule broken, readable by a person
 */
public record Violation(
        @JsonProperty("path") String path,
        @JsonProperty("rule") String rule) implements Serializable {

    /** Returns {@code path: rule}. */
    @Override
    public String toString() {
        return path + ": " + rule;
    }
}
