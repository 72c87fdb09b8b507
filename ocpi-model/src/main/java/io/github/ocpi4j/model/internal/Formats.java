package io.github.ocpi4j.model.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;
import java.util.Set;
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

    private static final Pattern EVSE_ID = Pattern.compile(EVSE_ID_REGEX);
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

    /** ISO 3166-1 alpha-3, as in {@code Location.country}. */
    public static @Nullable String countryAlpha3(CharSequence value) {
        return ALPHA_3.contains(value.toString())
                ? null
                : "ISO 3166-1 alpha-3: " + quote(value) + " is not a country code";
    }

    /** ISO 15118 party id: three letters or digits ({@code party_id} is a CiString, so any case). */
    public static @Nullable String partyId(CharSequence value) {
        return PARTY_ID.matcher(value).matches()
                ? null
                : "ISO 15118 party id: " + quote(value) + " is not 3 letters or digits";
    }

    /** ISO 4217 currency code. */
    public static @Nullable String currency(CharSequence value) {
        return CURRENCIES.contains(value.toString()) ? null : "ISO 4217: " + quote(value) + " is not a currency code";
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
        return EVSE_ID.matcher(value).matches()
                ? null
                : "eMI3 EVSE ID: " + quote(value) + " does not match <country>[*]<operator>[*]E<outlet>";
    }

    /** The URL type: an absolute URL ({@code [[types_url_type]]}). */
    public static @Nullable String url(CharSequence value) {
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
