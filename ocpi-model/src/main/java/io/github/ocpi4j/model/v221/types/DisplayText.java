package io.github.ocpi4j.model.v221.types;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.constraints.LanguageCode;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A text to show to a person, in one language ({@code [[types_displaytext_class]]}).
 *
 * <pre>{@code
 * DisplayText text = DisplayText.of("en", "Standard Tariff");
 * }</pre>
 *
 * @param language Language Code ISO 639-1.
 * @param text Text to be displayed to an end user. No markup, html etc. allowed.
 */
public record DisplayText(
        @JsonProperty("language") @NotNull @Size(max = 2) @LanguageCode
        String language,

        @JsonProperty("text") @NotNull @Size(max = 512) String text) {

    /** Returns the text in this language. */
    public static DisplayText of(String language, String text) {
        return new DisplayText(language, text);
    }

    /** Returns a new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding this object's values. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds {@link DisplayText} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder {
        private @Nullable String language;
        private @Nullable String text;

        private Builder() {}

        private Builder(DisplayText from) {
            language = from.language;
            text = from.text;
        }

        /** Sets {@link DisplayText#language()}. */
        public Builder language(@Nullable String language) {
            this.language = language;
            return this;
        }

        /** Sets {@link DisplayText#text()}. */
        public Builder text(@Nullable String text) {
            this.text = text;
            return this;
        }

        /** Returns the {@link DisplayText}. */
        public DisplayText build() {
            return new DisplayText(language, text);
        }
    }
}
