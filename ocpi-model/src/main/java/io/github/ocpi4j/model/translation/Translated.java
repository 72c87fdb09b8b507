package io.github.ocpi4j.model.translation;

import java.util.List;

/**
 * The result of translating an object into the other OCPI version: the translated object, and everything of the
 * source that it could not hold.
 *
 * <pre>{@code
 * Translated<Location> translated = V230ToV221.location(location);
 * translated.losses().forEach(loss -> log.debug("location {}: {}", location.id(), loss));
 * Location forPartner = translated.value();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe when the value is.
 *
 * @param value the object in the target version
 * @param losses what could not be carried, in the order of the source; empty when nothing was lost
 * @param <T> the type of the object in the target version
 */
public record Translated<T>(T value, List<Loss> losses) {

    /** Copies the list. */
    public Translated {
        losses = List.copyOf(losses);
    }

    /** Returns whether everything of the source was carried. */
    public boolean isLossless() {
        return losses.isEmpty();
    }
}
