package io.github.ocpi4j.model.internal;

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
 * The OCPI {@code DateTime} type ({@code [[types_datetime_type]]}): RFC 3339 in UTC, {@code Z} optional,
 * fractional seconds allowed, string(25).
 */
public final class DateTimes {
    /** The forms the specification allows: {@code 2015-06-29T20:39:09Z}, with or without fraction and Z. */
    private static final Pattern OCPI = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z?");

    private static final DateTimeFormatter WRITER = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd'T'HH:mm:ss")
            .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
            .appendLiteral('Z')
            .toFormatter()
            .withZone(ZoneOffset.UTC);

    /** The longest DateTime the specification allows: string(25). */
    public static final int MAX_LENGTH = 25;

    private DateTimes() {}

    /** A DateTime as read: the instant, if the text could be understood at all, and the rule it breaks, if any. */
    public record Parsed(
            @Nullable Instant instant, @Nullable String violation) {}

    /**
     * Parses a DateTime. Text in the allowed forms gives an instant and no violation. Text with an offset
     * ({@code +01:00}) or longer than 25 characters still gives the instant it denotes, so no data is lost, with a
     * violation; anything else gives only a violation.
     */
    public static Parsed parse(String text) {
        if (OCPI.matcher(text).matches()) {
            String local = text.endsWith("Z") ? text.substring(0, text.length() - 1) : text;
            try {
                Instant instant = LocalDateTime.parse(local).toInstant(ZoneOffset.UTC);
                return new Parsed(instant, text.length() > MAX_LENGTH ? tooLong(text) : null);
            } catch (DateTimeParseException e) {
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
        return WRITER.format(nanos % 100_000 == 0 ? instant : instant.minusNanos(nanos % 100_000));
    }

    private static String invalid(String text) {
        return "DateTime: " + Formats.quote(text) + " is not an RFC 3339 UTC date-time like 2015-06-29T20:39:09Z";
    }

    private static String tooLong(String text) {
        return "DateTime: " + text.length() + " characters, at most " + MAX_LENGTH + " allowed (string(25))";
    }
}
