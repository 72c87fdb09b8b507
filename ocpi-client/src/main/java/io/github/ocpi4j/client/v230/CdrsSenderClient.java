package io.github.ocpi4j.client.v230;

import io.github.ocpi4j.client.ListQuery;
import io.github.ocpi4j.client.Page;
import io.github.ocpi4j.client.internal.ModuleCalls;
import io.github.ocpi4j.model.v230.cdrs.CDR;
import java.util.stream.Stream;

/**
 * The partner's CDRs Sender interface, typically a CPO's ({@code [[mod_cdrs_cpo_interface]]}): the charge detail
 * records of this side's customers.
 *
 * <pre>{@code
 * partner.v230().cdrsSender().stream(ListQuery.all().dateFrom(lastSync)).forEach(billing::add);
 * }</pre>
 */
public final class CdrsSenderClient {

    private final ModuleCalls calls;

    CdrsSenderClient(ModuleCalls calls) {
        this.calls = calls;
    }

    /** Returns one page of CDRs. */
    public Page<CDR> page(ListQuery query) {
        return calls.page(query, CDR.class);
    }

    /** Returns the page at a previous page's {@link Page#nextUrl()}. */
    public Page<CDR> page(String url) {
        return calls.pageAt(url, CDR.class);
    }

    /** Returns every CDR of every page, fetched as the stream is consumed. */
    public Stream<CDR> stream(ListQuery query) {
        return calls.stream(query, CDR.class);
    }
}
