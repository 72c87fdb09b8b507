package io.github.ocpi4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OcpiStatusCodeTest {

    @Test
    void specificationCodesAreTheirConstants() {
        assertThat(OcpiStatusCode.of(1000)).isSameAs(OcpiStatusCode.SUCCESS);
        assertThat(OcpiStatusCode.of(2001)).isSameAs(OcpiStatusCode.INVALID_OR_MISSING_PARAMETERS);
        assertThat(OcpiStatusCode.of(2004)).isSameAs(OcpiStatusCode.UNKNOWN_TOKEN);
        assertThat(OcpiStatusCode.of(3003)).isSameAs(OcpiStatusCode.NO_MATCHING_ENDPOINTS);
        assertThat(OcpiStatusCode.of(4003)).isSameAs(OcpiStatusCode.CONNECTION_PROBLEM);
    }

    @Test
    void rangeTellsTheKindOfResult() {
        assertThat(OcpiStatusCode.SUCCESS.isSuccess()).isTrue();
        assertThat(OcpiStatusCode.UNKNOWN_LOCATION.isClientError()).isTrue();
        assertThat(OcpiStatusCode.UNSUPPORTED_VERSION.isServerError()).isTrue();
        assertThat(OcpiStatusCode.UNKNOWN_RECEIVER.isHubError()).isTrue();
        assertThat(OcpiStatusCode.UNKNOWN_RECEIVER.isSuccess()).isFalse();
    }

    @Test
    void customCodesAreKeptAndRecognised() {
        OcpiStatusCode custom = OcpiStatusCode.of(2901);

        assertThat(custom.code()).isEqualTo(2901);
        assertThat(custom.isCustom()).isTrue();
        assertThat(custom.isClientError()).isTrue();
        assertThat(custom).isEqualTo(OcpiStatusCode.of(2901));
        assertThat(custom.description()).isEqualTo("Custom client error");
        assertThat(OcpiStatusCode.of(2500).description()).isEqualTo("Unassigned client error");
    }

    @Test
    void codesOutsideTheFourRangesAreNotOcpiCodes() {
        assertThat(OcpiStatusCode.of(200).isInOcpiRange()).isFalse();
        assertThat(OcpiStatusCode.of(5000).isInOcpiRange()).isFalse();
        assertThat(OcpiStatusCode.of(200).description()).isEqualTo("Not an OCPI status code");
    }

    @Test
    void printsNumberAndDescription() {
        assertThat(OcpiStatusCode.INVALID_OR_MISSING_PARAMETERS).hasToString("2001 Invalid or missing parameters");
    }
}
