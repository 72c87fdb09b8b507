package io.github.ocpi4j.model.v230;

import io.github.ocpi4j.model.v230.chargingprofiles.ActiveChargingProfile;
import io.github.ocpi4j.model.v230.chargingprofiles.ActiveChargingProfileResult;
import io.github.ocpi4j.model.v230.chargingprofiles.ChargingProfile;
import io.github.ocpi4j.model.v230.chargingprofiles.ChargingProfilePeriod;
import io.github.ocpi4j.model.v230.chargingprofiles.ChargingProfileResponse;
import io.github.ocpi4j.model.v230.chargingprofiles.ChargingProfileResponseType;
import io.github.ocpi4j.model.v230.chargingprofiles.ChargingProfileResult;
import io.github.ocpi4j.model.v230.chargingprofiles.ChargingProfileResultType;
import io.github.ocpi4j.model.v230.chargingprofiles.ChargingRateUnit;
import io.github.ocpi4j.model.v230.chargingprofiles.ClearProfileResult;
import io.github.ocpi4j.model.v230.chargingprofiles.SetChargingProfile;
import io.github.ocpi4j.model.v230.commands.CancelReservation;
import io.github.ocpi4j.model.v230.commands.CommandResponse;
import io.github.ocpi4j.model.v230.commands.CommandResponseType;
import io.github.ocpi4j.model.v230.commands.CommandResult;
import io.github.ocpi4j.model.v230.commands.CommandResultType;
import io.github.ocpi4j.model.v230.commands.CommandType;
import io.github.ocpi4j.model.v230.commands.ReserveNow;
import io.github.ocpi4j.model.v230.commands.StartSession;
import io.github.ocpi4j.model.v230.commands.StopSession;
import io.github.ocpi4j.model.v230.commands.UnlockConnector;
import io.github.ocpi4j.model.v230.credentials.Credentials;
import io.github.ocpi4j.model.v230.credentials.CredentialsRole;
import io.github.ocpi4j.model.v230.hubclientinfo.ClientInfo;
import io.github.ocpi4j.model.v230.hubclientinfo.ConnectionStatus;
import io.github.ocpi4j.model.v230.locations.BusinessDetails;
import io.github.ocpi4j.model.v230.locations.Image;
import io.github.ocpi4j.model.v230.locations.ImageCategory;
import io.github.ocpi4j.model.v230.sessions.ProfileType;
import io.github.ocpi4j.model.v230.tokens.AllowedType;
import io.github.ocpi4j.model.v230.tokens.AuthorizationInfo;
import io.github.ocpi4j.model.v230.tokens.EnergyContract;
import io.github.ocpi4j.model.v230.tokens.LocationReferences;
import io.github.ocpi4j.model.v230.tokens.Token;
import io.github.ocpi4j.model.v230.tokens.TokenPatch;
import io.github.ocpi4j.model.v230.tokens.TokenType;
import io.github.ocpi4j.model.v230.tokens.WhitelistType;
import io.github.ocpi4j.model.v230.types.DisplayText;
import io.github.ocpi4j.model.v230.types.Price;
import io.github.ocpi4j.model.v230.types.Role;
import io.github.ocpi4j.model.v230.types.TaxAmount;
import io.github.ocpi4j.model.v230.versions.Endpoint;
import io.github.ocpi4j.model.v230.versions.InterfaceRole;
import io.github.ocpi4j.model.v230.versions.ModuleID;
import io.github.ocpi4j.model.v230.versions.Version;
import io.github.ocpi4j.model.v230.versions.VersionDetails;
import io.github.ocpi4j.model.v230.versions.VersionNumber;
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
            ActiveChargingProfile.class,
            ActiveChargingProfileResult.class,
            AllowedType.class,
            AuthorizationInfo.class,
            BusinessDetails.class,
            CancelReservation.class,
            ChargingProfile.class,
            ChargingProfilePeriod.class,
            ChargingProfileResponse.class,
            ChargingProfileResponseType.class,
            ChargingProfileResult.class,
            ChargingProfileResultType.class,
            ChargingRateUnit.class,
            ClearProfileResult.class,
            ClientInfo.class,
            CommandResponse.class,
            CommandResponseType.class,
            CommandResult.class,
            CommandResultType.class,
            CommandType.class,
            ConnectionStatus.class,
            Credentials.class,
            CredentialsRole.class,
            DisplayText.class,
            Endpoint.class,
            EnergyContract.class,
            Image.class,
            ImageCategory.class,
            InterfaceRole.class,
            LocationReferences.class,
            ModuleID.class,
            Price.class,
            ProfileType.class,
            ReserveNow.class,
            Role.class,
            SetChargingProfile.class,
            StartSession.class,
            StopSession.class,
            TaxAmount.class,
            Token.class,
            TokenType.class,
            UnlockConnector.class,
            Version.class,
            VersionDetails.class,
            VersionNumber.class,
            WhitelistType.class);

    private static final Map<String, Class<?>> BY_NAME = ALL.stream()
            .collect(
                    Collectors.toUnmodifiableMap(c -> c.getSimpleName().toLowerCase(Locale.ROOT), Function.identity()));

    private static final Map<Class<?>, Class<?>> PATCHES = Map.of(Token.class, TokenPatch.class);

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
