package io.github.ocpi4j.model.v230.tokens;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.internal.Lists;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Points at a Location and, optionally, some of its EVSEs.
 *
 * <p>The optional body of a real-time authorization request: the Location and EVSEs at which the Token is to be
 * authorized. An {@link AuthorizationInfo} returns it narrowed to the EVSEs where this driver may charge.
 *
 * <p>Specification: {@code [[mod_tokens_locationreferences_class]]}.
 *
 * @param locationId {@code location_id}: the CPO's id of the Location, at most 36 characters; required.
 * @param evseUids {@code evse_uids}: the CPO's {@code uid}s of EVSEs at that Location, each at most 36 characters;
 *     empty means none named.
 */
@GenerateBuilder
public record LocationReferences(
        @JsonProperty("location_id") @NotNull @Size(max = 36)
        CiString locationId,

        @JsonProperty("evse_uids") List<@Size(max = 36) CiString> evseUids) {

    /** Copies the lists; {@code null} becomes empty. */
    public LocationReferences {
        evseUids = Lists.copyOf(evseUids);
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link LocationReferences} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends LocationReferencesBuilderBase {
        private Builder() {}
    }
}
