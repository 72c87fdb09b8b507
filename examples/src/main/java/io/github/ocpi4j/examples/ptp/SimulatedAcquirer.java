package io.github.ocpi4j.examples.ptp;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An acquirer that moves no money, for the examples and tests: deterministic, by the card's number. A card whose
 * number ends in {@code 0002} is declined (as the test cards of many payment services are); any other card is good
 * for the amount asked. A capture takes what is asked, up to the amount reserved, and releases the rest.
 *
 * <p>Thread-safe.
 */
public final class SimulatedAcquirer implements Acquirer {
    /** The ending of the numbers of declined cards. */
    public static final String DECLINED = "0002";

    private final Map<String, BigDecimal> reserved = new ConcurrentHashMap<>();
    private final AtomicInteger count = new AtomicInteger();

    /** An acquirer with no reservations yet. */
    public SimulatedAcquirer() {}

    @Override
    public Optional<String> preauthorize(String card, BigDecimal amount, String currency) {
        if (card.endsWith(DECLINED) || amount.signum() <= 0) {
            return Optional.empty();
        }
        String reference = "PA-" + count.incrementAndGet();
        reserved.put(reference, amount);
        return Optional.of(reference);
    }

    @Override
    public BigDecimal capture(String preauthorization, BigDecimal amount) {
        BigDecimal held = reserved.remove(preauthorization);
        if (held == null) {
            return BigDecimal.ZERO;
        }
        return amount.min(held);
    }

    @Override
    public void release(String preauthorization) {
        reserved.remove(preauthorization);
    }
}
