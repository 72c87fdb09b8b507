package io.github.ocpi4j.server.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ocpi4j.client.OcpiClient;
import io.github.ocpi4j.client.RetryPolicy;
import io.github.ocpi4j.model.OcpiException;
import org.junit.jupiter.api.Test;

/**
 * The call back of the credentials handshake creates its client at the first handshake only, closes it when the server
 * closes, and leaves a client the host gave open.
 */
class CallBackTest {
    private static final String NOBODY = "http://127.0.0.1:1/versions";

    @Test
    void createsItsClientAtTheFirstCallBackAndClosesItWithTheServer() {
        CallBack callBack = new CallBack(null);
        assertThat(callBack.holdsClient()).isFalse();

        assertThatThrownBy(() -> callBack.connect(NOBODY, "token-b", false, "2.2.1"))
                .isInstanceOf(OcpiException.class);
        assertThat(callBack.holdsClient()).isTrue();

        callBack.close();

        assertThat(callBack.holdsClient()).isFalse();
        assertThatThrownBy(() -> callBack.connect(NOBODY, "token-b", false, "2.2.1"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void aClientTheHostGaveStaysOpenAndInUse() {
        try (OcpiClient hosts =
                OcpiClient.builder().retryPolicy(RetryPolicy.none()).build()) {
            CallBack callBack = new CallBack(hosts);

            callBack.close();

            assertThat(callBack.holdsClient()).isFalse();
            assertThatThrownBy(() -> callBack.connect(NOBODY, "token-b", false, "2.2.1"))
                    .isInstanceOf(OcpiException.class);
        }
    }
}
