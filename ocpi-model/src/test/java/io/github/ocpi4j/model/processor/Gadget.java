package io.github.ocpi4j.model.processor;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.GeneratePatch;
import io.github.ocpi4j.model.PatchAppends;
import io.github.ocpi4j.model.internal.Lists;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A record of the tests' own, with one component of each kind the processor treats apart, from which it writes
 * {@code GadgetBuilderBase}, {@code GadgetPatch} and {@code GadgetPatchBuilderBase}.
 *
 * @param id {@code id}: a required CiString of at most 8 characters.
 * @param name {@code name}: an optional string of at most 5 characters.
 * @param parts {@code parts}: at least one part, each checked in depth.
 * @param tags {@code tags}: tags of at most 3 characters each.
 * @param log {@code log}: lines that a PATCH adds to.
 * @param owner {@code owner}: an optional part, checked in depth.
 * @param lastUpdated {@code last_updated}: when the gadget last changed.
 */
@GenerateBuilder
@GeneratePatch
public record Gadget(
        @JsonProperty("id") @NotNull @Size(max = 8) CiString id,
        @JsonProperty("name") @Size(max = 5) @Nullable String name,
        @JsonProperty("parts") @NotEmpty List<@Valid Part> parts,
        @JsonProperty("tags") List<@Size(max = 3) String> tags,
        @JsonProperty("log") @PatchAppends List<String> log,
        @JsonProperty("owner") @Valid @Nullable Part owner,
        @JsonProperty("last_updated") @NotNull Instant lastUpdated) {

    /** Copies the lists; {@code null} becomes empty. */
    public Gadget {
        parts = Lists.copyOf(parts);
        tags = Lists.copyOf(tags);
        log = Lists.copyOf(log);
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder().from(this);
    }

    /** Builds {@link Gadget} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends GadgetBuilderBase {
        private Builder() {}
    }
}
