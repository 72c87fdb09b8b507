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
 * The value names a party in five characters: its ISO 3166-1 alpha-2 country code followed by its ISO 15118 party
 * id, such as {@code DEHUB} (any case, as the field is a CiString). OCPI 2.3.0 uses it for a Hub's {@code
 * hub_party_id}. {@code null} is valid.
 */
@Documented
@Constraint(validatedBy = FormatValidators.CountryAndPartyIdValidator.class)
@Target({METHOD, FIELD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface CountryAndPartyId {

    /** The message of the violation. */
    String message() default "must be a country code followed by a party id";

    /** The validation groups. */
    Class<?>[] groups() default {};

    /** The payload. */
    Class<? extends Payload>[] payload() default {};
}
