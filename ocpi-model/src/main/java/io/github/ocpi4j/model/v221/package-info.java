/**
 * OCPI 2.2.1: one package per module ({@code locations}, {@code sessions}, {@code cdrs}, {@code tariffs}, {@code
 * tokens}, {@code commands}, {@code chargingprofiles}, {@code hubclientinfo}, {@code credentials}, {@code
 * versions}) and {@code types} for the classes every module uses. {@link io.github.ocpi4j.model.v221.SpecTypes}
 * finds a type by its name in the specification.
 */
@NullMarked
package io.github.ocpi4j.model.v221;

import org.jspecify.annotations.NullMarked;
