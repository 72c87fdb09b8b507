package io.github.ocpi4j.model.v230.types;

import io.github.ocpi4j.model.Texts;
import java.util.regex.Pattern;

/**
 * Puts text that may break the rules of a {@link DisplayText} into one safely: a message that quotes what a partner
 * sent, or anything else not written by you.
 *
 * <pre>{@code
 * // a location id may hold "<b>": in a DisplayText that would be markup, and the answer would be refused
 * DisplayText why = DisplayTexts.safe("en", "unknown location " + command.locationId());
 * }</pre>
 *
 * <p>{@link DisplayText#of(String, String)} keeps the text as given, and validation refuses text that breaks the
 * rules ({@code [[types_displaytext_class]]}): ocpi4j's server then answers OCPI 3000 instead. {@link #safe} mends
 * the text instead. Thread-safe.
 */
public final class DisplayTexts {
    /** The most characters a DisplayText's text may have. */
    public static final int MAX_LENGTH = 512;

    /** The opening of an HTML or XML tag or comment: {@code <} before a letter, {@code /} or {@code !}. */
    private static final Pattern TAG_OPENING = Pattern.compile("<(?=[A-Za-z/!])");

    private DisplayTexts() {}

    /**
     * Returns the text in this language, mended to be valid: control characters (line breaks, tabs) become
     * spaces, a space after {@code <} keeps what would open a tag from being markup ({@code <b>} becomes {@code < b>}),
     * and text longer than {@value #MAX_LENGTH} characters is cut, ending in an ellipsis ({@code …}).
     *
     * @param language the ISO 639-1 language code, such as {@code en}; not mended
     * @param text the text, of any origin
     */
    public static DisplayText safe(String language, String text) {
        String unmarked = TAG_OPENING.matcher(text).replaceAll("< ");
        return DisplayText.of(language, Texts.printable(unmarked, MAX_LENGTH));
    }
}
