package io.github.ocpi4j.model;

import org.jspecify.annotations.Nullable;

/**
 * The OCPI {@code CiString} type: a case-insensitive string of printable ASCII ({@code [[types_cistring_type]]}).
 *
 * <p>Two CiStrings are equal when they are equal ignoring ASCII case, and their hash codes agree with that, so
 * {@code CiString.of("loc1")} finds {@code CiString.of("LOC1")} in a map. The original spelling is kept: {@link
 * #toString()} and the JSON form return it exactly as it was read or created.
 *
 * <pre>{@code
 * CiString id = CiString.of("Loc-1");
 * id.equals(CiString.of("LOC-1"));   // true
 * id.toString();                     // "Loc-1"
 * }</pre>
 *
 * <p>Creating a CiString never fails; whether its characters are printable ASCII and its length fits the
 * field's {@code CiString(n)} is checked by validation ({@link OcpiJson#validate(Object)}), so that a partner's
 * bad value is reported with its field path. Instances are immutable and thread-safe.
 */
public final class CiString implements CharSequence, Comparable<CiString> {
    private final String value;
    private int hash;

    private CiString(String value) {
        this.value = value;
    }

    /** Returns the CiString with this spelling. */
    public static CiString of(String value) {
        if (value == null) {
            throw new NullPointerException("value");
        }
        return new CiString(value);
    }

    /** Returns the CiString with this spelling, or {@code null} for {@code null}. */
    public static @Nullable CiString ofNullable(@Nullable String value) {
        return value == null ? null : new CiString(value);
    }

    /** Returns the value in its original spelling. */
    public String value() {
        return value;
    }

    /** Returns whether this value equals {@code other} ignoring ASCII case. */
    public boolean equalsIgnoreCase(@Nullable String other) {
        return other != null && asciiEqualsIgnoreCase(value, other);
    }

    /** Returns whether every character is printable ASCII ({@code ' '} to {@code '~'}), as the type requires. */
    public boolean isPrintableAscii() {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int length() {
        return value.length();
    }

    @Override
    public char charAt(int index) {
        return value.charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return value.subSequence(start, end);
    }

    /** Orders ignoring ASCII case, consistent with {@link #equals(Object)}. */
    @Override
    public int compareTo(CiString other) {
        int n = Math.min(value.length(), other.value.length());
        for (int i = 0; i < n; i++) {
            int a = lower(value.charAt(i));
            int b = lower(other.value.charAt(i));
            if (a != b) {
                return a - b;
            }
        }
        return value.length() - other.value.length();
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return this == o || (o instanceof CiString other && asciiEqualsIgnoreCase(value, other.value));
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            for (int i = 0; i < value.length(); i++) {
                h = 31 * h + lower(value.charAt(i));
            }
            hash = h;
        }
        return h;
    }

    /** Returns the value in its original spelling. */
    @Override
    public String toString() {
        return value;
    }

    private static boolean asciiEqualsIgnoreCase(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            if (lower(a.charAt(i)) != lower(b.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int lower(char c) {
        return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
    }
}
