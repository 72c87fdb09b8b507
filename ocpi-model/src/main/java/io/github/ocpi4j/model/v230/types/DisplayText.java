package io.github.ocpi4j.model.v230.types;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.ocpi4j.model.GenerateBuilder;
import io.github.ocpi4j.model.constraints.CrossFieldRules;
import io.github.ocpi4j.model.constraints.LanguageCode;
import io.github.ocpi4j.model.constraints.RuleReporter;
import io.github.ocpi4j.model.internal.Formats;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text to show to an end user, in one language.
 *
 * <p>Lists of DisplayText give the same text in several languages. The text is plain: markup such as HTML is not
 * allowed, and validation rejects a text that holds an HTML or XML tag.
 *
 * <pre>{@code
 * DisplayText text = DisplayText.of("en", "Standard Tariff");
 * }</pre>
 *
 * <p>Specification: {@code [[types_displaytext_class]]}.
 *
 * @param language {@code language}: the text's language, an ISO 639-1 code; required.
 * @param text {@code text}: plain text for a person to read, without HTML or other markup, at most 512 characters;
 *     required.
 */
@GenerateBuilder
public record DisplayText(
        @JsonProperty("language") @NotNull @Size(max = 2) @LanguageCode
        String language,

        @JsonProperty("text") @NotNull @Size(max = 512) String text)
        implements CrossFieldRules {
    /** An HTML or XML tag or comment: {@code <b>}, {@code </p>}, {@code <br/>}, {@code <a href="...">}, {@code <!--}. */
    private static final Pattern TAG = Pattern.compile("<(?:!--|/?[A-Za-z][A-Za-z0-9:-]*(?:\\s[^<>]*)?/?>)");

    /** Returns the text in this language. */
    public static DisplayText of(String language, String text) {
        return new DisplayText(language, text);
    }

    /** Checks that {@code text} holds no markup: no HTML or XML tag ({@code [[types_displaytext_class]]}). */
    @Override
    public void checkCrossFieldRules(RuleReporter reporter) {
        if (text != null && text.indexOf('<') >= 0) { // every tag starts with one
            Matcher tag = TAG.matcher(text);
            if (tag.find()) {
                reporter.report("text", "no markup allowed, found " + Formats.quote(tag.group()));
            }
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

    /** Builds {@link DisplayText} objects; {@link #build()} does not validate. Not thread-safe. */
    public static final class Builder extends DisplayTextBuilderBase {
        private Builder() {}
    }
}
