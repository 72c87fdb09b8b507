/**
 * An e-mobility service provider (eMSP) in memory, as an example of the eMSP side of ocpi4j: {@link
 * io.github.ocpi4j.examples.emsp.Emsp} serves the OCPI 2.2.1 interfaces an eMSP offers (Tokens Sender with real-time
 * authorization, the Receivers of Locations, Tariffs, Sessions and CDRs, and the Commands Sender for the results of
 * its commands) and, as a client, registers with a CPO, pushes its tokens, sends commands and pulls lists.
 */
@NullMarked
package io.github.ocpi4j.examples.emsp;

import org.jspecify.annotations.NullMarked;
