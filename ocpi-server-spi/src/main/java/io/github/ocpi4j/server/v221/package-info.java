/**
 * The services a host implements to offer OCPI 2.2.1 modules, one interface per module and interface role
 * ({@code LocationsSenderService}, typically a CPO's; {@code TokensSenderService}, typically an eMSP's; ...), and
 * {@link io.github.ocpi4j.server.v221.V221Services}, where they are registered with the server.
 *
 * <p>Every method takes the {@link io.github.ocpi4j.server.RequestContext} first. ocpi4j has already authenticated
 * the party, checked that client-owned objects in the URL belong to it, and validated the body; the host reads and
 * writes its data. A host signals an OCPI error by throwing {@link io.github.ocpi4j.model.OcpiStatusException};
 * any other exception becomes status 3000, logged with the request id.
 *
 * <p>Services are called from the threads that serve requests, for concurrent requests concurrently, so that
 * every implementation must be thread-safe.
 */
@NullMarked
package io.github.ocpi4j.server.v221;

import org.jspecify.annotations.NullMarked;
