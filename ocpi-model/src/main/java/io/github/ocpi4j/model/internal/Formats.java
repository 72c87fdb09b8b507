package io.github.ocpi4j.model.internal;

import io.github.ocpi4j.model.CiString;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The value formats the specification names, each as a check that returns {@code null} when the value is fine
 * and otherwise the rule it breaks. One implementation serves ocpi4j's own validation and the Jakarta constraint
 * validators alike.
 */
public final class Formats {
    private static final Set<String> ALPHA_2 = Set.of(Locale.getISOCountries());
    private static final Set<String> ALPHA_3 = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode)
            .collect(Collectors.toSet());
    private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

    /**
     * eMI3 EVSE ID, "Part 2: business objects": country code, optional {@code *}, 3-character operator id,
     * optional {@code *}, {@code E}, then the power outlet id of 1 to 31 characters ({@code
     * [[mod_locations_evse_object]]}).
     */
    public static final String EVSE_ID_REGEX = "[A-Za-z]{2}\\*?[A-Za-z0-9]{3}\\*?[Ee][A-Za-z0-9][A-Za-z0-9*]{0,30}";

    private static final Pattern PARTY_ID = Pattern.compile("[A-Za-z0-9]{3}");

    private Formats() {}

    /**
     * Returns whether a value is {@code #NA}, which a string field may hold when the data cannot be had ({@code
     * [[transport_and_format_not_available]]}); it passes every format check.
     */
    public static boolean isNotAvailable(CharSequence value) {
        return value.length() == 3 && "#NA".contentEquals(value);
    }

    /** ISO 3166-1 alpha-2, as in {@code country_code} (a CiString, so any case). */
    public static @Nullable String countryAlpha2(CharSequence value) {
        String v = value.toString().toUpperCase(Locale.ROOT);
        return ALPHA_2.contains(v) ? null : "ISO 3166-1 alpha-2: " + quote(value) + " is not a country code";
    }

    /**
     * ISO 3166-1 alpha-3, as in {@code Location.country}: upper case in a string, any case in a CiString (as in
     * {@code Terminal.country}).
     */
    public static @Nullable String countryAlpha3(CharSequence value) {
        return ALPHA_3.contains(code(value)) ? null : "ISO 3166-1 alpha-3: " + quote(value) + " is not a country code";
    }

    /** ISO 15118 party id: three letters or digits ({@code party_id} is a CiString, so any case). */
    public static @Nullable String partyId(CharSequence value) {
        return PARTY_ID.matcher(value).matches()
                ? null
                : "ISO 15118 party id: " + quote(value) + " is not 3 letters or digits";
    }

    /**
     * A party named by its country code and party id run together, five characters such as {@code DEHUB}, as in
     * {@code hub_party_id} of OCPI 2.3.0 ({@code [[credentials_credentials_object]]}); any case.
     */
    public static @Nullable String countryAndPartyId(CharSequence value) {
        boolean valid = value.length() == 5
                && countryAlpha2(value.subSequence(0, 2)) == null
                && partyId(value.subSequence(2, 5)) == null;
        return valid
                ? null
                : "country code and party id: " + quote(value)
                        + " is not an ISO 3166-1 alpha-2 code followed by 3 letters or digits";
    }

    /**
     * The id of an object addressed in URLs: one path segment, so neither empty nor {@code .} or {@code ..}, which
     * URL normalisation removes ({@code [[transport_and_format_client_owned_object_push]]}).
     */
    public static @Nullable String urlSegment(CharSequence value) {
        if (value.length() == 0) {
            return "URL segment: empty, but an id that forms a URL needs at least one character";
        }
        String s = value.toString();
        if (s.equals(".") || s.equals("..")) {
            return "URL segment: " + quote(s) + " cannot be addressed, URLs drop it as a dot segment";
        }
        return null;
    }

    /** ISO 4217 currency code: upper case in a string, any case in a CiString (as in a 2.3.0 Payments currency). */
    public static @Nullable String currency(CharSequence value) {
        return CURRENCIES.contains(code(value)) ? null : "ISO 4217: " + quote(value) + " is not a currency code";
    }

    /** Returns an upper-case code as its list spells it: a CiString upper-cased, a string as it is. */
    private static String code(CharSequence value) {
        return value instanceof CiString ? value.toString().toUpperCase(Locale.ROOT) : value.toString();
    }

    /** ISO 639-1 language code. */
    public static @Nullable String language(CharSequence value) {
        return value.length() == 2 && LANGUAGES.contains(value.toString().toLowerCase(Locale.ROOT))
                ? null
                : "ISO 639-1: " + quote(value) + " is not a language code";
    }

    /** IANA tzdata time zone name, such as {@code Europe/Oslo}. */
    public static @Nullable String timeZone(CharSequence value) {
        return ZONES.contains(value.toString()) ? null : "IANA time zone: " + quote(value) + " is not a time zone";
    }

    /** eMI3 EVSE ID. */
    public static @Nullable String evseId(CharSequence value) {
        return isEvseId(value)
                ? null
                : "eMI3 EVSE ID: " + quote(value) + " does not match <country>[*]<operator>[*]E<outlet>";
    }

    /** Whether a value matches {@link #EVSE_ID_REGEX}, checked by hand: it has no choices to backtrack over. */
    static boolean isEvseId(CharSequence s) {
        int n = s.length();
        if (n < 2 || !isLetter(s.charAt(0)) || !isLetter(s.charAt(1))) {
            return false;
        }
        int i = skip(s, 2, '*');
        for (int end = i + 3; i < end; i++) {
            if (i >= n || !isLetterOrDigit(s.charAt(i))) {
                return false;
            }
        }
        i = skip(s, i, '*');
        if (i + 1 >= n || (s.charAt(i) != 'E' && s.charAt(i) != 'e') || !isLetterOrDigit(s.charAt(i + 1))) {
            return false;
        }
        if (n - (i + 2) > 30) {
            return false;
        }
        for (i += 2; i < n; i++) {
            if (!isLetterOrDigit(s.charAt(i)) && s.charAt(i) != '*') {
                return false;
            }
        }
        return true;
    }

    private static int skip(CharSequence s, int i, char optional) {
        return i < s.length() && s.charAt(i) == optional ? i + 1 : i;
    }

    /**
     * Returns a hand-written check equivalent to a regex that the model's {@code @Pattern}s use on most objects, or
     * {@code null} for any other regex, which {@link java.util.regex} then matches.
     */
    public static @Nullable Predicate<CharSequence> handWritten(String regex) {
        return switch (regex) {
            case "([0-1][0-9]|2[0-3]):[0-5][0-9]" -> Formats::isTimeOfDay;
            case "-?[0-9]{1,2}\\.[0-9]{5,7}" -> s -> isDecimal(s, 2, 5, 7);
            case "-?[0-9]{1,3}\\.[0-9]{5,7}" -> s -> isDecimal(s, 3, 5, 7);
            default -> null;
        };
    }

    /** Whether a value is a time of day as OCPI writes it, {@code 13:30}: 24h, leading zeros. */
    public static boolean isTimeOfDay(CharSequence s) {
        if (s.length() != 5 || s.charAt(2) != ':') {
            return false;
        }
        char h1 = s.charAt(0);
        char h2 = s.charAt(1);
        char m1 = s.charAt(3);
        char m2 = s.charAt(4);
        return (((h1 == '0' || h1 == '1') && isDigit(h2)) || (h1 == '2' && h2 >= '0' && h2 <= '3'))
                && m1 >= '0'
                && m1 <= '5'
                && isDigit(m2);
    }

    /** {@code -?[0-9]{1,intDigits}\.[0-9]{minFraction,maxFraction}}. */
    private static boolean isDecimal(CharSequence s, int intDigits, int minFraction, int maxFraction) {
        int n = s.length();
        int i = n > 0 && s.charAt(0) == '-' ? 1 : 0;
        int start = i;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
        }
        if (i == start || i - start > intDigits || i >= n || s.charAt(i) != '.') {
            return false;
        }
        int fraction = ++i;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
        }
        return i == n && i - fraction >= minFraction && i - fraction <= maxFraction;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The URL type: an absolute URL ({@code [[types_url_type]]}). */
    public static @Nullable String url(CharSequence value) {
        if (isPlainHttpUrl(value)) {
            return null; // what java.net.URI accepts too, found without parsing it
        }
        try {
            URI uri = new URI(value.toString());
            if (uri.isAbsolute() && uri.getHost() != null) {
                return null;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        return "URL: " + quote(value) + " is not an absolute URL";
    }

    /**
     * Returns whether a value is an {@code http} or {@code https} URL of the plainest form, which {@link URI} always
     * takes for absolute with a host: a host name of letters, digits and inner hyphens whose last label starts with a
     * letter, an optional port, and a path of letters, digits and {@code /-._~}. Most URLs in OCPI data are; the
     * others are parsed.
     */
    static boolean isPlainHttpUrl(CharSequence s) {
        int n = s.length();
        int i;
        if (startsWith(s, "https://")) {
            i = 8;
        } else if (startsWith(s, "http://")) {
            i = 7;
        } else {
            return false;
        }
        char labelStart;
        while (true) { // a label: a letter or digit, then letters, digits and hyphens, not ending with a hyphen
            if (i >= n || !isLetterOrDigit(s.charAt(i))) {
                return false;
            }
            labelStart = s.charAt(i);
            while (i < n && (isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '-')) {
                i++;
            }
            if (s.charAt(i - 1) == '-') {
                return false;
            }
            if (i < n && s.charAt(i) == '.') {
                i++;
                continue;
            }
            break;
        }
        if (!isLetter(labelStart)) {
            return false; // the top label starts with a letter
        }
        if (i < n && s.charAt(i) == ':') {
            int port = ++i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
            }
            if (i == port) {
                return false;
            }
        }
        if (i < n && s.charAt(i) != '/') {
            return false;
        }
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (!isLetterOrDigit(c) && c != '/' && c != '-' && c != '.' && c != '_' && c != '~') {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(CharSequence s, String prefix) {
        if (s.length() < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (s.charAt(i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isLetterOrDigit(char c) {
        return isLetter(c) || (c >= '0' && c <= '9');
    }

    /** The string type: printable characters only ({@code [[types_string_type]]}). */
    public static @Nullable String printable(String value) {
        for (int i = 0, n = value.length(); i < n; i++) { // a String, not a CharSequence: this runs for every string
            char c = value.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) { // Character.isISOControl
                return printable((CharSequence) value);
            }
        }
        return null;
    }

    /** The string type: printable characters only ({@code [[types_string_type]]}). */
    public static @Nullable String printable(CharSequence value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c)) {
                return "string: control character " + codePoint(c) + " at index " + i
                        + ", only printable characters allowed";
            }
        }
        return null;
    }

    /** The CiString type: printable ASCII only ({@code [[types_cistring_type]]}). */
    public static @Nullable String printableAscii(CharSequence value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return "CiString: character " + codePoint(c) + " at index " + i + ", only printable ASCII allowed";
            }
        }
        return null;
    }

    /** Quotes a value for a message as a JSON string would, shortened to 40 characters. */
    public static String quote(CharSequence value) {
        String s = value.toString();
        s = s.length() > 40 ? s.substring(0, 37) + "..." : s;
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static String codePoint(char c) {
        return String.format(Locale.ROOT, "U+%04X", (int) c);
    }
}
