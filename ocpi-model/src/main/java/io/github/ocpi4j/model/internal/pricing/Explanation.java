package io.github.ocpi4j.model.internal.pricing;

import io.github.ocpi4j.model.internal.Lists;
import io.github.ocpi4j.model.v221.pricing.PricingLine;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The explanation of a pricing, written when a caller first reads it: most callers of a billing run keep only the
 * totals, and the words and rounded amounts of every line cost more than the pricing itself. The lines are those the
 * pricing would have written at once; once written, the pricing's working state is let go.
 *
 * <pre>{@code
 * List<PricingLine> lines = new Explanation(calculation::lines); // nothing written yet
 * lines.get(0);                                                  // all lines written, once
 * }</pre>
 *
 * <p>Unmodifiable and thread-safe: readers on several threads see the same lines, written once.
 */
public final class Explanation extends AbstractList<PricingLine> implements RandomAccess {
    private @Nullable Supplier<List<PricingLine>> writer;
    private volatile @Nullable List<PricingLine> lines;

    /** An explanation that {@code writer} writes when first read. */
    Explanation(Supplier<List<PricingLine>> writer) {
        this.writer = writer;
    }

    private List<PricingLine> lines() {
        List<PricingLine> written = lines;
        if (written == null) {
            synchronized (this) {
                written = lines;
                if (written == null) {
                    written = Lists.copyOf(Objects.requireNonNull(writer).get());
                    lines = written;
                    writer = null;
                }
            }
        }
        return written;
    }

    @Override
    public PricingLine get(int index) {
        return lines().get(index);
    }

    @Override
    public int size() {
        return lines().size();
    }
}
