package io.github.ocpi4j.model.v221.tokens;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.v221.types.DisplayText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The answer of an eMSP to a real-time authorization request of a Token: whether it may charge, and where.
 *
 * <p>{@code location} is returned only when the request included one and the EV driver is allowed to charge there,
 * and then lists only the EVSEs the driver is allowed to charge at.
 *
 * <pre>{@code
 * AuthorizationInfo info = AuthorizationInfo.builder()
 *         .allowed(AllowedType.ALLOWED)
 *         .token(token)
 *         .location(LocationReferences.builder().locationId("LOC1").evseUids(List.of(CiString.of("3256"))).build())
 *         .authorizationReference("AUTH-4321")
 *         .info(DisplayText.of("en", "Welcome!"))
 *         .build();
 * List<Violation> problems = OcpiJson.instance().validate(info);   // empty for a valid token
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <p>Specification: {@code [[mod_tokens_authorizationinfo_object]]}.
 *
 * @param allowed {@code allowed}: Status of the Token, and whether charging is allowed at the optionally given
 *     location.
 * @param token {@code token}: The complete Token object for which this authorization was requested.
 * @param location {@code location}: Optional reference to the location if it was included in the request, and if the
 *     EV driver is allowed to charge at that location. Only the EVSEs the EV driver is allowed to charge at are
 *     returned.
 * @param authorizationReference {@code authorization_reference}: Reference to the authorization given by the eMSP,
 *     when given, this reference will be provided in the relevant Session and/or CDR.
 * @param info {@code info}: Optional display text, additional information to the EV driver.
 */
@GenerateBuilder
public record AuthorizationInfo(
        @JsonProperty("allowed") @NotNull AllowedType allowed,
        @JsonProperty("token") @NotNull @Valid Token token,
        @JsonProperty("location") @Valid @Nullable LocationReferences location,

        @JsonProperty("authorization_reference") @Size(max = 36) @Nullable
        CiString authorizationReference,

        @JsonProperty("info") @Valid @Nullable DisplayText info) {

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link AuthorizationInfo} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends AuthorizationInfoBuilderBase {
        private Builder() {}
    }
}
