package io.github.ocpi4j.server.v230;

import io.github.ocpi4j.model.v230.tariffs.Tariff;
import io.github.ocpi4j.server.PageRequest;
import io.github.ocpi4j.server.PageResult;
import io.github.ocpi4j.server.RequestContext;

/**
 * The OCPI 2.3.0 Tariffs Sender interface, typically a CPO's ({@code [[mod_tariffs_cpo_interface]]}): a partner
 * pulls the host's tariffs. Called from many threads at once.
 *
 * <p>The server calls it from the threads that serve requests, for concurrent requests concurrently: an
 * implementation must be thread-safe.
 */
public interface TariffsSenderService {

    /** Returns one page of the tariffs the requesting party may see, oldest first. */
    PageResult<Tariff> tariffs(RequestContext ctx, PageRequest page);
}
