package io.github.ocpi4j.model.v221.commands;

import io.github.ocpi4j.model.v221.tokens.Token;
import io.github.ocpi4j.model.v221.tokens.TokenType;
import io.github.ocpi4j.model.v221.tokens.WhitelistType;
import java.time.Instant;

/** Valid objects that the command tests build on. */
final class CommandFixtures {
    static final String RESPONSE_URL = "https://emsp.example.com/ocpi/2.2.1/commands/START_SESSION/1234";

    /** The JSON of {@link #token()}. */
    static final String TOKEN_JSON = """
            {"country_code": "DE", "party_id": "TNM", "uid": "12345678905880", "type": "APP_USER",
             "contract_id": "DE8ACC12E46L89", "issuer": "TheNewMotion", "valid": true,
             "whitelist": "ALLOWED", "last_updated": "2024-04-01T10:00:00Z"}""";

    private CommandFixtures() {}

    static Token token() {
        return Token.builder()
                .countryCode("DE")
                .partyId("TNM")
                .uid("12345678905880")
                .type(TokenType.APP_USER)
                .contractId("DE8ACC12E46L89")
                .issuer("TheNewMotion")
                .valid(true)
                .whitelist(WhitelistType.ALLOWED)
                .lastUpdated(Instant.parse("2024-04-01T10:00:00Z"))
                .build();
    }
}
