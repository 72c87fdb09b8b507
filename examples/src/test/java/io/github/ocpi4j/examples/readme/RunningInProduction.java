package io.github.ocpi4j.examples.readme;

import io.github.ocpi4j.server.OcpiServer;
import io.github.ocpi4j.server.jdk.JdkHttpServerAdapter;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.Executors;

/** The README's "Running in production": the JDK adapter's limits set for a server of the host's. */
final class RunningInProduction {
    private RunningInProduction() {}

    static JdkHttpServerAdapter start(OcpiServer server) {
        // spotless:off
        // README:begin Running in production
        JdkHttpServerAdapter http = JdkHttpServerAdapter.builder()
                .headTimeout(Duration.ofSeconds(5))
                .maxConnections(256)
                .executor(Executors.newFixedThreadPool(64))   // or on Java 21: Executors.newVirtualThreadPerTaskExecutor()
                .start(server, new InetSocketAddress(8080));
        // README:end
        // spotless:on
        return http;
    }
}
