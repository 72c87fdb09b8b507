package io.github.ocpi4j.model.internal;

import io.github.ocpi4j.model.PatchField;
import org.jspecify.annotations.Nullable;

/** The field normalisation of the PATCH records' compact constructors. */
public final class Patches {
    private Patches() {}

    /** Returns the field, or {@link PatchField#absent()} for {@code null}. */
    public static <T> PatchField<T> orAbsent(@Nullable PatchField<T> field) {
        return field == null ? PatchField.absent() : field;
    }
}
