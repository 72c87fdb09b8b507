package io.github.ocpi4j.server.servlet;

import io.github.ocpi4j.server.OcpiHttpRequest;
import io.github.ocpi4j.server.OcpiHttpResponse;
import io.github.ocpi4j.server.OcpiServer;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.util.Enumeration;
import java.util.Map;

/**
 * Serves an {@link OcpiServer} in a Jakarta Servlet container, next to the host's own servlets. Map it to the path
 * of the server's base URL and below:
 *
 * <pre>{@code
 * // base URL https://cpo.example.com/ocpi
 * ServletContextHandler context = new ServletContextHandler("/");
 * context.addServlet(new ServletHolder(new OcpiServlet(server)), "/ocpi/*");
 * }</pre>
 *
 * <p>The full request URI (context path included) is matched against the base URL's path. Thread-safe.
 *
 * <p>Ids may hold a slash, which a partner sends percent-encoded ({@code %2F}). Containers commonly reject that by default as
 * an ambiguous path separator (Jetty 12 answers 400 before the servlet is called); allow it in the container to serve
 * such ids, in Jetty through the connector's {@code HttpConfiguration}:
 *
 * <pre>{@code
 * HttpConfiguration http = new HttpConfiguration();
 * http.setUriCompliance(UriCompliance.DEFAULT.with("OCPI ids", UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR));
 * ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
 * }</pre>
 *
 * <p>Containers may rewrite headers into an equal form: Jetty writes the charset of {@code Content-Type} in lower
 * case.
 */
public final class OcpiServlet extends HttpServlet {
    @Serial
    private static final long serialVersionUID = 1L;

    private final transient OcpiServer server;

    /**
     * Creates the servlet of a server.
     *
     * @param server the OCPI server to serve
     */
    public OcpiServlet(OcpiServer server) {
        this.server = server;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        OcpiHttpRequest.Builder request = OcpiHttpRequest.builder()
                .method(req.getMethod())
                .path(req.getRequestURI())
                .query(req.getQueryString())
                .body(req.getInputStream());
        for (Enumeration<String> names = req.getHeaderNames(); names.hasMoreElements(); ) {
            String name = names.nextElement();
            for (Enumeration<String> values = req.getHeaders(name); values.hasMoreElements(); ) {
                request.header(name, values.nextElement());
            }
        }
        OcpiHttpResponse response = server.handle(request.build());
        resp.setStatus(response.status());
        for (Map.Entry<String, String> header : response.headers()) {
            resp.addHeader(header.getKey(), header.getValue());
        }
        resp.setContentLength(response.body().length);
        resp.getOutputStream().write(response.body());
    }
}
