package io.github.ocpi4j.model.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The list copy of the records' compact constructors. */
public final class Lists {
    private Lists() {}

    /**
     * Returns an unmodifiable copy: empty for {@code null}, and keeping {@code null} elements (which {@link
     * List#copyOf} refuses), so that a partner's {@code [null]} becomes a violation at its index, not an
     * exception.
     */
    public static <T> List<T> copyOf(@Nullable List<T> list) {
        if (list == null || list.isEmpty()) {
            return List.of();
        }
        for (T t : list) {
            if (t == null) {
                return Collections.unmodifiableList(new ArrayList<>(list));
            }
        }
        return List.copyOf(list);
    }
}
