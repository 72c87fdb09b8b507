package io.github.ocpi4j.client;

import io.github.ocpi4j.model.CiString;
import org.jspecify.annotations.Nullable;

/**
 * Per-call settings: the X-Correlation-ID that ties the calls of one flow together, and the OCPI routing headers
 * for messages that go through a hub ({@code [[transport_and_format_message_routing]]}).
 *
 * <pre>{@code
 * CallOptions viaHub = CallOptions.builder()
 *         .to("NL", "TNM")              // OCPI-to-country-code, OCPI-to-party-id
 *         .from("BE", "BEC")            // OCPI-from-country-code, OCPI-from-party-id
 *         .correlationId(flowId)
 *         .build();
 * partner.withDefaults(viaHub).v221().tokensSender().authorize("012345678", TokenType.RFID, null);
 * }</pre>
 *
 * <p>Given to {@link OcpiClient#connect(String, String, boolean, CallOptions) connect}, they hold for its discovery
 * and every later call to that partner; given to {@link Partner#withDefaults}, for every call of the partner it
 * returns. Without a correlation id every call gets a new one (kept across the retries and pages of that call). Immutable and
 * thread-safe.
 *
 * @param correlationId the X-Correlation-ID to send, or {@code null} for a new one per call
 * @param toCountryCode OCPI-to-country-code
 * @param toPartyId OCPI-to-party-id
 * @param fromCountryCode OCPI-from-country-code
 * @param fromPartyId OCPI-from-party-id
 */
public record CallOptions(
        @Nullable String correlationId,
        @Nullable CiString toCountryCode,
        @Nullable CiString toPartyId,
        @Nullable CiString fromCountryCode,
        @Nullable CiString fromPartyId) {

    /** No correlation id given, no routing headers. */
    public static final CallOptions NONE = new CallOptions(null, null, null, null, null);

    /** Returns a builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding these options. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.correlationId = correlationId;
        b.toCountryCode = toCountryCode;
        b.toPartyId = toPartyId;
        b.fromCountryCode = fromCountryCode;
        b.fromPartyId = fromPartyId;
        return b;
    }

    /** Returns these options with the unset ones taken from {@code defaults}. */
    public CallOptions orElse(CallOptions defaults) {
        return new CallOptions(
                correlationId != null ? correlationId : defaults.correlationId,
                toCountryCode != null ? toCountryCode : defaults.toCountryCode,
                toPartyId != null ? toPartyId : defaults.toPartyId,
                fromCountryCode != null ? fromCountryCode : defaults.fromCountryCode,
                fromPartyId != null ? fromPartyId : defaults.fromPartyId);
    }

    /** Builds {@link CallOptions}. Not thread-safe. */
    public static final class Builder {
        private @Nullable String correlationId;
        private @Nullable CiString toCountryCode;
        private @Nullable CiString toPartyId;
        private @Nullable CiString fromCountryCode;
        private @Nullable CiString fromPartyId;

        private Builder() {}

        /** Sets the X-Correlation-ID. */
        public Builder correlationId(@Nullable String correlationId) {
            this.correlationId = correlationId;
            return this;
        }

        /** Sets the OCPI-to- headers: the party the message is for. */
        public Builder to(String countryCode, String partyId) {
            this.toCountryCode = CiString.of(countryCode);
            this.toPartyId = CiString.of(partyId);
            return this;
        }

        /** Sets the OCPI-from- headers: the party the message is from. */
        public Builder from(String countryCode, String partyId) {
            this.fromCountryCode = CiString.of(countryCode);
            this.fromPartyId = CiString.of(partyId);
            return this;
        }

        /** Returns the options. */
        public CallOptions build() {
            return new CallOptions(correlationId, toCountryCode, toPartyId, fromCountryCode, fromPartyId);
        }
    }
}
