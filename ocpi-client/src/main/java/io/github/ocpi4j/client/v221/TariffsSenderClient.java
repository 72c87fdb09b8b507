package io.github.ocpi4j.client.v221;

import io.github.ocpi4j.client.ListQuery;
import io.github.ocpi4j.client.Page;
import io.github.ocpi4j.client.internal.Access;
import io.github.ocpi4j.client.internal.Pager;
import io.github.ocpi4j.client.internal.Transport;
import io.github.ocpi4j.model.v221.tariffs.Tariff;
import java.util.stream.Stream;

/**
 * The partner's Tariffs Sender interface, typically a CPO's ({@code [[mod_tariffs_cpo_interface]]}): the tariffs it
 * charges this side's customers.
 *
 * <pre>{@code
 * List<Tariff> tariffs = partner.v221().tariffsSender().stream(ListQuery.all()).toList();
 * }</pre>
 */
public final class TariffsSenderClient extends ModuleClient {

    TariffsSenderClient(Transport transport, Pager pager, Access access, String endpoint) {
        super(transport, pager, access, endpoint);
    }

    /** Returns one page of tariffs. */
    public Page<Tariff> page(ListQuery query) {
        return page(query, Tariff.class);
    }

    /** Returns the page at a previous page's {@link Page#nextUrl()}. */
    public Page<Tariff> page(String url) {
        return pageAt(url, Tariff.class);
    }

    /** Returns every tariff of every page, fetched as the stream is consumed. */
    public Stream<Tariff> stream(ListQuery query) {
        return stream(query, Tariff.class);
    }
}
