package io.github.ocpi4j.model.v230.payments;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.GeneratePatch;
import io.github.ocpi4j.model.Violation;
import io.github.ocpi4j.model.constraints.CountryCode;
import io.github.ocpi4j.model.constraints.PartyId;
import io.github.ocpi4j.model.constraints.Url;
import io.github.ocpi4j.model.constraints.UrlSegment;
import io.github.ocpi4j.model.internal.Lists;
import io.github.ocpi4j.model.v230.locations.GeoLocation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One physical payment terminal of a Payment Terminal Provider (PTP), and the Locations and EVSEs of a CPO where
 * drivers pay with it. The PTP owns the object and creates it in the CPO's system; the CPO assigns Locations and
 * EVSEs with a PATCH ({@link TerminalPatch}) and sets its invoice data with a PUT.
 *
 * <pre>{@code
 * Terminal terminal = Terminal.builder()
 *         .terminalId("452cf8a1-79aa-4a0e-9aee-dc788586053c")
 *         .invoiceBaseUrl("https://cpo.example.com/invoices").invoiceCreator(InvoiceCreator.CPO)
 *         .lastUpdated(Instant.now())
 *         .build();
 * List<Violation> problems = OcpiJson.instance().validate(terminal);   // empty
 * TerminalPatch assign = TerminalPatch.builder()
 *         .locationIds(List.of(CiString.of("LOC1"))).lastUpdated(Instant.now()).build();
 * Terminal assigned = assign.applyTo(terminal);
 * }</pre>
 *
 * <p>Every text field but the URL is a CiString, as the module's table types them, the address included.
 * Instances are immutable and thread-safe.
 *
 * <p>Specification: {@code [[mod_payments_terminal_object]]}.
 *
 * @param terminalId {@code terminal_id}: the PTP's id of this terminal, at most 36 characters; required, except in
 *     the body of an activation request, where the PTP has not given one yet (see {@link
 *     Terminal#activationViolations(java.util.List)}).
 * @param customerReference {@code customer_reference}: the reference that ties the terminal to a CPO's charging
 *     station management system, possibly given when the terminal was ordered; optional, at most 36 characters.
 * @param partyId {@code party_id}: with {@code country_code}, names the CPO party instead of a {@code
 *     customer_reference}; optional, three characters (ISO 15118 style).
 * @param countryCode {@code country_code}: the country of that CPO party, an ISO 3166-1 alpha-2 code; optional.
 * @param address {@code address}: street and house number where the terminal stands; optional, at most 45
 *     characters.
 * @param city {@code city}: town or city of the terminal; optional, at most 45 characters.
 * @param postalCode {@code postal_code}: postal code of the terminal's address, left out only where the address has
 *     none; at most 10 characters.
 * @param state {@code state}: state or province, where that matters; optional, at most 20 characters.
 * @param country {@code country}: the country of the address, an ISO 3166-1 alpha-3 code; optional.
 * @param coordinates {@code coordinates}: where the terminal is; optional.
 * @param invoiceBaseUrl {@code invoice_base_url}: the URL to which a session's {@code authorization_reference} is
 *     appended to download its invoice; optional, an absolute URL of at most 255 characters.
 * @param invoiceCreator {@code invoice_creator}: whether the CPO or the PTP issues the driver's invoice; optional.
 * @param reference {@code reference}: the PTP's own value that identifies the device, such as its serial number,
 *     used to link it to a charge point on activation; optional, at most 36 characters.
 * @param locationIds {@code location_ids}: the CPO's ids of the Locations this terminal serves, each at most 36
 *     characters; may be empty.
 * @param evseUids {@code evse_uids}: the CPO's uids of the EVSEs this terminal serves, each at most 36 characters;
 *     may be empty. With {@code location_ids} also given, the terminal serves the EVSEs of both.
 * @param lastUpdated {@code last_updated}: when this Terminal was last changed (or created); required.
 */
@GenerateBuilder
@GeneratePatch
public record Terminal(
        @JsonProperty("terminal_id") @NotNull @Size(max = 36) @UrlSegment
        CiString terminalId,

        @JsonProperty("customer_reference") @Size(max = 36) @Nullable
        CiString customerReference,

        @JsonProperty("party_id") @Size(max = 3) @PartyId @Nullable
        CiString partyId,

        @JsonProperty("country_code") @Size(max = 2) @CountryCode @Nullable
        CiString countryCode,

        @JsonProperty("address") @Size(max = 45) @Nullable CiString address,
        @JsonProperty("city") @Size(max = 45) @Nullable CiString city,

        @JsonProperty("postal_code") @Size(max = 10) @Nullable
        CiString postalCode,

        @JsonProperty("state") @Size(max = 20) @Nullable CiString state,

        @JsonProperty("country") @Size(max = 3) @CountryCode(alpha3 = true) @Nullable
        CiString country,

        @JsonProperty("coordinates") @Valid @Nullable GeoLocation coordinates,

        @JsonProperty("invoice_base_url") @Size(max = 255) @Url @Nullable
        String invoiceBaseUrl,

        @JsonProperty("invoice_creator") @Nullable InvoiceCreator invoiceCreator,
        @JsonProperty("reference") @Size(max = 36) @Nullable CiString reference,
        @JsonProperty("location_ids") List<@Size(max = 36) CiString> locationIds,
        @JsonProperty("evse_uids") List<@Size(max = 36) CiString> evseUids,
        @JsonProperty("last_updated") @NotNull Instant lastUpdated) {

    /** The violation of a Terminal without {@code terminal_id}. */
    private static final Violation NO_TERMINAL_ID = new Violation("terminal_id", "required");

    /** Copies the lists; {@code null} becomes empty. */
    public Terminal {
        locationIds = Lists.copyOf(locationIds);
        evseUids = Lists.copyOf(evseUids);
    }

    /**
     * Returns the violations that count against a Terminal sent in the body of an activation request: all of them
     * but a missing {@code terminal_id}, which the PTP has yet to assign; every other field keeps its cardinality
     * ({@code [[mod_payments_ptp_terminal_post_activate_request_body]]}).
     *
     * <pre>{@code
     * ReadResult<Terminal> read = OcpiJson.instance().read(body, Terminal.class);
     * List<Violation> problems = Terminal.activationViolations(read.violations());
     * }</pre>
     *
     * @param violations the violations found reading or validating the Terminal
     * @return those violations without the one of a missing {@code terminal_id}
     */
    public static List<Violation> activationViolations(List<Violation> violations) {
        return violations.stream().filter(v -> !v.equals(NO_TERMINAL_ID)).toList();
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link Terminal} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends TerminalBuilderBase {
        private Builder() {}
    }
}
