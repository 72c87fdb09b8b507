/**
 * The services a host implements to offer OCPI 2.3.0 modules, typed with {@code io.github.ocpi4j.model.v230}: one
 * interface per module and interface role ({@code LocationsSenderService}, typically a CPO's; {@code
 * TokensSenderService}, typically an eMSP's; ...), registered with the server in {@link
 * io.github.ocpi4j.server.v230.V230Services}. They mirror those of {@code io.github.ocpi4j.server.v221}, as 2.3.0
 * keeps 2.2.1's endpoints; a host may offer both versions from one server.
 *
 * <p>Every method takes the {@link io.github.ocpi4j.server.RequestContext} first. ocpi4j has already authenticated
 * the party, made sure it registered with 2.3.0 (or is not tied to a version), checked that client-owned objects in
 * the URL are its own, and validated the body against 2.3.0's rules; the host reads and writes its data. The server
 * calls a service from many threads at once, so an implementation is thread-safe. A host answers an OCPI error by
 * throwing {@link io.github.ocpi4j.model.OcpiStatusException}; any other exception becomes status 3000, logged with
 * the request id.
 */
@NullMarked
package io.github.ocpi4j.server.v230;

import org.jspecify.annotations.NullMarked;
