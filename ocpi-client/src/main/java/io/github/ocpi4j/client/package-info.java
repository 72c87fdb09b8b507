/**
 * The OCPI client: {@link io.github.ocpi4j.client.OcpiClient} connects to a partner's versions endpoint,
 * negotiates the version, discovers the partner's endpoints and gives typed clients for each module and interface
 * role ({@link io.github.ocpi4j.client.Partner#v221()}); it also runs the credentials registration as the
 * initiating party and keeps what it learns in a {@link io.github.ocpi4j.client.PartyStore}.
 */
@NullMarked
package io.github.ocpi4j.client;

import org.jspecify.annotations.NullMarked;
