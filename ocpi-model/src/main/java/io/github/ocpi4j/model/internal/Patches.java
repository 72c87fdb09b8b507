package io.github.ocpi4j.model.internal;

import io.github.ocpi4j.model.PatchField;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the generated PATCH records call: the field normalisation of their compact constructors, and appending. */
public final class Patches {
    private Patches() {}

    /** Returns the field, or {@link PatchField#absent()} for {@code null}. */
    public static <T> PatchField<T> orAbsent(@Nullable PatchField<T> field) {
        return field == null ? PatchField.absent() : field;
    }

    /**
     * Returns {@code existing} followed by the elements the PATCH sets, as {@link io.github.ocpi4j.model.PatchAppends}
     * asks; an absent, {@code null} or empty list adds nothing.
     */
    public static <T> List<T> appended(List<T> existing, PatchField<List<T>> added) {
        List<T> more = added.value().orElse(List.of());
        if (more.isEmpty()) {
            return existing;
        }
        List<T> all = new ArrayList<>(existing.size() + more.size());
        all.addAll(existing);
        all.addAll(more);
        return all;
    }
}
