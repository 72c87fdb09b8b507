package io.github.ocpi4j.examples.emsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.v221.tokens.Token;
import io.github.ocpi4j.model.v221.tokens.TokenType;
import io.github.ocpi4j.model.v221.tokens.WhitelistType;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class SampleTokensTest {
    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
    /** An eMA id of eMI3: country code, provider id, {@code C} and 8 digits, optionally a check character. */
    private static final String EMA_ID = "[A-Z]{2}-[A-Z0-9]{3}-C[0-9]{8}(-[A-Z0-9])?";

    private static List<Token> tokens(String countryCode, String partyId) {
        return SampleTokens.create(countryCode, partyId, NOW).stream()
                .map(OwnToken::token)
                .toList();
    }

    private static long count(List<Token> tokens, Predicate<Token> which) {
        return tokens.stream().filter(which).count();
    }

    @Test
    void sampleTokensAreValidOcpiWithUniqueUidsAndEmaContractIds() {
        List<Token> tokens = tokens("NL", "EMS");

        assertThat(tokens).hasSize(SampleTokens.COUNT).hasSizeGreaterThanOrEqualTo(50);
        assertThat(tokens).allSatisfy(token -> {
            assertThat(OcpiJson.instance().validate(token))
                    .as(token.uid().value())
                    .isEmpty();
            assertThat(token.contractId().value()).matches(EMA_ID);
            assertThat(token.countryCode().value()).isEqualTo("NL");
            assertThat(token.partyId().value()).isEqualTo("EMS");
        });
        assertThat(tokens.stream().map(t -> t.uid().value()).distinct()).hasSize(SampleTokens.COUNT);
        assertThat(tokens.stream().map(t -> t.contractId().value()).distinct()).hasSize(SampleTokens.COUNT);
    }

    @Test
    void sampleTokensMixTypesWhitelistsAndValidity() {
        List<Token> tokens = tokens("NL", "EMS");

        assertThat(count(tokens, t -> t.type().equals(TokenType.RFID))).isEqualTo(40);
        assertThat(count(tokens, t -> t.type().equals(TokenType.APP_USER))).isEqualTo(15);
        assertThat(count(tokens, t -> !t.valid())).isEqualTo(3);
        assertThat(tokens).extracting(Token::whitelist).contains(WhitelistType.values());
        assertThat(tokens)
                .filteredOn(t -> t.type().equals(TokenType.APP_USER))
                .extracting(Token::whitelist)
                .containsOnly(WhitelistType.NEVER);
    }

    @Test
    void namedSampleTokensAreOfTheirKind() {
        List<OwnToken> own = SampleTokens.create("NL", "EMS", NOW);
        Predicate<OwnToken> fleet = t -> !t.onlyAt().isEmpty();
        Predicate<OwnToken> expired = t -> t.contractEnd() != null;

        assertThat(own)
                .filteredOn(t -> t.token().uid().equalsIgnoreCase(SampleTokens.RFID_FLEET))
                .singleElement()
                .matches(fleet)
                .satisfies(t -> assertThat(t.onlyAt())
                        .extracting(Object::toString)
                        .containsExactly(SampleTokens.FLEET_LOCATION_ID));
        assertThat(own)
                .filteredOn(t -> t.token().uid().equalsIgnoreCase(SampleTokens.RFID_EXPIRED))
                .singleElement()
                .matches(expired)
                .matches(t -> t.contractEnd().isBefore(NOW));
        assertThat(own)
                .filteredOn(t -> t.token().uid().equalsIgnoreCase(SampleTokens.RFID_BLOCKED))
                .singleElement()
                .matches(t -> !t.token().valid());
        assertThat(own)
                .filteredOn(t -> t.token().uid().equalsIgnoreCase(SampleTokens.RFID_VALID)
                        || t.token().uid().equalsIgnoreCase(SampleTokens.APP_USER))
                .hasSize(2)
                .allMatch(t -> t.token().valid()
                        && fleet.negate().test(t)
                        && expired.negate().test(t));
        assertThat(own).filteredOn(fleet).hasSize(3);
        assertThat(own).filteredOn(expired).hasSize(3);
    }

    @Test
    void sampleTokensAreTheSameEveryTimeAndBelongToTheConfiguredParty() {
        List<Token> abc = tokens("DE", "AB1");

        assertThat(abc).isEqualTo(tokens("DE", "AB1"));
        assertThat(abc.get(0).contractId().value()).isEqualTo("DE-AB1-C00000001");
        assertThat(abc)
                .allMatch(t ->
                        t.countryCode().equalsIgnoreCase("DE") && t.partyId().equalsIgnoreCase("AB1"));
        assertThat(abc.get(SampleTokens.COUNT - 1).lastUpdated()).isEqualTo(NOW.minusSeconds(3600));
    }

    @Test
    void partyMustBeACountryCodeAndAPartyId() {
        assertThatThrownBy(() -> Emsp.builder().party("NLD", "EMS"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("countryCode");
        assertThatThrownBy(() -> Emsp.builder().party("NL", "em"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("partyId");
    }
}
