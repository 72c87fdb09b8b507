package io.github.ocpi4j.model;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The OCPI {@code DateTime} type ({@code [[types_datetime_type]]}) as text: RFC 3339 in UTC, {@code Z} optional,
 * fractional seconds allowed, at most 25 characters. {@link OcpiJson} reads and writes every {@link Instant} of the
 * model this way; use this class for DateTimes outside a JSON body, such as the {@code date_from} and {@code
 * date_to} query parameters of a list.
 *
 * <pre>{@code
 * DateTimes.Parsed parsed = DateTimes.parse(request.query("date_from"));
 * if (parsed.violation() != null) { ... }       // "DateTime: \"yesterday\" is not an RFC 3339 UTC date-time ..."
 * String text = DateTimes.format(Instant.now()); // "2024-01-01T12:00:00.1234Z"
 * }</pre>
 */
public final class DateTimes {
    /** The forms the specification allows: {@code 2015-06-29T20:39:09Z}, with or without fraction and Z. */
    static final Pattern OCPI = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z?");

    /** The formatter of every year; {@link #format} writes years 0 to 9999 without it. */
    static final DateTimeFormatter WRITER = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd'T'HH:mm:ss")
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .appendLiteral('Z')
            .toFormatter()
            .withZone(ZoneOffset.UTC);

    /** The longest DateTime the specification allows: string(25). */
    private static final int MAX_LENGTH = 25;

    private DateTimes() {}

    /**
     * A DateTime as read.
     *
     * @param instant the instant the text denotes, or {@code null} when it could not be understood at all
     * @param violation the rule the text breaks, in words that may be shown to the party that sent it, or {@code
     *     null} when it is a valid OCPI DateTime
     */
    public record Parsed(
            @Nullable Instant instant, @Nullable String violation) {}

    /**
     * Parses a DateTime. Text in the allowed forms gives an instant and no violation. Text with an offset
     * ({@code +01:00}) or longer than 25 characters still gives the instant it denotes, so no data is lost, with a
     * violation; anything else gives only a violation.
     */
    public static Parsed parse(String text) {
        if (hasOcpiForm(text)) { // what OCPI matches, without the regex engine and the java.time parser
            try {
                Instant instant = LocalDateTime.of(
                                number(text, 0, 4),
                                number(text, 5, 7),
                                number(text, 8, 10),
                                number(text, 11, 13),
                                number(text, 14, 16),
                                number(text, 17, 19),
                                nanos(text))
                        .toInstant(ZoneOffset.UTC);
                return new Parsed(instant, text.length() > MAX_LENGTH ? tooLong(text) : null);
            } catch (DateTimeException e) { // the form, but no such date or time: 2015-02-30, 24:00:00
                return new Parsed(null, invalid(text));
            }
        }
        try {
            return new Parsed(OffsetDateTime.parse(text).toInstant(), invalid(text) + " (+00:00 is not UTC)");
        } catch (DateTimeParseException e) {
            return new Parsed(null, invalid(text));
        }
    }

    /**
     * Formats an instant as OCPI writes it: UTC with {@code Z}, with as many fraction digits as it needs up to
     * the four that string(25) leaves room for; finer fractions are truncated.
     */
    public static String format(Instant instant) {
        int nanos = instant.getNano();
        Instant written = nanos % 100_000 == 0 ? instant : instant.minusNanos(nanos % 100_000);
        LocalDateTime t = LocalDateTime.ofEpochSecond(written.getEpochSecond(), written.getNano(), ZoneOffset.UTC);
        if (t.getYear() < 0 || t.getYear() > 9999) {
            return WRITER.format(written); // signs and five-digit years as the formatter writes them
        }
        StringBuilder s = new StringBuilder(MAX_LENGTH);
        digits(s, t.getYear(), 4).append('-');
        digits(s, t.getMonthValue(), 2).append('-');
        digits(s, t.getDayOfMonth(), 2).append('T');
        digits(s, t.getHour(), 2).append(':');
        digits(s, t.getMinute(), 2).append(':');
        digits(s, t.getSecond(), 2);
        if (t.getNano() != 0) { // the fraction without its trailing zeros, as WRITER writes it
            int fraction = t.getNano();
            int width = 9;
            while (fraction % 10 == 0) {
                fraction /= 10;
                width--;
            }
            digits(s.append('.'), fraction, width);
        }
        return s.append('Z').toString();
    }

    /** Appends a number of at most {@code width} digits with leading zeros. */
    private static StringBuilder digits(StringBuilder s, int value, int width) {
        for (int divisor = pow10(width - 1); divisor > 0; divisor /= 10) {
            s.append((char) ('0' + value / divisor % 10));
        }
        return s;
    }

    private static int pow10(int n) {
        int p = 1;
        for (int i = 0; i < n; i++) {
            p *= 10;
        }
        return p;
    }

    /** Whether text matches {@link #OCPI}: {@code 2015-06-29T20:39:09}, a fraction of 1 to 9 digits, {@code Z}. */
    static boolean hasOcpiForm(String text) {
        int n = text.length();
        if (n < 19
                || !digitsAt(text, 0, 4)
                || text.charAt(4) != '-'
                || !digitsAt(text, 5, 7)
                || text.charAt(7) != '-'
                || !digitsAt(text, 8, 10)
                || text.charAt(10) != 'T'
                || !digitsAt(text, 11, 13)
                || text.charAt(13) != ':'
                || !digitsAt(text, 14, 16)
                || text.charAt(16) != ':'
                || !digitsAt(text, 17, 19)) {
            return false;
        }
        int end = text.charAt(n - 1) == 'Z' ? n - 1 : n;
        if (end == 19) {
            return true;
        }
        return text.charAt(19) == '.' && end - 20 >= 1 && end - 20 <= 9 && digitsAt(text, 20, end);
    }

    private static boolean digitsAt(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (text.charAt(i) - '0');
        }
        return n;
    }

    /** The nanoseconds of a fraction of 1 to 9 digits after position 19, or 0 without one. */
    private static int nanos(String text) {
        if (text.length() <= 20 || text.charAt(19) != '.') {
            return 0;
        }
        int end = text.charAt(text.length() - 1) == 'Z' ? text.length() - 1 : text.length();
        return number(text, 20, end) * pow10(9 - (end - 20));
    }

    private static String invalid(String text) {
        return "DateTime: " + io.github.ocpi4j.model.internal.Formats.quote(text)
                + " is not an RFC 3339 UTC date-time like 2015-06-29T20:39:09Z";
    }

    private static String tooLong(String text) {
        return "DateTime: " + text.length() + " characters, at most " + MAX_LENGTH + " allowed (string(25))";
    }
}
