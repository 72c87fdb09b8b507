package io.github.ocpi4j.server.v221;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.v221.cdrs.CDR;
import io.github.ocpi4j.server.RequestContext;
import io.github.ocpi4j.server.Stored;
import java.util.Optional;

/**
 * The CDRs Receiver interface, typically an eMSP's ({@code [[mod_cdrs_emsp_interface]]}): partners post each final
 * CDR once. ocpi4j answers with a {@code Location} header holding the CDR's URL below this endpoint, where the
 * partner can GET it.
 *
 * <p>The server calls it from the threads that serve requests, for concurrent requests concurrently: an
 * implementation must be thread-safe.
 */
public interface CdrsReceiverService {

    /** Returns a CDR as this side stored it, or empty (HTTP 404). */
    Optional<CDR> cdr(RequestContext ctx, CiString countryCode, CiString partyId, CiString cdrId);

    /**
     * Stores a new CDR. CDRs cannot be replaced: a host that already holds this CDR answers {@link Stored#UPDATED}
     * if it is the same one sent again, or throws {@link io.github.ocpi4j.model.OcpiStatusException} with 2001 if it
     * differs.
     */
    Stored postCdr(RequestContext ctx, CDR cdr);
}
