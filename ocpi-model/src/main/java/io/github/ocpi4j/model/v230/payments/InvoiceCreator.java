package io.github.ocpi4j.model.v230.payments;

/**
 * Which party issues the driver's invoice for a session paid at a {@link Terminal}.
 *
 * <p>Specification: {@code [[mod_payments_invoice_creator_enum]]}.
 */
public enum InvoiceCreator {
    /**
     * The CPO: the invoice is found at the Terminal's {@code invoice_base_url} followed by the session's {@code
     * authorization_reference}, and the CPO adds the PTP's EFT data once it has the {@link
     * FinancialAdviceConfirmation}.
     */
    CPO,
    /** The PTP: the driver gets the invoice from the payment terminal itself. */
    PTP
}
