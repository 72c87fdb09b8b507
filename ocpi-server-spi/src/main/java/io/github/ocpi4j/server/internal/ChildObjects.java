package io.github.ocpi4j.server.internal;

import io.github.ocpi4j.model.CiString;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Replacing an object inside its parent's list, as a Receiver does with a pushed EVSE or connector ({@code
 * [[mod_locations_put_method]]}), for the {@code Locations} helper of every version.
 */
public final class ChildObjects {
    private ChildObjects() {}

    /** Returns the items with this one replacing the first of the same id, or added at the end. */
    public static <T> List<T> withReplaced(List<T> items, T item, Function<T, CiString> id) {
        List<T> replaced = new ArrayList<>(items);
        for (int k = 0; k < replaced.size(); k++) {
            if (id.apply(item).equals(id.apply(replaced.get(k)))) {
                replaced.set(k, item);
                return replaced;
            }
        }
        replaced.add(item);
        return replaced;
    }

    /** Returns the later of two times, either of which may be missing. */
    public static @Nullable Instant later(@Nullable Instant a, @Nullable Instant b) {
        return a == null || (b != null && b.isAfter(a)) ? b : a;
    }
}
