package io.github.ocpi4j.model.v221.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.ReadResult;
import io.github.ocpi4j.model.Violation;
import io.github.ocpi4j.model.v221.types.DisplayText;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link AuthorizationInfo} and {@link LocationReferences} ({@code [[mod_tokens_authorizationinfo_object]]}, {@code
 * [[mod_tokens_locationreferences_class]]}).
 */
class AuthorizationInfoTest {
    private static final OcpiJson JSON = OcpiJson.instance();

    private static LocationReferences location() {
        return LocationReferences.builder()
                .locationId("LOC1")
                .evseUids(List.of(CiString.of("3256"), CiString.of("3257")))
                .build();
    }

    private static AuthorizationInfo.Builder info(AllowedType allowed) {
        return AuthorizationInfo.builder().allowed(allowed).token(TokenTest.token());
    }

    @Test
    void allowedWithLocationIsValid() {
        AuthorizationInfo info = info(AllowedType.ALLOWED)
                .location(location())
                .authorizationReference("AUTH-4321")
                .info(DisplayText.of("en", "Welcome!"))
                .build();

        assertThat(JSON.validate(info)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(AllowedType.class)
    void answerWithoutLocationIsValidForEveryStatus(AllowedType allowed) {
        assertThat(JSON.validate(info(allowed).build())).isEmpty();
    }

    @Test
    void authorizationInfoWithoutAllowedAndTokenIsRejected() {
        assertThat(JSON.read("{\"authorization_reference\": \"AUTH-4321\"}", AuthorizationInfo.class)
                        .violations())
                .containsExactly(new Violation("allowed", "required"), new Violation("token", "required"));
    }

    @Test
    void violationsOfTheTokenAndTheLocationHaveTheirPaths() {
        AuthorizationInfo info = info(AllowedType.ALLOWED)
                .token(TokenTest.token().toBuilder().issuer(null).build())
                .location(LocationReferences.builder()
                        .evseUids(List.of(CiString.of("3256"), CiString.of("E".repeat(37))))
                        .build())
                .authorizationReference("A".repeat(37))
                .build();

        assertThat(JSON.validate(info))
                .containsExactly(
                        new Violation("token.issuer", "required"),
                        new Violation("location.location_id", "required"),
                        new Violation("location.evse_uids[1]", "CiString(36): 37 characters, at most 36 allowed"),
                        new Violation("authorization_reference", "CiString(36): 37 characters, at most 36 allowed"));
    }

    @Test
    void authorizationInfoIsReadWithItsWireNames() {
        String json = """
                {"allowed":"ALLOWED","token":%s,\
                "location":{"location_id":"LOC1","evse_uids":["3256","3257"]},\
                "authorization_reference":"AUTH-4321","info":{"language":"en","text":"Welcome!"}}""".formatted(JSON.writeString(TokenTest.token()));

        ReadResult<AuthorizationInfo> result = JSON.read(json, AuthorizationInfo.class);

        assertThat(result.violations()).isEmpty();
        assertThat(result.get())
                .isEqualTo(info(AllowedType.ALLOWED)
                        .location(location())
                        .authorizationReference("AUTH-4321")
                        .info(DisplayText.of("en", "Welcome!"))
                        .build());
        assertThat(JSON.writeString(result.get())).isEqualTo(json);
    }

    @Test
    void unknownAllowedTypeIsRejected() {
        String json = "{\"allowed\":\"MAYBE\",\"token\":%s}".formatted(JSON.writeString(TokenTest.token()));

        assertThat(JSON.read(json, AuthorizationInfo.class).violations())
                .containsExactly(new Violation(
                        "allowed",
                        "enum AllowedType: unknown value \"MAYBE\" (allowed: ALLOWED, BLOCKED, EXPIRED, NO_CREDIT,"
                                + " NOT_ALLOWED)"));
    }
}
