package io.github.ocpi4j.model.v230.tokens;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.v230.types.DisplayText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The answer of an eMSP to a real-time authorization request of a Token: whether it may charge, and where.
 *
 * <p>{@code location} comes back only when the request carried one and the driver may charge at it, and then names
 * only the EVSEs open to this driver.
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
 * @param allowed {@code allowed}: the verdict: may the Token charge (at the requested Location); required.
 * @param token {@code token}: the full Token that was authorized (or refused); required.
 * @param location {@code location}: present only if the request named a Location and the driver may charge there;
 *     then lists just the permitted EVSEs. Optional.
 * @param authorizationReference {@code authorization_reference}: the eMSP's reference for this authorization, at most
 *     36 characters; optional. When set, the CPO copies it into the Session and CDR that follow.
 * @param info {@code info}: a message for the driver, to show at the Charge Point; optional.
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
