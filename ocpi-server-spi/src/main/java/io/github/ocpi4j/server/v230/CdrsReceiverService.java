package io.github.ocpi4j.server.v230;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.v230.cdrs.CDR;
import io.github.ocpi4j.server.RequestContext;
import io.github.ocpi4j.server.Stored;
import java.util.Optional;

/**
 * The OCPI 2.3.0 CDRs Receiver interface, typically an eMSP's ({@code [[mod_cdrs_emsp_interface]]}): a partner
 * posts each final CDR once, and may read it back at the URL ocpi4j answers in the {@code Location} header. ocpi4j
 * has checked that the CDR's country code and party id are the poster's own. Called from many threads at once.
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
