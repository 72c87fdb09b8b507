/**
 * Constraint annotations for the value formats of the specification that Jakarta Validation has no annotation
 * for (country, currency and language codes, EVSE IDs, time zones, URLs), and {@link
 * io.github.ocpi4j.model.constraints.CrossFieldRules} for rules that span several fields.
 *
 * <p>The records of the model carry these next to the standard annotations ({@code @NotNull}, {@code @Size},
 * {@code @Pattern}, ...). {@link io.github.ocpi4j.model.OcpiJson#validate(Object)} checks all of them; a host's
 * own Jakarta {@code Validator} checks the annotations too.
 */
@NullMarked
package io.github.ocpi4j.model.constraints;

import org.jspecify.annotations.NullMarked;
