package io.github.ocpi4j.client;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Credentials tokens and the {@code Authorization} header that carries them ({@code
 * [[transport_and_format_authorization_header]]}): {@code Authorization: Token <base64 of the token>}.
 *
 * <pre>{@code
 * String token = CredentialsTokens.generate();        // 256 random bits, 43 URL-safe characters
 * request.header("Authorization", CredentialsTokens.header(token, false));
 * }</pre>
 */
public final class CredentialsTokens {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "Token ";

    private CredentialsTokens() {}

    /**
     * Returns a new token of 256 random bits from a {@link SecureRandom}, in 43 characters of URL-safe Base64:
     * printable non-whitespace ASCII, as {@code [[credentials_credentials_object]]} asks, within its string(64).
     */
    public static String generate() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * Returns the value of the {@code Authorization} header for a token: {@code Token } and the Base64 of its UTF-8
     * bytes, or the token itself for partners that expect the plain form of older platforms.
     */
    public static String header(String token, boolean plain) {
        return PREFIX + (plain ? token : Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Returns what follows {@code Token } in an {@code Authorization} header, as sent: Base64 for conforming
     * platforms, the plain token for some older ones.
     */
    public static Optional<String> credential(String headerValue) {
        if (headerValue == null
                || headerValue.length() <= PREFIX.length()
                || !headerValue.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return Optional.empty();
        }
        String credential = headerValue.substring(PREFIX.length()).trim();
        return credential.isEmpty() ? Optional.empty() : Optional.of(credential);
    }

    /**
     * Returns the token a Base64 credential decodes to, if it is valid Base64 of UTF-8 text. Trailing line breaks
     * are dropped: tokens hold no whitespace, but the specification's own example encodes one.
     */
    public static Optional<String> decode(String credential) {
        try {
            byte[] bytes = Base64.getDecoder().decode(credential);
            String token = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString()
                    .stripTrailing();
            return token.isEmpty() ? Optional.empty() : Optional.of(token);
        } catch (IllegalArgumentException | CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
