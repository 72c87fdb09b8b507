package io.github.ocpi4j.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes ocpi-model's annotation processor write the PATCH type of a model record while the model compiles: for
 * {@code Session}, the public record {@code SessionPatch} ({@code [[transport_and_format_patch]]}).
 *
 * <p>The PATCH record has the components of the record in the same order, each a {@link PatchField} of the
 * component's type with the same {@code @JsonProperty} and constraint annotations, so that reading, writing and
 * validation treat both alike; {@code @Valid} moves onto the type argument ({@code PatchField<@Valid GeoLocation>})
 * and type-use rules on list elements stay where they are ({@code PatchField<List<@Valid EVSE>>}). The component
 * whose wire name is {@code last_updated}, which every PATCH carries, stays a plain value. The PATCH type has:
 *
 * <ul>
 *   <li>a compact constructor that makes {@code null} fields {@link PatchField#absent() absent};
 *   <li>{@code applyTo(record)}, which returns the record with the fields the PATCH mentions replaced (a list set
 *       to {@code null} becomes empty), the others kept, except those marked {@link PatchAppends};
 *   <li>a builder, as {@link GenerateBuilder} makes one.
 * </ul>
 *
 * <p>Compilation fails with a message naming the record where it has no {@code last_updated} component.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.TYPE)
public @interface GeneratePatch {}
