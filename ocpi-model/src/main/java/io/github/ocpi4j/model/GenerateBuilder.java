package io.github.ocpi4j.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes ocpi-model's annotation processor write the builder of a model record while the model compiles, so that a
 * record is the one declaration of an OCPI object: its components, wire names, rules and their Javadoc.
 *
 * <p>The processor writes {@code <Record>BuilderBase}, a package-private class in the record's package that holds a
 * field and a setter per component, {@code build()} and the copy behind {@code toBuilder()}. Its setters:
 *
 * <ul>
 *   <li>are named after the components; each takes the component's type and returns the record's {@code Builder};
 *   <li>for a {@link CiString} component, come in a second form that takes the spelling as a {@code String};
 *   <li>for a list, start from an empty list, never {@code null};
 *   <li>for a {@link PatchField} component, take the value ({@code null} for an explicit JSON {@code null}) and
 *       start absent;
 *   <li>carry the text of the record's {@code @param} of their component as Javadoc.
 * </ul>
 *
 * <p>{@code build()} calls the canonical constructor and does not validate. The record keeps the little glue that
 * makes the class its public {@code Builder}:
 *
 * <pre>{@code
 * @GenerateBuilder
 * public record Price(...) {
 *     public static Builder builder() { return new Builder(); }
 *     public Builder toBuilder() { return new Builder().from(this); }
 *
 *     public static final class Builder extends PriceBuilderBase {
 *         private Builder() {}
 *     }
 * }
 * }</pre>
 *
 * <p>Compilation fails with a message naming the record where it is not a public top-level record, lacks that glue,
 * has a primitive component (the builder must be able to leave it unset) or a component without {@code @param}
 * text.
 *
 * @see GeneratePatch
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface GenerateBuilder {}
