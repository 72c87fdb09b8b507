/**
 * What the example CPO and eMSP share to offer OCPI 2.3.0 over a backend that keeps OCPI 2.2.1 objects: {@link
 * io.github.ocpi4j.examples.versions.Bridge}, the one place where an object crosses from one version to the other and
 * where what did not cross is logged or refused; and {@link io.github.ocpi4j.examples.versions.Parties}, how the sides
 * kept in memory (the eMSP, the PTP) admit their partners.
 */
@NullMarked
package io.github.ocpi4j.examples.versions;

import org.jspecify.annotations.NullMarked;
