package io.github.ocpi4j.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ocpi4j.model.v221.locations.Location;
import io.github.ocpi4j.model.v221.tokens.Token;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What one read may hold, whatever the document: at most {@value OcpiJson#MAX_VIOLATIONS} violations listed, and no
 * more array elements than the reader accepts.
 */
class OcpiJsonLimitsTest {
    private static final OcpiType<List<Token>> TOKENS = OcpiType.listOf(Token.class);
    private static final OcpiType<OcpiResponse<List<Token>>> PAGE = OcpiType.responseOfList(Token.class);

    private final OcpiJson json = OcpiJson.instance();

    /** A JSON array of {@code count} copies of {@code element}. */
    private static String array(int count, String element) {
        return "[" + String.join(",", java.util.Collections.nCopies(count, element)) + "]";
    }

    private static String page(String data) {
        return "{\"status_code\":1000,\"timestamp\":\"2024-05-01T08:00:00Z\",\"data\":" + data + "}";
    }

    @Test
    void aReadListsAThousandViolationsAndCountsTheRestInALastOne() {
        int perToken = json.read("{}", Token.class).violations().size(); // its required fields

        ReadResult<List<Token>> result = json.read(array(400, "{}"), TOKENS);

        long found = 400L * perToken;
        assertThat(result.violations()).hasSize(OcpiJson.MAX_VIOLATIONS + 1);
        assertThat(result.violations().get(0)).isEqualTo(new Violation("[0].country_code", "required"));
        assertThat(result.violations().get(OcpiJson.MAX_VIOLATIONS))
                .isEqualTo(new Violation("$", (found - OcpiJson.MAX_VIOLATIONS) + " more violations not listed"));
        assertThat(result.violationCount()).isEqualTo(found);
        assertThat(result.value())
                .hasValueSatisfying(tokens -> assertThat(tokens).hasSize(400));
        assertThat(result.isWellFormed()).isTrue();
        assertThatThrownBy(result::get)
                .isInstanceOfSatisfying(
                        OcpiValidationException.class,
                        e -> assertThat(e.violations()).hasSize(OcpiJson.MAX_VIOLATIONS + 1));
    }

    @Test
    void aThousandViolationsAreListedWithoutACount() {
        int perToken = json.read("{}", Token.class).violations().size();
        int tokens = OcpiJson.MAX_VIOLATIONS / perToken;
        String uncounted = array(tokens, "{}");

        ReadResult<List<Token>> result = json.read(uncounted, TOKENS);

        assertThat(result.violations())
                .hasSize(tokens * perToken)
                .allSatisfy(v -> assertThat(v.path()).isNotEqualTo("$"));
        assertThat(result.violationCount()).isEqualTo(tokens * perToken);
    }

    @Test
    void whenReadingAloneFindsMoreThanAThousandTheValueIsNotCheckedFurther() {
        // each uid of the wrong type is found while reading; the other required fields would be found by checking
        ReadResult<List<Token>> result = json.read(array(1200, "{\"uid\":1}"), TOKENS);

        assertThat(result.violations()).hasSize(OcpiJson.MAX_VIOLATIONS + 1);
        assertThat(result.violations().get(0))
                .isEqualTo(new Violation("[0].uid", "type: expected a string, was a number"));
        assertThat(result.violations().get(999))
                .isEqualTo(new Violation("[999].uid", "type: expected a string, was a number"));
        assertThat(result.violations().get(OcpiJson.MAX_VIOLATIONS))
                .isEqualTo(new Violation(
                        "$",
                        "200 more violations not listed, all found while reading; the value was not checked further"));
        assertThat(result.violationCount()).isEqualTo(1200);
    }

    @Test
    void checkingStillLeavesOutWhatLiesBelowAProblemOfReading() {
        ReadResult<List<Token>> result = json.read(array(2, "{\"uid\":1}"), TOKENS);

        assertThat(result.violations())
                .contains(new Violation("[1].uid", "type: expected a string, was a number"))
                .doesNotContain(new Violation("[1].uid", "required"))
                .contains(new Violation("[1].party_id", "required"));
    }

    @Test
    void aReaderWithAnElementLimitStopsAtTheFirstElementBeyondItAndSaysWhere() {
        OcpiJson limited = json.withMaxElements(5);

        ReadResult<OcpiResponse<List<Token>>> result = limited.read(page(array(6, "{}")), PAGE);

        assertThat(result.isLimitReached()).isTrue();
        assertThat(result.isWellFormed()).isFalse();
        assertThat(result.value()).isEmpty();
        assertThat(result.violations())
                .containsExactly(new Violation(
                        "data[5]",
                        "limit: more than 5 array elements in the document (all arrays together), the most this read"
                                + " accepts; reading stopped here"));
        assertThat(result.violationCount()).isEqualTo(1);
        assertThatThrownBy(result::get).isInstanceOf(OcpiFormatException.class);
    }

    @Test
    void aDocumentAtTheElementLimitIsReadAsAlways() {
        OcpiJson limited = json.withMaxElements(6);

        ReadResult<OcpiResponse<List<Token>>> result = limited.read(page(array(6, "{}")), PAGE);

        assertThat(result.isLimitReached()).isFalse();
        assertThat(result.isWellFormed()).isTrue();
        assertThat(result.value()).hasValueSatisfying(p -> assertThat(p.data()).hasSize(6));
    }

    @Test
    void theElementsOfAllArraysCountTogetherStringsIncluded() {
        String location = """
                {"evses":[{"connectors":[{"tariff_ids":["T1","T2"]},{}]},{"connectors":[{}]}],"x":[1,2,3,4,5,6]}""";
        // evses[0], its connectors[0], the two tariff ids, its connectors[1], evses[1], ...: the unknown x not at all

        assertThat(json.withMaxElements(7).read(location, Location.class).isLimitReached())
                .isFalse();
        assertThat(json.withMaxElements(6).read(location, Location.class).violations())
                .last()
                .satisfies(v -> assertThat(v.path()).isEqualTo("evses[1].connectors[0]"));
        assertThat(json.withMaxElements(3).read(location, Location.class).violations())
                .last()
                .satisfies(v -> assertThat(v.path()).isEqualTo("evses[0].connectors[0].tariff_ids[1]"));
    }

    @Test
    void theProblemsFoundBeforeTheLimitAreKeptBeforeIt() {
        ReadResult<List<Token>> result = json.withMaxElements(2).read(array(3, "{\"uid\":1}"), TOKENS);

        assertThat(result.violations()).extracting(Violation::path).containsExactly("[0].uid", "[1].uid", "[2]");
    }

    @Test
    void readingStopsAtTheLimitWithoutReadingTheRestOfTheStream() {
        byte[] bytes = page(array(1_000_000, "{}")).getBytes(StandardCharsets.UTF_8);
        CountingStream in = new CountingStream(bytes);

        ReadResult<OcpiResponse<List<Token>>> result =
                json.withMaxElements(1_000).read(in, PAGE);

        assertThat(result.isLimitReached()).isTrue();
        assertThat(in.read).isLessThan(bytes.length / 10);
    }

    @Test
    void theElementLimitIsAtLeastOne() {
        assertThatThrownBy(() -> json.withMaxElements(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxElements must be at least 1, was 0");
    }

    /** An input stream that counts the bytes taken from it. */
    private static final class CountingStream extends InputStream {
        private final ByteArrayInputStream in;
        private long read;

        CountingStream(byte[] bytes) {
            this.in = new ByteArrayInputStream(bytes);
        }

        @Override
        public int read() {
            int b = in.read();
            read += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            int n = in.read(b, off, len);
            read += Math.max(n, 0);
            return n;
        }
    }
}
