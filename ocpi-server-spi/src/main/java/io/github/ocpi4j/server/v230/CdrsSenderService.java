package io.github.ocpi4j.server.v230;

import io.github.ocpi4j.model.v230.cdrs.CDR;
import io.github.ocpi4j.server.PageRequest;
import io.github.ocpi4j.server.PageResult;
import io.github.ocpi4j.server.RequestContext;

/**
 * The OCPI 2.3.0 CDRs Sender interface, typically a CPO's ({@code [[mod_cdrs_cpo_interface]]}): a partner pulls
 * the CDRs of its own drivers. A CDR is the eMSP's of its {@code cdr_token}; ocpi4j holds back, and logs, any CDR
 * the host returns that is not the requesting party's. Called from many threads at once.
 *
 * <p>The server calls it from the threads that serve requests, for concurrent requests concurrently: an
 * implementation must be thread-safe.
 */
public interface CdrsSenderService {

    /** Returns one page of the requesting party's CDRs, oldest first. */
    PageResult<CDR> cdrs(RequestContext ctx, PageRequest page);
}
