package io.github.ocpi4j.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.ocpi4j.model.OcpiJson;
import io.github.ocpi4j.model.OcpiResponse;
import io.github.ocpi4j.model.OcpiStatusCode;
import io.github.ocpi4j.model.v221.locations.Location;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bare JDK {@link HttpServer} on 127.0.0.1 serving a Locations list of {@code pages} pre-serialized pages of
 * {@code pageSize} Locations at {@code /ocpi/2.2.1/sender/locations?offset=..&limit=..}, with {@code X-Total-Count},
 * {@code X-Limit} and the {@code Link} to the next page, as an OCPI Sender does.
 *
 * <p>To keep the server's memory small, at most 10 distinct pages (10 x pageSize distinct Locations) are serialized
 * at start, and page {@code n} is served with the bytes of distinct page {@code n % 10}: every page costs a client
 * the same to read.
 */
final class PageServer implements AutoCloseable {
    static final String PATH = "/ocpi/2.2.1/sender/locations";
    private static final Pattern OFFSET = Pattern.compile("(?:^|&)offset=(\\d+)");

    private final HttpServer http;
    private final List<byte[]> bodies = new ArrayList<>();
    private final int pages;
    private final int pageSize;

    /** Serializes the pages and starts serving them on a free port. */
    PageServer(int pages, int pageSize) {
        this.pages = pages;
        this.pageSize = pageSize;
        for (int d = 0; d < Math.min(pages, 10); d++) {
            List<Location> items = new ArrayList<>();
            for (int i = 0; i < pageSize; i++) {
                items.add(Fixtures.location(d * pageSize + i));
            }
            bodies.add(
                    OcpiJson.instance().write(new OcpiResponse<>(items, OcpiStatusCode.SUCCESS, "Success", Cpo.NOW)));
        }
        try {
            http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        http.createContext(PATH, this::serve);
        http.start();
    }

    /** Returns the URL of the list. */
    String url() {
        return "http://127.0.0.1:" + http.getAddress().getPort() + PATH;
    }

    /** Returns how many Locations the list holds. */
    int total() {
        return pages * pageSize;
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String query = exchange.getRequestURI().getRawQuery();
            Matcher m = OFFSET.matcher(query == null ? "" : query);
            int offset = m.find() ? Integer.parseInt(m.group(1)) : 0;
            int page = offset / pageSize;
            if (page >= pages || offset % pageSize != 0) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            byte[] body = bodies.get(page % bodies.size());
            exchange.getResponseHeaders().add("Content-Type", "application/json;charset=UTF-8");
            exchange.getResponseHeaders().add("X-Total-Count", Integer.toString(total()));
            exchange.getResponseHeaders().add("X-Limit", Integer.toString(pageSize));
            if (page + 1 < pages) {
                exchange.getResponseHeaders()
                        .add(
                                "Link",
                                "<" + url() + "?offset=" + (offset + pageSize) + "&limit=" + pageSize
                                        + ">; rel=\"next\"");
            }
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Stops serving. */
    @Override
    public void close() {
        http.stop(0);
    }
}
