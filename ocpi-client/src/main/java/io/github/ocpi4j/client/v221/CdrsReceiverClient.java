package io.github.ocpi4j.client.v221;

import io.github.ocpi4j.client.OcpiUnreadableResponseException;
import io.github.ocpi4j.client.internal.Access;
import io.github.ocpi4j.client.internal.Pager;
import io.github.ocpi4j.client.internal.Reply;
import io.github.ocpi4j.client.internal.Transport;
import io.github.ocpi4j.model.Violation;
import io.github.ocpi4j.model.v221.cdrs.CDR;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * The partner's CDRs Receiver interface, typically an eMSP's ({@code [[mod_cdrs_emsp_interface]]}): this side posts
 * each final CDR once and gets the URL where the partner keeps it.
 *
 * <pre>{@code
 * String stored = partner.v221().cdrsReceiver().post(cdr);      // from the Location header
 * Optional<CDR> check = partner.v221().cdrsReceiver().cdr(stored);
 * }</pre>
 */
public final class CdrsReceiverClient extends ModuleClient {

    CdrsReceiverClient(Transport transport, Pager pager, Access access, String endpoint) {
        super(transport, pager, access, endpoint);
    }

    /**
     * Posts a new CDR and returns the absolute URL of the partner's copy, from the {@code Location} header. Not
     * retried: a POST that may have arrived is not sent twice.
     *
     * @throws OcpiUnreadableResponseException if the response has no {@code Location} header
     */
    public String post(CDR cdr) {
        String url = url();
        Reply<Void> reply = send("POST", url, valid(cdr), false);
        String location = reply.headers().get("Location");
        HttpUrl resolved = location == null ? null : HttpUrl.get(url).resolve(location);
        if (resolved == null) {
            throw new OcpiUnreadableResponseException(
                    reply.httpStatus(),
                    List.of(new Violation("Location", "header required: the URL of the new CDR")),
                    "POST",
                    url,
                    reply.requestId(),
                    reply.correlationId());
        }
        return resolved.toString();
    }

    /** Returns the CDR at a URL a {@link #post(CDR)} returned. */
    public Optional<CDR> cdr(String url) {
        return find(url, CDR.class);
    }
}
