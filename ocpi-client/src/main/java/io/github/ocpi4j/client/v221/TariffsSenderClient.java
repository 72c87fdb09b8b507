package io.github.ocpi4j.client.v221;

import io.github.ocpi4j.client.ListQuery;
import io.github.ocpi4j.client.Page;
import io.github.ocpi4j.client.internal.ModuleCalls;
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
public final class TariffsSenderClient {

    private final ModuleCalls calls;

    TariffsSenderClient(ModuleCalls calls) {
        this.calls = calls;
    }

    /** Returns one page of tariffs. */
    public Page<Tariff> page(ListQuery query) {
        return calls.page(query, Tariff.class);
    }

    /** Returns the page at a previous page's {@link Page#nextUrl()}. */
    public Page<Tariff> page(String url) {
        return calls.pageAt(url, Tariff.class);
    }

    /** Returns every tariff of every page, fetched as the stream is consumed. */
    public Stream<Tariff> stream(ListQuery query) {
        return calls.stream(query, Tariff.class);
    }
}
