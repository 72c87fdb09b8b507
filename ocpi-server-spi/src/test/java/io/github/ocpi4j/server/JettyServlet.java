package io.github.ocpi4j.server;

import io.github.ocpi4j.server.servlet.OcpiServlet;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** An {@link OcpiServlet} in embedded Jetty 12 (ee10) on 127.0.0.1 and a free port, mapped below a base path. */
final class JettyServlet implements AutoCloseable {
    private final Server jetty;
    private final ServerConnector connector;

    private JettyServlet(Server jetty, ServerConnector connector) {
        this.jetty = jetty;
        this.connector = connector;
    }

    /** Starts Jetty with the servlet of {@code server} at {@code basePath/*}, such as {@code /ocpi/*}. */
    static JettyServlet start(OcpiServer server, String basePath) throws Exception {
        Server jetty = new Server();
        // ids may hold a slash, sent as %2F: Jetty rejects that by default (400) as an ambiguous path separator
        HttpConfiguration http = new HttpConfiguration();
        http.setUriCompliance(UriCompliance.DEFAULT.with("OCPI ids", UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR));
        ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        jetty.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        context.addServlet(new ServletHolder(new OcpiServlet(server)), basePath + "/*");
        jetty.setHandler(context);
        jetty.start();
        return new JettyServlet(jetty, connector);
    }

    /** Returns the port bound. */
    int port() {
        return connector.getLocalPort();
    }

    /** Returns whether Jetty is running. */
    boolean isRunning() {
        return jetty.isRunning();
    }

    /** Stops Jetty. */
    @Override
    public void close() {
        try {
            jetty.stop();
        } catch (Exception e) {
            throw new IllegalStateException("Jetty did not stop", e);
        }
    }
}
