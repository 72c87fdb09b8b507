package io.github.ocpi4j.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Credentials tokens and their header, {@code [[transport_and_format_authorization_header]]}. */
class CredentialsTokensTest {

    @Test
    void generatedTokensArePrintableAsciiWithinString64AndDistinct() {
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String token = CredentialsTokens.generate();
            assertThat(token).hasSize(43).matches("[\\x21-\\x7E]+");
            tokens.add(token);
        }
        assertThat(tokens).hasSize(1000);
    }

    @Test
    void headerCarriesTheBase64OfTheTokenAsTheSpecificationShows() {
        assertThat(CredentialsTokens.header("example-token", false)).isEqualTo("Token ZXhhbXBsZS10b2tlbg==");
        assertThat(CredentialsTokens.header("example-token", true)).isEqualTo("Token example-token");
    }

    @Test
    void credentialIsWhatFollowsTokenInTheHeader() {
        assertThat(CredentialsTokens.credential("Token ZXhhbXBsZS10b2tlbg==")).contains("ZXhhbXBsZS10b2tlbg==");
        assertThat(CredentialsTokens.credential("token abc")).contains("abc");
        assertThat(CredentialsTokens.credential("Bearer abc")).isEmpty();
        assertThat(CredentialsTokens.credential("Token ")).isEmpty();
        assertThat(CredentialsTokens.credential(null)).isEmpty();
    }

    @Test
    void decodesBase64AndDropsTheLineBreakOfTheSpecificationsOwnExample() {
        assertThat(CredentialsTokens.decode("ZXhhbXBsZS10b2tlbgo=")).contains("example-token");
        assertThat(CredentialsTokens.decode("ZXhhbXBsZS10b2tlbg==")).contains("example-token");
        assertThat(CredentialsTokens.decode("not base64!")).isEmpty();
        assertThat(CredentialsTokens.decode("//79")).isEmpty(); // not UTF-8
    }
}
