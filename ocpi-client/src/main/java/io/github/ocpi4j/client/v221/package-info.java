/**
 * Typed clients for the OCPI 2.2.1 modules of a partner, one per module and interface role, from {@link
 * io.github.ocpi4j.client.Partner#v221()}; and {@link io.github.ocpi4j.client.Registrar}, the credentials
 * registration as the initiating party.
 *
 * <p>A {@code ...SenderClient} calls the partner's Sender interface (pull: lists and single objects of the data
 * the partner owns); a {@code ...ReceiverClient} calls its Receiver interface (push: PUT, PATCH, POST of the data
 * this side owns, and commands).
 */
@NullMarked
package io.github.ocpi4j.client.v221;

import org.jspecify.annotations.NullMarked;
