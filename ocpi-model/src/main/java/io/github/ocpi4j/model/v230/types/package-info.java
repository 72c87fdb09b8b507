/** The classes and enumerations of OCPI 2.3.0 that every module uses ({@code [[types_types]]}). */
@NullMarked
package io.github.ocpi4j.model.v230.types;

import org.jspecify.annotations.NullMarked;
