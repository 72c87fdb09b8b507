package io.github.ocpi4j.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a list component of a {@link GeneratePatch} record whose elements a PATCH adds after the existing ones
 * instead of replacing the list; an absent, empty or {@code null} list changes nothing, so removing elements takes a
 * PUT. OCPI asks this of a Session's {@code charging_periods} ({@code [[mod_sessions_patch_method]]}).
 *
 * <p>Compilation fails where the component is not a {@code List} or the record has no {@link GeneratePatch}.
 */
@Retention(RetentionPolicy.SOURCE)
@Target(ElementType.RECORD_COMPONENT)
public @interface PatchAppends {}
