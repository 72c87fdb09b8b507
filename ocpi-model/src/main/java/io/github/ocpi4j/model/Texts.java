package io.github.ocpi4j.model;

/**
 * Makes text of unknown origin (values a partner sent, messages of exceptions) fit for a field of the string type
 * ({@code [[types_string_type]]}): printable and bounded in length. The server applies it to every status message it
 * writes; {@code DisplayTexts.safe} builds on it for display texts.
 *
 * <pre>{@code
 * String message = Texts.printable("unknown id " + idFromPartner, 255);
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class Texts {
    private Texts() {}

    /**
     * Returns the text with each control character (line breaks and tabs included) replaced by a space, and cut to
     * at most {@code max} characters, the last of them then an ellipsis ({@code …}).
     *
     * @param max the most characters the result may have; at least 1
     */
    public static String printable(String text, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1, was " + max);
        }
        StringBuilder s = null;
        for (int i = 0, n = text.length(); i < n; i++) {
            if (Character.isISOControl(text.charAt(i))) {
                if (s == null) {
                    s = new StringBuilder(text);
                }
                s.setCharAt(i, ' ');
            }
        }
        String clean = s == null ? text : s.toString();
        if (clean.length() <= max) {
            return clean;
        }
        int end = max - 1;
        if (end > 0 && Character.isHighSurrogate(clean.charAt(end - 1))) {
            end--; // never half a character
        }
        return clean.substring(0, end) + '…';
    }
}
