package io.github.ocpi4j.server.v221;

import io.github.ocpi4j.model.v221.cdrs.CDR;
import io.github.ocpi4j.server.PageRequest;
import io.github.ocpi4j.server.PageResult;
import io.github.ocpi4j.server.RequestContext;

/**
 * The CDRs Sender interface, typically a CPO's ({@code [[mod_cdrs_cpo_interface]]}): partners pull the CDRs of their
 * own customers. A CDR belongs to the eMSP of its {@code cdr_token}; ocpi4j withholds any other one and logs it.
 *
 * <p>The server calls it from the threads that serve requests, for concurrent requests concurrently: an
 * implementation must be thread-safe.
 */
public interface CdrsSenderService {

    /** Returns one page of the requesting party's CDRs, oldest first. */
    PageResult<CDR> cdrs(RequestContext ctx, PageRequest page);
}
