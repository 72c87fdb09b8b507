/**
 * ocpi4j mounted in an existing servlet application: {@link io.github.ocpi4j.examples.jetty.JettyApplication} runs
 * embedded Jetty 12 with the application's own servlet and {@link io.github.ocpi4j.server.servlet.OcpiServlet}.
 */
@NullMarked
package io.github.ocpi4j.examples.jetty;

import org.jspecify.annotations.NullMarked;
