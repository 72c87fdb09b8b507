package io.github.ocpi4j.examples.ptp;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The payment service (acquirer) behind a PTP's terminals: it reserves an amount on a card before a session starts,
 * and takes the cost of the session from that reservation when the CDR comes ({@code [[mod_payments_transaction_flow]]}).
 * OCPI does not cover this side; the example {@link Ptp} uses {@link SimulatedAcquirer} unless given another.
 *
 * <p>Implementations are called by several threads.
 */
public interface Acquirer {

    /**
     * Reserves an amount on a card.
     *
     * @param card the card's number, as the terminal read it
     * @param amount the amount to reserve, incl. taxes
     * @param currency its ISO 4217 code
     * @return the acquirer's reference of the reservation, or empty when the card is declined
     */
    Optional<String> preauthorize(String card, BigDecimal amount, String currency);

    /**
     * Takes an amount from a reservation, and releases the rest.
     *
     * @param preauthorization the reference {@link #preauthorize} returned
     * @param amount the amount asked for, incl. taxes
     * @return the amount taken: {@code amount}, or less when the acquirer could not take all of it ({@code 0} when it
     *     took nothing)
     */
    BigDecimal capture(String preauthorization, BigDecimal amount);

    /** Releases a reservation from which nothing will be taken, such as when the CPO did not start the session. */
    void release(String preauthorization);
}
