/**
 * The OCPI server: {@link io.github.ocpi4j.server.OcpiServer#handle(OcpiHttpRequest)} takes a framework-neutral
 * request and returns the response. ocpi4j authenticates, routes, reads and validates bodies, runs the versions and
 * credentials modules, pages lists and maps errors to OCPI status codes; the host implements the services of the
 * modules it offers ({@code io.github.ocpi4j.server.v221}) and keeps its parties in a {@link
 * io.github.ocpi4j.client.PartyStore}. Adapters: {@code io.github.ocpi4j.server.jdk} (the JDK's HTTP server) and
 * {@code io.github.ocpi4j.server.servlet} (Jakarta Servlet).
 */
@NullMarked
package io.github.ocpi4j.server;

import org.jspecify.annotations.NullMarked;
