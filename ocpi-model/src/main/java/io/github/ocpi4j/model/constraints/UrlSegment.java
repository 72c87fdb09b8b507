package io.github.ocpi4j.model.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.github.ocpi4j.model.internal.FormatValidators;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The value is the id of an object that partners address in URLs, such as a location's id in {@code
 * .../locations/NL/CPO/{location_id}}: it must be usable as one path segment, so it is not empty and not {@code .}
 * or {@code ..}, which URL normalisation removes. Any other characters are sent percent-encoded. {@code null} is
 * valid.
 */
@Documented
@Constraint(validatedBy = FormatValidators.UrlSegmentValidator.class)
@Target({METHOD, FIELD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface UrlSegment {

    /** The message of the violation. */
    String message() default "must be usable as a segment of a URL path";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload. */
    Class<? extends Payload>[] payload() default {};
}
