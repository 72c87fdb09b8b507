/**
 * Typed clients for the OCPI 2.3.0 modules of a partner, one per module and interface role, from {@link
 * io.github.ocpi4j.client.Partner#v230()}.
 *
 * <p>A {@code ...SenderClient} calls the partner's Sender interface (pull: lists and single objects of the data
 * the partner owns); a {@code ...ReceiverClient} calls its Receiver interface (push: PUT, PATCH, POST of the data
 * this side owns, and commands).
 *
 * <p>The interfaces of these modules are those of 2.2.1 ({@code io.github.ocpi4j.client.v221} has the same clients
 * with the same methods); what differs is the objects, which are those of {@code io.github.ocpi4j.model.v230}: a
 * tariff's {@code tax_included} and prices as an amount before taxes and a list of taxes, a location's parking
 * places and help phone number, the open enumerations that 2.3.0 lets grow (a token type {@code EMAID}, a command
 * type of a custom command). The Payments module and the Bookings add-on have no client among these.
 */
@NullMarked
package io.github.ocpi4j.client.v230;

import org.jspecify.annotations.NullMarked;
