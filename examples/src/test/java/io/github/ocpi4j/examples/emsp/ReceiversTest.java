package io.github.ocpi4j.examples.emsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ocpi4j.client.OcpiHttpException;
import io.github.ocpi4j.client.v221.V221;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.OcpiStatusException;
import io.github.ocpi4j.model.v221.cdrs.CDR;
import io.github.ocpi4j.model.v221.locations.EVSE;
import io.github.ocpi4j.model.v221.locations.EVSEPatch;
import io.github.ocpi4j.model.v221.locations.Location;
import io.github.ocpi4j.model.v221.locations.Status;
import io.github.ocpi4j.model.v221.sessions.Session;
import io.github.ocpi4j.model.v221.tariffs.Tariff;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What a CPO pushes to the eMSP's Receiver interfaces over loopback, and what the eMSP keeps of it. */
class ReceiversTest {
    private static final Instant T0 = Instant.parse("2024-05-01T08:00:00Z");

    private final Emsp emsp = Emsp.builder().start(new InetSocketAddress("127.0.0.1", 0));
    private final PreRegisteredCpo cpo = new PreRegisteredCpo(emsp);
    private final V221 pushTo = cpo.emsp;

    @AfterEach
    void close() {
        cpo.close();
        emsp.close();
    }

    @Test
    void locationIsKeptAndItsEvseStatusPatched() {
        Location location = CpoObjects.location("LOC1", T0);
        pushTo.locationsReceiver().put(location);

        Instant later = T0.plusSeconds(60);
        pushTo.locationsReceiver()
                .patchEvse(
                        "NL",
                        "CPO",
                        "LOC1",
                        "3256",
                        EVSEPatch.builder()
                                .status(Status.CHARGING)
                                .lastUpdated(later)
                                .build());

        Location kept = emsp.locations().get(0);
        assertThat(emsp.locations()).hasSize(1);
        assertThat(kept.evses().get(0).status()).isEqualTo(Status.CHARGING);
        assertThat(kept.evses().get(0).lastUpdated()).isEqualTo(later);
        assertThat(kept.lastUpdated()).isEqualTo(later);
        assertThat(kept.evses().get(1)).isEqualTo(location.evses().get(1));
        assertThat(pushTo.locationsReceiver().location("NL", "CPO", "LOC1")).contains(kept);
    }

    @Test
    void evseOfAnUnknownLocationIsRefusedAndNotReceived() {
        EVSE evse = CpoObjects.location("LOC1", T0).evses().get(0);

        OcpiHttpException unknown = catchThrowableOfType(
                OcpiHttpException.class, () -> pushTo.locationsReceiver().putEvse("NL", "CPO", "NOPE", evse));

        assertThat(unknown.httpStatus()).isEqualTo(404);
        assertThat(emsp.locations()).isEmpty();
        assertThat(emsp.received()).isEmpty();
    }

    @Test
    void sessionPatchAddsItsChargingPeriodsToTheSession() {
        Session session = CpoObjects.session("S1", T0);
        pushTo.sessionsReceiver().put(session);

        pushTo.sessionsReceiver().patch("NL", "CPO", "S1", CpoObjects.secondPeriod());

        Session kept = emsp.sessions().get(0);
        assertThat(kept.chargingPeriods()).hasSize(2);
        assertThat(kept.chargingPeriods().get(0))
                .isEqualTo(session.chargingPeriods().get(0));
        assertThat(kept.chargingPeriods().get(1).startDateTime()).isEqualTo(Instant.parse("2024-05-01T09:30:00Z"));
        assertThat(kept.kwh()).isEqualByComparingTo("7.5");
        assertThat(kept.lastUpdated()).isEqualTo(Instant.parse("2024-05-01T09:30:00Z"));
        assertThat(pushTo.sessionsReceiver().session("NL", "CPO", "S1")).contains(kept);
    }

    @Test
    void postedCdrIsReadAtTheUrlAnsweredAndCannotBeReplaced() {
        CDR cdr = CpoObjects.cdr("CDR1", T0);

        String url = pushTo.cdrsReceiver().post(cdr);
        String again = pushTo.cdrsReceiver().post(cdr);
        OcpiStatusException replaced = catchThrowableOfType(
                OcpiStatusException.class,
                () -> pushTo.cdrsReceiver().post(cdr.toBuilder().remark("other").build()));

        assertThat(url).isEqualTo(emsp.server().v221Urls().endpointUrl("cdrs", "RECEIVER") + "/NL/CPO/CDR1");
        assertThat(again).isEqualTo(url);
        assertThat(pushTo.cdrsReceiver().cdr(url)).contains(cdr);
        assertThat(replaced.statusCode().code()).isEqualTo(2001);
        assertThat(replaced.statusMessage()).contains("CDR1", "cannot be replaced");
        assertThat(emsp.cdrs()).containsExactly(cdr);
    }

    @Test
    void tariffIsReplacedAndDeleted() {
        Tariff tariff = CpoObjects.tariff("T1", T0);
        pushTo.tariffsReceiver().put(tariff);
        Tariff replaced = tariff.toBuilder()
                .currency("USD")
                .lastUpdated(T0.plusSeconds(1))
                .build();
        pushTo.tariffsReceiver().put(replaced);

        assertThat(emsp.tariffs()).containsExactly(replaced);

        pushTo.tariffsReceiver().delete("NL", "CPO", "T1");

        assertThat(emsp.tariffs()).isEmpty();
        assertThat(pushTo.tariffsReceiver().tariff("NL", "CPO", "T1")).isEmpty();
    }

    @Test
    void receivedListsEveryPushInTheOrderReceived() {
        pushTo.locationsReceiver().put(CpoObjects.location("LOC1", T0));
        pushTo.tariffsReceiver().put(CpoObjects.tariff("T1", T0));
        pushTo.sessionsReceiver().put(CpoObjects.session("S1", T0));
        pushTo.sessionsReceiver().patch("NL", "CPO", "S1", CpoObjects.secondPeriod());
        pushTo.locationsReceiver()
                .patchEvse(
                        "NL",
                        "CPO",
                        "LOC1",
                        "3257",
                        EVSEPatch.builder()
                                .status(Status.BLOCKED)
                                .lastUpdated(T0)
                                .build());
        pushTo.cdrsReceiver().post(CpoObjects.cdr("CDR1", T0));
        pushTo.tariffsReceiver().delete("NL", "CPO", "T1");

        assertThat(emsp.received())
                .extracting(Received::toString)
                .containsExactly(
                        "PUT locations NL/CPO/LOC1",
                        "PUT tariffs NL/CPO/T1",
                        "PUT sessions NL/CPO/S1",
                        "PATCH sessions NL/CPO/S1",
                        "PATCH locations NL/CPO/LOC1/3257",
                        "POST cdrs NL/CPO/CDR1",
                        "DELETE tariffs NL/CPO/T1");
    }

    @Test
    void evsesPushedConcurrentlyIntoOneLocationAreAllKept() throws Exception {
        Location location = CpoObjects.location("LOC1", T0);
        pushTo.locationsReceiver().put(location);
        EVSE template = location.evses().get(0);
        int pushes = 16;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        try {
            for (int i = 0; i < pushes; i++) {
                EVSE evse = template.toBuilder().uid("E" + i).build();
                done.add(pool.submit(() -> {
                    go.await();
                    pushTo.locationsReceiver().putEvse("NL", "CPO", "LOC1", evse);
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> push : done) {
                push.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(emsp.locations().get(0).evses())
                .extracting(EVSE::uid)
                .hasSize(2 + pushes)
                .contains(CiString.of("E0"), CiString.of("E" + (pushes - 1)));
        assertThat(emsp.received()).hasSize(1 + pushes);
    }
}
