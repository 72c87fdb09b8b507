package io.github.ocpi4j.model.translation;

/**
 * One thing a translation could not carry into the other OCPI version: a field the target version lacks, a value it
 * cannot hold, or a detail of a price's taxes it has no place for.
 *
 * <pre>
 * help_phone: OCPI 2.2.1 has no such field; left out (was "+31201234567")
 * total_cost.taxes[0].percentage: OCPI 2.2.1 states no tax rate on a price; left out (was 21)
 * roles[0].role: OCPI 2.3.0 has no role HUB; carried as OTHER, and the hub named in hub_party_id
 * </pre>
 *
 * @param path where the value was in the source object, in wire names: {@code evses[0].parking}, or {@code $} for
 *     the object itself
 * @param what what was lost or changed and why, with the value that was left out
 */
public record Loss(String path, String what) {

    /** Returns {@code path: what}. */
    @Override
    public String toString() {
        return path + ": " + what;
    }
}
