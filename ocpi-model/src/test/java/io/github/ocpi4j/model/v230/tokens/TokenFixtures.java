package io.github.ocpi4j.model.v230.tokens;

import java.time.Instant;

/** Valid OCPI 2.3.0 Tokens that tests of several modules build on. */
public final class TokenFixtures {
    private TokenFixtures() {}

    /** A Plug and Charge contract, as a vehicle presents it over ISO 15118: type {@code EMAID}, never whitelisted. */
    public static Token emaid() {
        return Token.builder()
                .countryCode("DE")
                .partyId("8AA")
                .uid("DE8AA001234567")
                .type(TokenType.EMAID)
                .contractId("DE-8AA-C00123456-7")
                .issuer("Example Mobility")
                .valid(true)
                .whitelist(WhitelistType.NEVER)
                .lastUpdated(Instant.parse("2025-03-01T09:00:00Z"))
                .build();
    }
}
