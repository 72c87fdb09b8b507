package io.github.ocpi4j.model.v230;

import io.github.ocpi4j.model.v230.cdrs.AuthMethod;
import io.github.ocpi4j.model.v230.cdrs.CDR;
import io.github.ocpi4j.model.v230.cdrs.CdrDimension;
import io.github.ocpi4j.model.v230.cdrs.CdrDimensionType;
import io.github.ocpi4j.model.v230.cdrs.CdrLocation;
import io.github.ocpi4j.model.v230.cdrs.CdrToken;
import io.github.ocpi4j.model.v230.cdrs.ChargingPeriod;
import io.github.ocpi4j.model.v230.cdrs.SignedData;
import io.github.ocpi4j.model.v230.cdrs.SignedValue;
import io.github.ocpi4j.model.v230.sessions.ChargingPreferences;
import io.github.ocpi4j.model.v230.sessions.ChargingPreferencesResponse;
import io.github.ocpi4j.model.v230.sessions.ProfileType;
import io.github.ocpi4j.model.v230.sessions.Session;
import io.github.ocpi4j.model.v230.sessions.SessionPatch;
import io.github.ocpi4j.model.v230.sessions.SessionStatus;
import io.github.ocpi4j.model.v230.tariffs.DayOfWeek;
import io.github.ocpi4j.model.v230.tariffs.PriceComponent;
import io.github.ocpi4j.model.v230.tariffs.PriceLimit;
import io.github.ocpi4j.model.v230.tariffs.ReservationRestrictionType;
import io.github.ocpi4j.model.v230.tariffs.Tariff;
import io.github.ocpi4j.model.v230.tariffs.TariffDimensionType;
import io.github.ocpi4j.model.v230.tariffs.TariffElement;
import io.github.ocpi4j.model.v230.tariffs.TariffRestrictions;
import io.github.ocpi4j.model.v230.tariffs.TariffType;
import io.github.ocpi4j.model.v230.tariffs.TaxIncluded;
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
    private static final List<Class<?>> ALL = List.of(
            AuthMethod.class,
            CDR.class,
            CdrDimension.class,
            CdrDimensionType.class,
            CdrLocation.class,
            CdrToken.class,
            ChargingPeriod.class,
            ChargingPreferences.class,
            ChargingPreferencesResponse.class,
            DayOfWeek.class,
            DisplayText.class,
            Price.class,
            PriceComponent.class,
            PriceLimit.class,
            ProfileType.class,
            ReservationRestrictionType.class,
            Role.class,
            Session.class,
            SessionStatus.class,
            SignedData.class,
            SignedValue.class,
            Tariff.class,
            TariffDimensionType.class,
            TariffElement.class,
            TariffRestrictions.class,
            TariffType.class,
            TaxAmount.class,
            TaxIncluded.class,
            TokenType.class);

    private static final Map<String, Class<?>> BY_NAME = ALL.stream()
            .collect(
                    Collectors.toUnmodifiableMap(c -> c.getSimpleName().toLowerCase(Locale.ROOT), Function.identity()));

    private static final Map<Class<?>, Class<?>> PATCHES = Map.of(Session.class, SessionPatch.class);

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
