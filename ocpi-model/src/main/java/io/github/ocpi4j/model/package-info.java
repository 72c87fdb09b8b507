/**
 * What goes over the wire in every OCPI version: the response envelope {@link
 * io.github.ocpi4j.model.OcpiResponse}, {@link io.github.ocpi4j.model.OcpiStatusCode}, the codec {@link
 * io.github.ocpi4j.model.OcpiJson} with its {@link io.github.ocpi4j.model.Violation}s, and the value types the
 * versions share ({@link io.github.ocpi4j.model.CiString}, {@link io.github.ocpi4j.model.OpenEnum}, {@link
 * io.github.ocpi4j.model.PatchField}); and, for text outside a JSON body such as query parameters, OCPI DateTimes
 * ({@link io.github.ocpi4j.model.DateTimes}) and format checks ({@link io.github.ocpi4j.model.Formats}).
 *
 * <p>The objects of each OCPI version live in their own packages, one per module: {@code
 * io.github.ocpi4j.model.v221.locations}, {@code io.github.ocpi4j.model.v221.sessions}, and so on.
 */
@NullMarked
package io.github.ocpi4j.model;

import org.jspecify.annotations.NullMarked;
