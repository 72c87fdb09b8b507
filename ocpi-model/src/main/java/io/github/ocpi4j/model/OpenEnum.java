package io.github.ocpi4j.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * A value of an OCPI {@code OpenEnum} type ({@code [[types_openenum_type]]} of OCPI 2.3.0): an enumeration whose
 * known values are constants, but which keeps any other value a partner sends exactly as it was sent and writes
 * it back unchanged.
 *
 * <p>OCPI 2.3.0 declares {@code ConnectorType}, {@code Capability}, {@code Facility}, {@code TokenType}, {@code
 * ModuleID} and a few others open, so that parties can extend them; ocpi4j models those types this way in every
 * version, so that a newer partner's value is never lost or rejected. Compare with {@code equals} or {@code ==}
 * on known constants, and use {@link #isKnown()} to tell an extension from a value of the specification:
 *
 * <pre>{@code
 * ConnectorType type = connector.standard();
 * if (type.equals(ConnectorType.IEC_62196_T2)) { ... }
 * if (!type.isKnown()) log.info("extension connector type {}", type.value());
 * }</pre>
 *
 * <p>Values compare case-sensitively, as OCPI enumerations do. Instances are immutable and thread-safe.
 */
public abstract class OpenEnum {
    private final String value;
    private final boolean known;

    /**
     * For subclasses, which create their instances through a {@link Values} registry.
     *
     * @param value the wire value
     * @param known whether the specification defines it
     */
    protected OpenEnum(String value, boolean known) {
        this.value = value;
        this.known = known;
    }

    /** Returns the value as it goes over the wire. */
    public final String value() {
        return value;
    }

    /** Returns whether this value is defined by the specification, rather than an extension. */
    public final boolean isKnown() {
        return known;
    }

    @Override
    public final boolean equals(@Nullable Object o) {
        return this == o || (o != null && o.getClass() == getClass() && ((OpenEnum) o).value.equals(value));
    }

    @Override
    public final int hashCode() {
        return value.hashCode();
    }

    /** Returns the wire value. */
    @Override
    public final String toString() {
        return value;
    }

    /**
     * The registry behind one open enumeration type: its known constants, in the specification's order, and a
     * cache-free factory for unknown values. Thread-safe.
     *
     * @param <E> the open enumeration type
     */
    public static final class Values<E extends OpenEnum> {
        private final BiFunction<String, Boolean, E> factory;
        private final Map<String, E> byValue = new ConcurrentHashMap<>();
        private final List<E> known = new ArrayList<>();

        /**
         * Creates the registry of a type.
         *
         * @param factory the type's constructor, given the value and whether it is known
         */
        public Values(BiFunction<String, Boolean, E> factory) {
            this.factory = factory;
        }

        /** Defines a value of the specification; for the type's constants. */
        public synchronized E known(String value) {
            E e = factory.apply(value, true);
            if (byValue.putIfAbsent(value, e) != null) {
                throw new IllegalArgumentException("duplicate value " + value);
            }
            known.add(e);
            return e;
        }

        /** Returns the constant for a known value, or a new instance that keeps an unknown one. */
        public E of(String value) {
            if (value == null) {
                throw new NullPointerException("value");
            }
            E e = byValue.get(value);
            return e != null ? e : factory.apply(value, false);
        }

        /** Returns the values the specification defines, in its order. */
        public synchronized List<E> knownValues() {
            return Collections.unmodifiableList(new ArrayList<>(known));
        }
    }
}
