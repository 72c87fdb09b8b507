package io.github.ocpi4j.client;

import io.github.ocpi4j.model.OcpiException;
import java.io.Serial;

/**
 * A crawl over the pages of a list stopped before the last page: the partner linked back to a page already
 * fetched, or on past the {@code X-Total-Count} it announced; or the crawl reached the client's page limit ({@link
 * OcpiClient.Builder#maxPages(int)}) or its deadline ({@link OcpiClient.Builder#listingTimeout}). The message says
 * which, with the limit's value. The objects before it were delivered; the list may be incomplete.
 */
public final class OcpiPagingException extends OcpiException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String url;
    private final int pages;

    /**
     * Creates the exception.
     *
     * @param message why the crawl stopped
     * @param url the URL of the page that was not fetched
     * @param pages how many pages were fetched
     */
    public OcpiPagingException(String message, String url, int pages) {
        super(message);
        this.url = url;
        this.pages = pages;
    }

    /** Returns the URL of the page that was not fetched. */
    public String url() {
        return url;
    }

    /** Returns how many pages were fetched before the crawl stopped. */
    public int pages() {
        return pages;
    }
}
