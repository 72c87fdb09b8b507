package io.github.ocpi4j.client.v221;

import io.github.ocpi4j.client.OcpiUnreadableResponseException;
import io.github.ocpi4j.client.internal.ModuleCalls;
import io.github.ocpi4j.model.v221.cdrs.CDR;
import java.util.Optional;

/**
 * The partner's CDRs Receiver interface, typically an eMSP's ({@code [[mod_cdrs_emsp_interface]]}): this side posts
 * each final CDR once and gets the URL where the partner keeps it.
 *
 * <pre>{@code
 * String stored = partner.v221().cdrsReceiver().post(cdr);      // from the Location header
 * Optional<CDR> check = partner.v221().cdrsReceiver().cdr(stored);
 * }</pre>
 */
public final class CdrsReceiverClient {

    private final ModuleCalls calls;

    CdrsReceiverClient(ModuleCalls calls) {
        this.calls = calls;
    }

    /**
     * Posts a new CDR and returns the absolute URL of the partner's copy, from the {@code Location} header. Not
     * retried: a POST that may have arrived is not sent twice.
     *
     * @throws OcpiUnreadableResponseException if the response has no {@code Location} header
     */
    public String post(CDR cdr) {
        return calls.postForLocation(calls.valid(cdr), "the new CDR");
    }

    /** Returns the CDR at a URL a {@link #post(CDR)} returned. */
    public Optional<CDR> cdr(String url) {
        return calls.find(url, CDR.class);
    }
}
