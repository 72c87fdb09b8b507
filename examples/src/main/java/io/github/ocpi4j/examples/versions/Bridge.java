package io.github.ocpi4j.examples.versions;

import io.github.ocpi4j.model.OcpiStatusException;
import io.github.ocpi4j.model.translation.Loss;
import io.github.ocpi4j.model.translation.Translated;
import io.github.ocpi4j.server.PageResult;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries objects between a backend that keeps OCPI 2.2.1 objects and a partner that speaks OCPI 2.3.0, through
 * ocpi4j's translation ({@link io.github.ocpi4j.model.translation.V221ToV230}, {@link
 * io.github.ocpi4j.model.translation.V230ToV221}), with one rule for what a translation could not carry:
 *
 * <ul>
 *   <li><b>Towards the partner</b> ({@link #out}): the partner gets the translated object and every loss is logged at
 *       DEBUG on the logger {@code io.github.ocpi4j.examples.versions}, with the object it belongs to. A 2.2.1
 *       object loses nothing on its way to 2.3.0 (its {@code incl_vat} becomes one tax named {@code VAT}), so this log
 *       stays empty unless the model changes.
 *   <li><b>Into the backend</b> ({@link #in}): an object that would lose anything is refused with OCPI status 2001,
 *       naming each field that 2.2.1 cannot hold and why, so that the partner learns it and nothing is dropped
 *       unseen. A backend that wants the 2.3.0 fields keeps 2.3.0 objects instead.
 * </ul>
 *
 * <pre>{@code
 * public PageResult<io.github.ocpi4j.model.v230.cdrs.CDR> cdrs(RequestContext ctx, PageRequest page) {
 *     return Bridge.page(backend.cdrs(ctx, page), V221ToV230::cdr, "CDR");
 * }
 * public Stored putToken(RequestContext ctx, io.github.ocpi4j.model.v230.tokens.Token token) {
 *     return backend.putToken(ctx, Bridge.in(V230ToV221.token(token), "Token"));
 * }
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Bridge {
    private static final Logger LOG = LoggerFactory.getLogger(Bridge.class.getPackageName());

    private Bridge() {}

    /**
     * Returns the OCPI versions a party of the examples is told to offer, checked: {@code 2.2.1}, {@code 2.3.0} or
     * both.
     *
     * @throws IllegalArgumentException if none is given, or another version
     */
    public static Set<String> versions(String... versions) {
        Set<String> chosen = Set.copyOf(List.of(versions));
        if (chosen.isEmpty() || !Set.of("2.2.1", "2.3.0").containsAll(chosen)) {
            throw new IllegalArgumentException("versions: 2.2.1, 2.3.0 or both, not " + String.join(", ", versions));
        }
        return chosen;
    }

    /**
     * Returns an object translated for a partner, logging at DEBUG what it could not carry.
     *
     * @param translated the translation of the backend's object
     * @param what the kind of object, such as {@code CDR}, for the log
     * @param <T> the partner's version of the type
     * @return the translated object
     */
    public static <T> T out(Translated<T> translated, String what) {
        if (LOG.isDebugEnabled()) {
            translated.losses().forEach(loss -> LOG.debug("{} for an OCPI 2.3.0 partner: {}", what, loss));
        }
        return translated.value();
    }

    /** Returns {@link #out} of the translation of an object, when there is one. */
    public static <S, T> Optional<T> out(Optional<S> source, Function<S, Translated<T>> translation, String what) {
        return source.map(s -> out(translation.apply(s), what));
    }

    /** Returns a page of the backend's objects, each translated with {@link #out}, and the same total count. */
    public static <S, T> PageResult<T> page(PageResult<S> page, Function<S, Translated<T>> translation, String what) {
        return new PageResult<>(
                page.items().stream().map(s -> out(translation.apply(s), what)).toList(), page.totalCount());
    }

    /**
     * Returns a partner's object translated for the backend, or refuses it when the backend's version cannot hold all
     * of it.
     *
     * @param translated the translation of the partner's object
     * @param what the kind of object, such as {@code Token}, for the message
     * @param <T> the backend's version of the type
     * @return the translated object, which lost nothing
     * @throws OcpiStatusException with 2001, naming each field that could not be kept and why
     */
    public static <T> T in(Translated<T> translated, String what) {
        if (!translated.isLossless()) {
            throw OcpiStatusException.invalidOrMissingParameters(what
                    + " cannot be stored: this party keeps OCPI 2.2.1 objects, which have no place for "
                    + translated.losses().stream().map(Loss::toString).collect(Collectors.joining("; ")));
        }
        return translated.value();
    }
}
