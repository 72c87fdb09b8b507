/**
 * The OCPI client: {@link io.github.ocpi4j.client.OcpiClient} connects to a partner's versions endpoint, agrees on
 * the highest version both sides speak (OCPI 2.3.0 or 2.2.1), discovers the partner's endpoints of it and gives
 * typed clients for each module and interface role ({@link io.github.ocpi4j.client.Partner#v230()}, {@link
 * io.github.ocpi4j.client.Partner#v221()}); its {@link io.github.ocpi4j.client.Registrar} runs the credentials
 * registration as the initiating party, moves a partner between versions, and keeps what it learns in a {@link
 * io.github.ocpi4j.client.PartyStore}.
 */
@NullMarked
package io.github.ocpi4j.client;

import org.jspecify.annotations.NullMarked;
