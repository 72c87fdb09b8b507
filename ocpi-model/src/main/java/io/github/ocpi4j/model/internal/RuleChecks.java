package io.github.ocpi4j.model.internal;

import io.github.ocpi4j.model.DateTimes;
import io.github.ocpi4j.model.constraints.RuleReporter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Checks behind the {@code CrossFieldRules} of objects that several versions of OCPI share, so that each version's
 * record states its rules in a line and the logic and the messages are written once.
 */
public final class RuleChecks {
    private RuleChecks() {}

    /**
     * Reports a charging rate with more than one digit after the decimal point; trailing zeros do not count, and
     * {@code null} passes ({@code [[mod_charging_profiles_charging_profile_period_class]]}).
     */
    public static void atMostOneDecimal(@Nullable BigDecimal rate, String field, RuleReporter reporter) {
        if (rate != null && rate.stripTrailingZeros().scale() > 1) {
            reporter.report(field, "must have at most one decimal place (like 8.1), was " + rate.toPlainString());
        }
    }

    /**
     * Reports each period that starts before the period before it: a period's start is where the previous one
     * stops ({@code [[mod_charging_profiles_charging_profile_class]]}). Periods without a start are passed over.
     *
     * @param starts the start of each period, in the list's order
     * @param list the JSON name of the list of periods
     * @param field the JSON name of a period's start
     */
    public static void periodsInOrder(
            List<@Nullable Integer> starts, String list, String field, RuleReporter reporter) {
        Integer previous = null;
        for (int i = 0; i < starts.size(); i++) {
            Integer start = starts.get(i);
            if (start == null) {
                continue;
            }
            if (previous != null && start < previous) {
                reporter.report(
                        list + "[" + i + "]." + field,
                        "must not be before the previous period's " + field + " (" + previous + "), was " + start);
            }
            previous = start;
        }
    }

    /**
     * Reports each element of a list whose key an earlier element has, naming the first such element. Elements
     * without a key (a {@code null} key, say for a missing field) are passed over; keys compare with {@code
     * equals}, so CiStrings ignore case.
     *
     * @param items the list's elements
     * @param key the values that must not repeat together, or {@code null}
     * @param list the JSON name of the list
     * @param rule what must be unique, such as {@code role, party_id and country_code must be unique}
     */
    public static <T> void unique(
            List<@Nullable T> items,
            Function<T, @Nullable List<?>> key,
            String list,
            String rule,
            RuleReporter reporter) {
        for (int i = 0; i < items.size(); i++) {
            List<?> current = keyOf(items.get(i), key);
            if (current == null) {
                continue;
            }
            for (int j = 0; j < i; j++) {
                if (current.equals(keyOf(items.get(j), key))) {
                    reporter.report(list + "[" + i + "]", rule + ", same as " + list + "[" + j + "]");
                    break;
                }
            }
        }
    }

    /**
     * Reports an end that is not later than its start: a span of time that ends when or before it begins holds no
     * time. Either value {@code null} passes.
     *
     * @param start the span's start
     * @param end the span's end
     * @param startField the JSON name of the start, named in the message
     * @param endField the JSON name of the end, where the fault is reported
     */
    public static void endsAfterStart(
            @Nullable Instant start, @Nullable Instant end, String startField, String endField, RuleReporter reporter) {
        if (start != null && end != null && !end.isAfter(start)) {
            reporter.report(endField, "must be later than " + startField + " (" + DateTimes.format(start) + ")");
        }
    }

    /**
     * Reports a lower bound that is more than its upper bound, such as a minimum power above the maximum. Either
     * value {@code null} passes.
     *
     * @param low the lower bound
     * @param high the upper bound
     * @param lowField the JSON name of the lower bound, where the fault is reported
     * @param highField the JSON name of the upper bound, named in the message
     */
    public static void notMoreThan(
            @Nullable BigDecimal low,
            @Nullable BigDecimal high,
            String lowField,
            String highField,
            RuleReporter reporter) {
        if (low != null && high != null && low.compareTo(high) > 0) {
            reporter.report(lowField, "must not be more than " + highField + " (" + high.toPlainString() + ")");
        }
    }

    private static <T> @Nullable List<?> keyOf(@Nullable T item, Function<T, @Nullable List<?>> key) {
        return item == null ? null : key.apply(item);
    }
}
