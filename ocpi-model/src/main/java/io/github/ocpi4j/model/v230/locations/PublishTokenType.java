package io.github.ocpi4j.model.v230.locations;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.constraints.CrossFieldRules;
import io.github.ocpi4j.model.constraints.RuleReporter;
import io.github.ocpi4j.model.v230.tokens.TokenType;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A token, or a group of tokens, whose holders may see a {@link Location} that is not published to everyone. At
 * least one of {@code uid}, {@code visual_number} and {@code group_id} must be set; {@code uid} needs {@code type},
 * and {@code visual_number} needs {@code issuer}.
 *
 * <p>Specification: {@code [[mod_locations_publish_token_class]]}.
 *
 * @param uid {@code uid}: the token's unique id, at most 36 characters.
 * @param type {@code type}: the kind of token; required with {@code uid}.
 * @param visualNumber {@code visual_number}: the number or text printed on the token (an RFID card, say); at most 64
 *     characters.
 * @param issuer {@code issuer}: the company that issued the token, usually the name printed on it and not always the
 *     eMSP; required with {@code visual_number}, at most 64 characters.
 * @param groupId {@code group_id}: an id shared by tokens that act as one; at most 36 characters.
 */
@GenerateBuilder
public record PublishTokenType(
        @JsonProperty("uid") @Size(max = 36) @Nullable CiString uid,
        @JsonProperty("type") @Nullable TokenType type,

        @JsonProperty("visual_number") @Size(max = 64) @Nullable
        String visualNumber,

        @JsonProperty("issuer") @Size(max = 64) @Nullable String issuer,
        @JsonProperty("group_id") @Size(max = 36) @Nullable CiString groupId)
        implements CrossFieldRules {
    /**
     * Checks that at least one of {@code uid}, {@code visual_number} and {@code group_id} is set, that
     * {@code type} is set with {@code uid}, and {@code issuer} with {@code visual_number} ({@code
     * [[mod_locations_publish_token_class]]}).
     */
    @Override
    public void checkCrossFieldRules(RuleReporter reporter) {
        if (uid == null && visualNumber == null && groupId == null) {
            reporter.report("uid", "one of uid, visual_number or group_id is required");
        }
        if (uid != null && type == null) {
            reporter.report("type", "required when uid is set");
        }
        if (visualNumber != null && issuer == null) {
            reporter.report("issuer", "required when visual_number is set");
        }
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link PublishTokenType} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends PublishTokenTypeBuilderBase {
        private Builder() {}
    }
}
