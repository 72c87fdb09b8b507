package io.github.ocpi4j.model.v230.payments;

/**
 * How the capture of a card payment at the Payment Service Provider ended, as a {@link FinancialAdviceConfirmation}
 * reports it.
 *
 * <p>Specification: {@code [[mod_payments_capture_status_code_enum]]}.
 */
public enum CaptureStatusCode {
    /** The whole amount was captured; the funds will be settled. */
    SUCCESS,
    /** Only part of the amount was approved, or the issuer changed the terms of the payment while processing it. */
    PARTIAL_SUCCESS,
    /** Nothing was captured, for example for lack of funds, an expired card or a refusal by the issuer. */
    FAILED
}
