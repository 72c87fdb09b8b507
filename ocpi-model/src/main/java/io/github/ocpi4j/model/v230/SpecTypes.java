package io.github.ocpi4j.model.v230;

import io.github.ocpi4j.model.v230.tokens.TokenType;
import io.github.ocpi4j.model.v230.types.DisplayText;
import io.github.ocpi4j.model.v230.types.Price;
import io.github.ocpi4j.model.v230.types.Role;
import io.github.ocpi4j.model.v230.types.TaxAmount;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every object, class and enumeration of OCPI 2.3.0, found by its name in the specification, and the PATCH body
 * type of the objects that have one. For tools that take a type by name, such as {@code ocpi4j validate --version
 * 2.3.0 --type Location}.
 *
 * <pre>{@code
 * Class<?> type = SpecTypes.forName("TaxAmount").orElseThrow();   // v230.types.TaxAmount
 * }</pre>
 */
public final class SpecTypes {
    private static final List<Class<?>> ALL =
            List.of(DisplayText.class, Price.class, Role.class, TaxAmount.class, TokenType.class);

    private static final Map<String, Class<?>> BY_NAME = ALL.stream()
            .collect(
                    Collectors.toUnmodifiableMap(c -> c.getSimpleName().toLowerCase(Locale.ROOT), Function.identity()));

    private static final Map<Class<?>, Class<?>> PATCHES = Map.of();

    private SpecTypes() {}

    /** Returns every type of OCPI 2.3.0, ordered by name. */
    public static List<Class<?>> all() {
        return ALL;
    }

    /** Returns the type with this name in the specification, ignoring case: {@code Location}, {@code EVSE}, ... */
    public static Optional<Class<?>> forName(String name) {
        return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
    }

    /** Returns the type of a PATCH body of an object, for the objects a module lets a party PATCH. */
    public static Optional<Class<?>> patchTypeOf(Class<?> type) {
        return Optional.ofNullable(PATCHES.get(type));
    }
}
