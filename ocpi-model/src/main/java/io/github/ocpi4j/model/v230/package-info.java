/**
 * OCPI 2.3.0: one package per module ({@code locations}, {@code sessions}, {@code cdrs}, {@code tariffs}, {@code
 * tokens}, {@code commands}, {@code chargingprofiles}, {@code hubclientinfo}, {@code credentials}, {@code
 * versions}, {@code payments}) and {@code types} for the classes every module uses. Every type of OCPI 2.3.0 is
 * found below this package, also those that did not change since 2.2.1: each version is a frozen document of its
 * own, and moving an object from one to the other is an explicit translation.
 */
@NullMarked
package io.github.ocpi4j.model.v230;

import org.jspecify.annotations.NullMarked;
