package io.github.ocpi4j.client.v221;

import io.github.ocpi4j.client.ListQuery;
import io.github.ocpi4j.client.Page;
import io.github.ocpi4j.client.internal.Access;
import io.github.ocpi4j.client.internal.Pager;
import io.github.ocpi4j.client.internal.Transport;
import io.github.ocpi4j.model.v221.cdrs.CDR;
import java.util.stream.Stream;

/**
 * The partner's CDRs Sender interface, typically a CPO's ({@code [[mod_cdrs_cpo_interface]]}): the charge detail
 * records of this side's customers.
 *
 * <pre>{@code
 * partner.v221().cdrsSender().stream(ListQuery.all().dateFrom(lastSync)).forEach(billing::add);
 * }</pre>
 */
public final class CdrsSenderClient extends ModuleClient {

    CdrsSenderClient(Transport transport, Pager pager, Access access, String endpoint) {
        super(transport, pager, access, endpoint);
    }

    /** Returns one page of CDRs. */
    public Page<CDR> page(ListQuery query) {
        return page(query, CDR.class);
    }

    /** Returns the page at a previous page's {@link Page#nextUrl()}. */
    public Page<CDR> page(String url) {
        return pageAt(url, CDR.class);
    }

    /** Returns every CDR of every page, fetched as the stream is consumed. */
    public Stream<CDR> stream(ListQuery query) {
        return stream(query, CDR.class);
    }
}
