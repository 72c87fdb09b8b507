package io.github.ocpi4j.model.v230.payments;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.constraints.CurrencyCode;
import io.github.ocpi4j.model.constraints.UrlSegment;
import io.github.ocpi4j.model.internal.Lists;
import io.github.ocpi4j.model.v230.types.Price;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a Payment Terminal Provider (PTP) captured at its Payment Service Provider for one charging session, with the
 * electronic funds transfer (EFT) data that must appear on the driver's invoice. The PTP POSTs it to the CPO when
 * the CPO issues the invoice; the session is found by its {@code authorization_reference}, the one the PTP gave in
 * its {@code START_SESSION} command and that the Session and CDR carry.
 *
 * <pre>{@code
 * FinancialAdviceConfirmation advice = FinancialAdviceConfirmation.builder()
 *         .id("452cf8a1-79aa-4a0e-9aee-dc788586053c").authorizationReference("pp-100100-1948213567")
 *         .totalCosts(Price.of(new BigDecimal("4.00"),
 *                 List.of(TaxAmount.of("VAT", new BigDecimal("10"), new BigDecimal("0.40")))))
 *         .currency("EUR")
 *         .eftData(List.of(CiString.of("Mastercard"), CiString.of("Amount: EUR 4.40")))
 *         .captureStatusCode(CaptureStatusCode.SUCCESS)
 *         .lastUpdated(Instant.now())
 *         .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <p>Specification: {@code [[mod_payments_financial_advice_confirmation_object]]}.
 *
 * @param id {@code id}: the PTP's id of this confirmation, at most 36 characters; required.
 * @param authorizationReference {@code authorization_reference}: the reference the PTP gave in {@code
 *     START_SESSION}, which picks out the session; required, at most 36 characters.
 * @param totalCosts {@code total_costs}: the amount actually captured, which the driver paid with taxes; required.
 *     A 2.3.0 {@link io.github.ocpi4j.model.v230.types.Price}: {@code before_taxes} and {@code taxes}, not the
 *     {@code excl_vat} and {@code incl_vat} of 2.2.1.
 * @param currency {@code currency}: the ISO 4217 currency of {@code total_costs}; required.
 * @param eftData {@code eft_data}: the lines of payment data to print on the invoice (card brand, application id,
 *     masked card number, amount, ...), each 1 to 255 characters; at least one.
 * @param captureStatusCode {@code capture_status_code}: whether the capture succeeded, partly or not at all;
 *     required.
 * @param captureStatusMessage {@code capture_status_message}: a note on an error of the capture; optional, 1 to 255
 *     characters.
 * @param lastUpdated {@code last_updated}: when this confirmation was last changed (or created); required.
 */
@GenerateBuilder
public record FinancialAdviceConfirmation(
        @JsonProperty("id") @NotNull @Size(max = 36) @UrlSegment
        CiString id,

        @JsonProperty("authorization_reference") @NotNull @Size(max = 36)
        CiString authorizationReference,

        @JsonProperty("total_costs") @NotNull @Valid Price totalCosts,

        @JsonProperty("currency") @NotNull @Size(max = 3) @CurrencyCode
        CiString currency,

        @JsonProperty("eft_data") @NotEmpty List<@Size(min = 1, max = 255) CiString> eftData,
        @JsonProperty("capture_status_code") @NotNull CaptureStatusCode captureStatusCode,

        @JsonProperty("capture_status_message") @Size(min = 1, max = 255) @Nullable
        CiString captureStatusMessage,

        @JsonProperty("last_updated") @NotNull Instant lastUpdated) {

    /** Copies the list; {@code null} becomes empty. */
    public FinancialAdviceConfirmation {
        eftData = Lists.copyOf(eftData);
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link FinancialAdviceConfirmation} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends FinancialAdviceConfirmationBuilderBase {
        private Builder() {}
    }
}
