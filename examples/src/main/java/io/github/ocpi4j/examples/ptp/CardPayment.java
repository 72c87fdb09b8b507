package io.github.ocpi4j.examples.ptp;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A card presented at one of the PTP's terminals, and what came of it ({@link Ptp#presentCard}).
 *
 * @param outcome what came of it
 * @param message why, in words, for a driver or an operator
 * @param authorizationReference the PTP's reference of this payment, which START_SESSION, the session, the CDR and the
 *     Financial Advice Confirmation carry; {@code null} when the card was declined or the tariff unknown
 * @param tariffId the tariff of the connector, as the PTP read it from the CPO; {@code null} when it found none
 * @param preauthorized the amount reserved on the card, incl. taxes; {@code null} when none was
 * @param currency the currency of the tariff; {@code null} when the PTP found no tariff
 */
public record CardPayment(
        Outcome outcome,
        String message,
        @Nullable String authorizationReference,
        @Nullable String tariffId,
        @Nullable BigDecimal preauthorized,
        @Nullable String currency) {

    /** What came of a card presented at a terminal. */
    public enum Outcome {
        /** The amount was reserved on the card and the CPO started the session. */
        STARTED,
        /** The acquirer declined the card: no START_SESSION was sent. */
        DECLINED,
        /**
         * The PTP could not take the card: the terminal does not serve the EVSE, the connector has no tariff with a
         * {@code preauthorize_amount}, or the CPO refused START_SESSION (the reservation on the card is then
         * released).
         */
        REFUSED
    }
}
