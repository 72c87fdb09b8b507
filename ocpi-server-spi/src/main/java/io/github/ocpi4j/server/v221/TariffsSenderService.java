package io.github.ocpi4j.server.v221;

import io.github.ocpi4j.model.v221.tariffs.Tariff;
import io.github.ocpi4j.server.PageRequest;
import io.github.ocpi4j.server.PageResult;
import io.github.ocpi4j.server.RequestContext;

/** The Tariffs Sender interface, typically a CPO's ({@code [[mod_tariffs_cpo_interface]]}): partners pull tariffs. *
 * <p>The server calls it from the threads that serve requests, for concurrent requests concurrently: an
 * implementation must be thread-safe.
 */
public interface TariffsSenderService {

    /** Returns one page of the tariffs the requesting party may see, oldest first. */
    PageResult<Tariff> tariffs(RequestContext ctx, PageRequest page);
}
