package io.github.ocpi4j.model.v230.bookings;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.constraints.CountryCode;
import io.github.ocpi4j.model.constraints.PartyId;
import io.github.ocpi4j.model.v230.tokens.TokenType;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A token the driver may use to start charging on a booking: the fields that identify one of an eMSP's Tokens.
 * {@link BookingMatcher} compares it with the token of a session.
 *
 * <pre>{@code
 * BookingToken card = BookingToken.builder()
 *         .countryCode("NL").partyId("EMS").uid("12345678905880").type(TokenType.RFID).contractId("NL-EMS-C12345")
 *         .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe. Specification: {@code [[mod_bookings_booking_token_object]]}.
 *
 * @param countryCode {@code country_code}: the ISO-3166 alpha-2 country of the eMSP that issued the token.
 * @param partyId {@code party_id}: the ISO-15118 party id of the eMSP that issued the token.
 * @param uid {@code uid}: the id the CPO's systems (such as the charger's RFID reader) know the token by; for an RFID
 *     card usually its hidden id, for an {@code APP_USER} token an id the eMSP made up. At most 36 characters.
 * @param type {@code type}: the kind of token.
 * @param contractId {@code contract_id}: the driver's contract id at the eMSP, unique on the eMSP's platform; ideally
 *     an eMA ID as eMI3 defines it. At most 36 characters.
 */
@GenerateBuilder
public record BookingToken(
        @JsonProperty("country_code") @NotNull @Size(max = 2) @CountryCode
        CiString countryCode,

        @JsonProperty("party_id") @NotNull @Size(max = 3) @PartyId
        CiString partyId,

        @JsonProperty("uid") @NotNull @Size(max = 36) CiString uid,
        @JsonProperty("type") @NotNull TokenType type,

        @JsonProperty("contract_id") @NotNull @Size(max = 36)
        CiString contractId) {

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link BookingToken} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends BookingTokenBuilderBase {
        private Builder() {}
    }
}
