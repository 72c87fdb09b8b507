package io.github.ocpi4j.model.v221.sessions;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.PatchField;
import io.github.ocpi4j.model.constraints.CountryCode;
import io.github.ocpi4j.model.constraints.CurrencyCode;
import io.github.ocpi4j.model.constraints.PartyId;
import io.github.ocpi4j.model.internal.Patches;
import io.github.ocpi4j.model.v221.cdrs.AuthMethod;
import io.github.ocpi4j.model.v221.cdrs.CdrToken;
import io.github.ocpi4j.model.v221.cdrs.ChargingPeriod;
import io.github.ocpi4j.model.v221.types.Price;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The body of a PATCH of a {@link Session}: only the fields to change, and always {@code last_updated}.
 *
 * <p>Each field is {@link PatchField#absent() absent} (unchanged), {@code null} or a new value ({@code
 * [[transport_and_format_patch]]}). A PATCH may not set a field that {@link Session} requires to {@code null}.
 * {@code charging_periods} is the exception to "replace": the ChargingPeriods of a PATCH are added to the existing
 * ones, and an absent, empty or {@code null} list leaves them unchanged; replacing or removing ChargingPeriods takes a
 * PUT of the whole Session ({@code [[mod_sessions_patch_method]]}). {@link #applyTo(Session)} follows these rules.
 *
 * <pre>{@code
 * SessionPatch patch = SessionPatch.builder()
 *         .kwh(new BigDecimal("15.00"))
 *         .chargingPeriods(List.of(newPeriod))   // added to the Session's periods
 *         .totalCost(Price.of(new BigDecimal("0.80"), new BigDecimal("0.88")))
 *         .lastUpdated(Instant.now())
 *         .build();
 * Session updated = patch.applyTo(current);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <p>Specification: {@code [[mod_sessions_patch_method]]}.
 *
 * @param countryCode {@code country_code}: ISO-3166 alpha-2 country code of the CPO that 'owns' this Session.
 * @param partyId {@code party_id}: ID of the CPO that 'owns' this Session (following the ISO-15118 standard).
 * @param id {@code id}: The unique id that identifies the charging session in the CPO platform.
 * @param startDateTime {@code start_date_time}: The timestamp when the session became ACTIVE in the Charge Point.
 *     When the session is still PENDING, this field SHALL be set to the time the Session was created at the Charge
 *     Point. When a Session goes from PENDING to ACTIVE, this field SHALL be updated to the moment the Session went
 *     to ACTIVE in the Charge Point.
 * @param endDateTime {@code end_date_time}: The timestamp when the session was completed/finished, charging might
 *     have finished before the session ends, for example: EV is full, but parking cost also has to be paid.
 * @param kwh {@code kwh}: How many kWh were charged.
 * @param cdrToken {@code cdr_token}: Token used to start this charging session, including all the relevant
 *     information to identify the unique token.
 * @param authMethod {@code auth_method}: Method used for authentication. This might change during a session, for
 *     example when the session was started with a reservation: ReserveNow: {@code COMMAND}. When the driver arrives
 *     and starts charging using a Token that is whitelisted: {@code WHITELIST}.
 * @param authorizationReference {@code authorization_reference}: Reference to the authorization given by the eMSP.
 *     When the eMSP provided an {@code authorization_reference} in either: real-time authorization, StartSession or
 *     ReserveNow this field SHALL contain the same value. When different {@code authorization_reference} values have
 *     been given by the eMSP that are relevant to this Session, the last given value SHALL be used here.
 * @param locationId {@code location_id}: Location.id of the Location object of this CPO, on which the charging
 *     session is/was happening.
 * @param evseUid {@code evse_uid}: EVSE.uid of the EVSE of this Location on which the charging session is/was
 *     happening. Allowed to be set to: {@code #NA} when this session is created for a reservation, but no EVSE yet
 *     assigned to the driver.
 * @param connectorId {@code connector_id}: Connector.id of the Connector of this Location where the charging session
 *     is/was happening. Allowed to be set to: {@code #NA} when this session is created for a reservation, but no
 *     connector yet assigned to the driver.
 * @param meterId {@code meter_id}: Optional identification of the kWh meter.
 * @param currency {@code currency}: ISO 4217 code of the currency used for this session.
 * @param chargingPeriods {@code charging_periods}: Charging Periods to add to those of the Session; absent, empty or
 *     {@code null}: no change.
 * @param totalCost {@code total_cost}: The total cost of the session in the specified currency. This is the price
 *     that the eMSP will have to pay to the CPO. A total_cost of 0.00 means free of charge. When omitted, i.e. no
 *     price information is given in the Session object, it does not imply the session is/was free of charge.
 * @param status {@code status}: The status of the session.
 * @param lastUpdated {@code last_updated}: Timestamp when this Session was last updated (or created).
 */
public record SessionPatch(
        @JsonProperty("country_code") @NotNull @Size(max = 2) @CountryCode
        PatchField<CiString> countryCode,

        @JsonProperty("party_id") @NotNull @Size(max = 3) @PartyId
        PatchField<CiString> partyId,

        @JsonProperty("id") @NotNull @Size(max = 36) PatchField<CiString> id,
        @JsonProperty("start_date_time") @NotNull PatchField<Instant> startDateTime,
        @JsonProperty("end_date_time") PatchField<Instant> endDateTime,
        @JsonProperty("kwh") @NotNull PatchField<BigDecimal> kwh,
        @JsonProperty("cdr_token") @NotNull PatchField<@Valid CdrToken> cdrToken,
        @JsonProperty("auth_method") @NotNull PatchField<AuthMethod> authMethod,

        @JsonProperty("authorization_reference") @Size(max = 36)
        PatchField<CiString> authorizationReference,

        @JsonProperty("location_id") @NotNull @Size(max = 36)
        PatchField<CiString> locationId,

        @JsonProperty("evse_uid") @NotNull @Size(max = 36) PatchField<CiString> evseUid,

        @JsonProperty("connector_id") @NotNull @Size(max = 36)
        PatchField<CiString> connectorId,

        @JsonProperty("meter_id") @Size(max = 255) PatchField<String> meterId,

        @JsonProperty("currency") @NotNull @Size(max = 3) @CurrencyCode
        PatchField<String> currency,

        @JsonProperty("charging_periods") PatchField<List<@Valid ChargingPeriod>> chargingPeriods,
        @JsonProperty("total_cost") PatchField<@Valid Price> totalCost,
        @JsonProperty("status") @NotNull PatchField<SessionStatus> status,
        @JsonProperty("last_updated") @NotNull Instant lastUpdated) {

    /** Makes {@code null} fields absent. */
    public SessionPatch {
        countryCode = Patches.orAbsent(countryCode);
        partyId = Patches.orAbsent(partyId);
        id = Patches.orAbsent(id);
        startDateTime = Patches.orAbsent(startDateTime);
        endDateTime = Patches.orAbsent(endDateTime);
        kwh = Patches.orAbsent(kwh);
        cdrToken = Patches.orAbsent(cdrToken);
        authMethod = Patches.orAbsent(authMethod);
        authorizationReference = Patches.orAbsent(authorizationReference);
        locationId = Patches.orAbsent(locationId);
        evseUid = Patches.orAbsent(evseUid);
        connectorId = Patches.orAbsent(connectorId);
        meterId = Patches.orAbsent(meterId);
        currency = Patches.orAbsent(currency);
        chargingPeriods = Patches.orAbsent(chargingPeriods);
        totalCost = Patches.orAbsent(totalCost);
        status = Patches.orAbsent(status);
    }

    /**
     * Returns {@code session} with this PATCH applied: the fields it mentions replaced, the others kept, and its
     * ChargingPeriods added after those of {@code session} ({@code [[mod_sessions_patch_method]]}).
     */
    public Session applyTo(Session session) {
        return new Session(
                countryCode.applyTo(session.countryCode()),
                partyId.applyTo(session.partyId()),
                id.applyTo(session.id()),
                startDateTime.applyTo(session.startDateTime()),
                endDateTime.applyTo(session.endDateTime()),
                kwh.applyTo(session.kwh()),
                cdrToken.applyTo(session.cdrToken()),
                authMethod.applyTo(session.authMethod()),
                authorizationReference.applyTo(session.authorizationReference()),
                locationId.applyTo(session.locationId()),
                evseUid.applyTo(session.evseUid()),
                connectorId.applyTo(session.connectorId()),
                meterId.applyTo(session.meterId()),
                currency.applyTo(session.currency()),
                addChargingPeriods(session.chargingPeriods()),
                totalCost.applyTo(session.totalCost()),
                status.applyTo(session.status()),
                lastUpdated);
    }

    /**
     * Returns the existing ChargingPeriods followed by those of this PATCH: "When a PATCH request contains the {@code
     * charging_periods} field (inside a Session object), this SHALL be processed as a request to add all the
     * ChargingPeriod objects to the existing Session object. If the request {@code charging_periods} list is omitted
     * (or contains an empty list), no changes SHALL be made" ({@code [[mod_sessions_patch_method]]}). A {@code null}
     * list changes nothing either: removing ChargingPeriods takes a PUT.
     */
    private List<ChargingPeriod> addChargingPeriods(List<ChargingPeriod> existing) {
        List<ChargingPeriod> added = chargingPeriods.value().orElse(List.of());
        if (added.isEmpty()) {
            return existing;
        }
        List<ChargingPeriod> all = new ArrayList<>(existing.size() + added.size());
        all.addAll(existing);
        all.addAll(added);
        return all;
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds {@link SessionPatch} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder {
        private PatchField<CiString> countryCode = PatchField.absent();
        private PatchField<CiString> partyId = PatchField.absent();
        private PatchField<CiString> id = PatchField.absent();
        private PatchField<Instant> startDateTime = PatchField.absent();
        private PatchField<Instant> endDateTime = PatchField.absent();
        private PatchField<BigDecimal> kwh = PatchField.absent();
        private PatchField<CdrToken> cdrToken = PatchField.absent();
        private PatchField<AuthMethod> authMethod = PatchField.absent();
        private PatchField<CiString> authorizationReference = PatchField.absent();
        private PatchField<CiString> locationId = PatchField.absent();
        private PatchField<CiString> evseUid = PatchField.absent();
        private PatchField<CiString> connectorId = PatchField.absent();
        private PatchField<String> meterId = PatchField.absent();
        private PatchField<String> currency = PatchField.absent();
        private PatchField<List<ChargingPeriod>> chargingPeriods = PatchField.absent();
        private PatchField<Price> totalCost = PatchField.absent();
        private PatchField<SessionStatus> status = PatchField.absent();
        private @Nullable Instant lastUpdated;

        private Builder() {}

        private Builder(SessionPatch from) {
            countryCode = from.countryCode;
            partyId = from.partyId;
            id = from.id;
            startDateTime = from.startDateTime;
            endDateTime = from.endDateTime;
            kwh = from.kwh;
            cdrToken = from.cdrToken;
            authMethod = from.authMethod;
            authorizationReference = from.authorizationReference;
            locationId = from.locationId;
            evseUid = from.evseUid;
            connectorId = from.connectorId;
            meterId = from.meterId;
            currency = from.currency;
            chargingPeriods = from.chargingPeriods;
            totalCost = from.totalCost;
            status = from.status;
            lastUpdated = from.lastUpdated;
        }

        /** Sets {@link SessionPatch#countryCode()}. */
        public Builder countryCode(@Nullable CiString countryCode) {
            this.countryCode = PatchField.ofNullable(countryCode);
            return this;
        }

        /** Sets {@link SessionPatch#countryCode()} from its spelling. */
        public Builder countryCode(@Nullable String countryCode) {
            return countryCode(CiString.ofNullable(countryCode));
        }

        /** Sets {@link SessionPatch#partyId()}. */
        public Builder partyId(@Nullable CiString partyId) {
            this.partyId = PatchField.ofNullable(partyId);
            return this;
        }

        /** Sets {@link SessionPatch#partyId()} from its spelling. */
        public Builder partyId(@Nullable String partyId) {
            return partyId(CiString.ofNullable(partyId));
        }

        /** Sets {@link SessionPatch#id()}. */
        public Builder id(@Nullable CiString id) {
            this.id = PatchField.ofNullable(id);
            return this;
        }

        /** Sets {@link SessionPatch#id()} from its spelling. */
        public Builder id(@Nullable String id) {
            return id(CiString.ofNullable(id));
        }

        /** Sets {@link SessionPatch#startDateTime()}. */
        public Builder startDateTime(@Nullable Instant startDateTime) {
            this.startDateTime = PatchField.ofNullable(startDateTime);
            return this;
        }

        /** Sets {@link SessionPatch#endDateTime()}. */
        public Builder endDateTime(@Nullable Instant endDateTime) {
            this.endDateTime = PatchField.ofNullable(endDateTime);
            return this;
        }

        /** Sets {@link SessionPatch#kwh()}. */
        public Builder kwh(@Nullable BigDecimal kwh) {
            this.kwh = PatchField.ofNullable(kwh);
            return this;
        }

        /** Sets {@link SessionPatch#cdrToken()}. */
        public Builder cdrToken(@Nullable CdrToken cdrToken) {
            this.cdrToken = PatchField.ofNullable(cdrToken);
            return this;
        }

        /** Sets {@link SessionPatch#authMethod()}. */
        public Builder authMethod(@Nullable AuthMethod authMethod) {
            this.authMethod = PatchField.ofNullable(authMethod);
            return this;
        }

        /** Sets {@link SessionPatch#authorizationReference()}. */
        public Builder authorizationReference(@Nullable CiString authorizationReference) {
            this.authorizationReference = PatchField.ofNullable(authorizationReference);
            return this;
        }

        /** Sets {@link SessionPatch#authorizationReference()} from its spelling. */
        public Builder authorizationReference(@Nullable String authorizationReference) {
            return authorizationReference(CiString.ofNullable(authorizationReference));
        }

        /** Sets {@link SessionPatch#locationId()}. */
        public Builder locationId(@Nullable CiString locationId) {
            this.locationId = PatchField.ofNullable(locationId);
            return this;
        }

        /** Sets {@link SessionPatch#locationId()} from its spelling. */
        public Builder locationId(@Nullable String locationId) {
            return locationId(CiString.ofNullable(locationId));
        }

        /** Sets {@link SessionPatch#evseUid()}. */
        public Builder evseUid(@Nullable CiString evseUid) {
            this.evseUid = PatchField.ofNullable(evseUid);
            return this;
        }

        /** Sets {@link SessionPatch#evseUid()} from its spelling. */
        public Builder evseUid(@Nullable String evseUid) {
            return evseUid(CiString.ofNullable(evseUid));
        }

        /** Sets {@link SessionPatch#connectorId()}. */
        public Builder connectorId(@Nullable CiString connectorId) {
            this.connectorId = PatchField.ofNullable(connectorId);
            return this;
        }

        /** Sets {@link SessionPatch#connectorId()} from its spelling. */
        public Builder connectorId(@Nullable String connectorId) {
            return connectorId(CiString.ofNullable(connectorId));
        }

        /** Sets {@link SessionPatch#meterId()}. */
        public Builder meterId(@Nullable String meterId) {
            this.meterId = PatchField.ofNullable(meterId);
            return this;
        }

        /** Sets {@link SessionPatch#currency()}. */
        public Builder currency(@Nullable String currency) {
            this.currency = PatchField.ofNullable(currency);
            return this;
        }

        /** Sets {@link SessionPatch#chargingPeriods()}. */
        public Builder chargingPeriods(@Nullable List<ChargingPeriod> chargingPeriods) {
            this.chargingPeriods = PatchField.ofNullable(chargingPeriods);
            return this;
        }

        /** Sets {@link SessionPatch#totalCost()}. */
        public Builder totalCost(@Nullable Price totalCost) {
            this.totalCost = PatchField.ofNullable(totalCost);
            return this;
        }

        /** Sets {@link SessionPatch#status()}. */
        public Builder status(@Nullable SessionStatus status) {
            this.status = PatchField.ofNullable(status);
            return this;
        }

        /** Sets {@link SessionPatch#lastUpdated()}. */
        public Builder lastUpdated(@Nullable Instant lastUpdated) {
            this.lastUpdated = lastUpdated;
            return this;
        }

        /** Returns the {@link SessionPatch}. */
        public SessionPatch build() {
            return new SessionPatch(
                    countryCode,
                    partyId,
                    id,
                    startDateTime,
                    endDateTime,
                    kwh,
                    cdrToken,
                    authMethod,
                    authorizationReference,
                    locationId,
                    evseUid,
                    connectorId,
                    meterId,
                    currency,
                    chargingPeriods,
                    totalCost,
                    status,
                    lastUpdated);
        }
    }
}
