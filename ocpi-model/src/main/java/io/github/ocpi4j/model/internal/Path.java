package io.github.ocpi4j.model.internal;

import org.jspecify.annotations.Nullable;

/**
 * A place in a JSON document, as a chain from the root; rendered only when a violation needs it. The root is
 * {@code $}; below it names and indexes read {@code evses[2].connectors[0].max_voltage}.
 */
public final class Path {
    /** The document itself. */
    public static final Path ROOT = new Path(null, null, -1);

    private final @Nullable Path parent;
    private final @Nullable String name;
    private final int index;

    private Path(@Nullable Path parent, @Nullable String name, int index) {
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    /** Returns the path of a field of the object at this path. */
    public Path field(String name) {
        return new Path(this, name, -1);
    }

    /** Returns the path of an element of the array at this path. */
    public Path element(int index) {
        return new Path(this, null, index);
    }

    @Override
    public String toString() {
        if (parent == null) {
            return "$";
        }
        StringBuilder s = new StringBuilder();
        append(s);
        return s.toString();
    }

    private void append(StringBuilder s) {
        if (parent == null) {
            return;
        }
        parent.append(s);
        if (name != null) {
            if (s.length() > 0) {
                s.append('.');
            }
            s.append(name);
        } else {
            s.append('[').append(index).append(']');
        }
    }
}
