/** The classes and enumerations of OCPI 2.2.1 that every module uses ({@code [[types_types]]}). */
@NullMarked
package io.github.ocpi4j.model.v221.types;

import org.jspecify.annotations.NullMarked;
