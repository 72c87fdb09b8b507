package io.github.ocpi4j.client.v230;

import io.github.ocpi4j.client.internal.ModuleCalls;
import io.github.ocpi4j.model.v230.tariffs.Tariff;
import java.util.Optional;

/**
 * The partner's Tariffs Receiver interface, typically an eMSP's ({@code [[mod_tariffs_emsp_interface]]}): this side
 * pushes and removes its tariffs.
 *
 * <pre>{@code
 * partner.v230().tariffsReceiver().put(tariff);
 * partner.v230().tariffsReceiver().delete("NL", "TNM", "12");
 * }</pre>
 */
public final class TariffsReceiverClient {

    private final ModuleCalls calls;

    TariffsReceiverClient(ModuleCalls calls) {
        this.calls = calls;
    }

    /** Returns a tariff as the partner stored it. */
    public Optional<Tariff> tariff(String countryCode, String partyId, String tariffId) {
        return calls.find(calls.url(countryCode, partyId, tariffId), Tariff.class);
    }

    /** Pushes a new or replaced tariff, to the URL of its country code, party id and id. */
    public void put(Tariff tariff) {
        Tariff checked = calls.valid(tariff);
        calls.send("PUT", calls.url(checked.countryCode(), checked.partyId(), checked.id()), checked, true);
    }

    /** Removes a tariff that is no longer used. */
    public void delete(String countryCode, String partyId, String tariffId) {
        calls.send("DELETE", calls.url(countryCode, partyId, tariffId), null, true);
    }
}
