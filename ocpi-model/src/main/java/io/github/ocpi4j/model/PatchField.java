package io.github.ocpi4j.model;

import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One field of a PATCH body ({@code [[transport_and_format_patch]]}): absent (left unchanged), explicitly {@code
 * null}, or set to a value. Reading a PATCH keeps that difference, and writing one writes absent fields not at
 * all and {@code null} ones as JSON {@code null}.
 *
 * <pre>{@code
 * LocationPatch patch = json.read(body, LocationPatch.class).get();
 * if (patch.name().isPresent()) { ... }          // the PATCH mentions name
 * String name = patch.name().applyTo(current.name());   // unchanged, cleared or replaced
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <T> the field's type
 */
public final class PatchField<T> {
    private static final PatchField<?> ABSENT = new PatchField<>(false, null);
    private static final PatchField<?> NULL = new PatchField<>(true, null);

    private final boolean present;
    private final @Nullable T value;

    private PatchField(boolean present, @Nullable T value) {
        this.present = present;
        this.value = value;
    }

    /** Returns the field that a PATCH leaves out. */
    @SuppressWarnings("unchecked")
    public static <T> PatchField<T> absent() {
        return (PatchField<T>) ABSENT;
    }

    /** Returns the field that a PATCH sets to JSON {@code null}. */
    @SuppressWarnings("unchecked")
    public static <T> PatchField<T> ofNull() {
        return (PatchField<T>) NULL;
    }

    /** Returns the field that a PATCH sets to this value. */
    public static <T> PatchField<T> of(T value) {
        return new PatchField<>(true, Objects.requireNonNull(value, "value"));
    }

    /** Returns {@link #of(Object)} for a value and {@link #ofNull()} for {@code null}. */
    public static <T> PatchField<T> ofNullable(@Nullable T value) {
        return value == null ? ofNull() : of(value);
    }

    /** Returns whether the PATCH mentions this field, with a value or with {@code null}. */
    public boolean isPresent() {
        return present;
    }

    /** Returns whether the PATCH leaves this field out. */
    public boolean isAbsent() {
        return !present;
    }

    /** Returns whether the PATCH sets this field to {@code null}. */
    public boolean isNull() {
        return present && value == null;
    }

    /** Returns the value, if the PATCH sets one. */
    public Optional<T> value() {
        return Optional.ofNullable(value);
    }

    /**
     * Returns the value the PATCH sets.
     *
     * @throws NoSuchElementException if the field is absent or {@code null}
     */
    public T get() {
        if (value == null) {
            throw new NoSuchElementException(present ? "field is null" : "field is absent");
        }
        return value;
    }

    /** Returns what the field becomes when this PATCH is applied to {@code current}. */
    public @Nullable T applyTo(@Nullable T current) {
        return present ? value : current;
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return this == o
                || (o instanceof PatchField<?> other && present == other.present && Objects.equals(value, other.value));
    }

    @Override
    public int hashCode() {
        return present ? Objects.hashCode(value) * 31 + 1 : 0;
    }

    @Override
    public String toString() {
        return present ? String.valueOf(value) : "<absent>";
    }
}
