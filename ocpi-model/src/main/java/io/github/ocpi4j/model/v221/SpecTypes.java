package io.github.ocpi4j.model.v221;

import io.github.ocpi4j.model.v221.cdrs.AuthMethod;
import io.github.ocpi4j.model.v221.cdrs.CDR;
import io.github.ocpi4j.model.v221.cdrs.CdrDimension;
import io.github.ocpi4j.model.v221.cdrs.CdrDimensionType;
import io.github.ocpi4j.model.v221.cdrs.CdrLocation;
import io.github.ocpi4j.model.v221.cdrs.CdrToken;
import io.github.ocpi4j.model.v221.cdrs.ChargingPeriod;
import io.github.ocpi4j.model.v221.cdrs.SignedData;
import io.github.ocpi4j.model.v221.cdrs.SignedValue;
import io.github.ocpi4j.model.v221.chargingprofiles.ActiveChargingProfile;
import io.github.ocpi4j.model.v221.chargingprofiles.ActiveChargingProfileResult;
import io.github.ocpi4j.model.v221.chargingprofiles.ChargingProfile;
import io.github.ocpi4j.model.v221.chargingprofiles.ChargingProfilePeriod;
import io.github.ocpi4j.model.v221.chargingprofiles.ChargingProfileResponse;
import io.github.ocpi4j.model.v221.chargingprofiles.ChargingProfileResponseType;
import io.github.ocpi4j.model.v221.chargingprofiles.ChargingProfileResult;
import io.github.ocpi4j.model.v221.chargingprofiles.ChargingProfileResultType;
import io.github.ocpi4j.model.v221.chargingprofiles.ChargingRateUnit;
import io.github.ocpi4j.model.v221.chargingprofiles.ClearProfileResult;
import io.github.ocpi4j.model.v221.chargingprofiles.SetChargingProfile;
import io.github.ocpi4j.model.v221.commands.CancelReservation;
import io.github.ocpi4j.model.v221.commands.CommandResponse;
import io.github.ocpi4j.model.v221.commands.CommandResponseType;
import io.github.ocpi4j.model.v221.commands.CommandResult;
import io.github.ocpi4j.model.v221.commands.CommandResultType;
import io.github.ocpi4j.model.v221.commands.CommandType;
import io.github.ocpi4j.model.v221.commands.ReserveNow;
import io.github.ocpi4j.model.v221.commands.StartSession;
import io.github.ocpi4j.model.v221.commands.StopSession;
import io.github.ocpi4j.model.v221.commands.UnlockConnector;
import io.github.ocpi4j.model.v221.credentials.Credentials;
import io.github.ocpi4j.model.v221.credentials.CredentialsRole;
import io.github.ocpi4j.model.v221.hubclientinfo.ClientInfo;
import io.github.ocpi4j.model.v221.hubclientinfo.ConnectionStatus;
import io.github.ocpi4j.model.v221.locations.AdditionalGeoLocation;
import io.github.ocpi4j.model.v221.locations.BusinessDetails;
import io.github.ocpi4j.model.v221.locations.Capability;
import io.github.ocpi4j.model.v221.locations.Connector;
import io.github.ocpi4j.model.v221.locations.ConnectorFormat;
import io.github.ocpi4j.model.v221.locations.ConnectorPatch;
import io.github.ocpi4j.model.v221.locations.ConnectorType;
import io.github.ocpi4j.model.v221.locations.EVSE;
import io.github.ocpi4j.model.v221.locations.EVSEPatch;
import io.github.ocpi4j.model.v221.locations.EnergyMix;
import io.github.ocpi4j.model.v221.locations.EnergySource;
import io.github.ocpi4j.model.v221.locations.EnergySourceCategory;
import io.github.ocpi4j.model.v221.locations.EnvironmentalImpact;
import io.github.ocpi4j.model.v221.locations.EnvironmentalImpactCategory;
import io.github.ocpi4j.model.v221.locations.ExceptionalPeriod;
import io.github.ocpi4j.model.v221.locations.Facility;
import io.github.ocpi4j.model.v221.locations.GeoLocation;
import io.github.ocpi4j.model.v221.locations.Hours;
import io.github.ocpi4j.model.v221.locations.Image;
import io.github.ocpi4j.model.v221.locations.ImageCategory;
import io.github.ocpi4j.model.v221.locations.Location;
import io.github.ocpi4j.model.v221.locations.LocationPatch;
import io.github.ocpi4j.model.v221.locations.ParkingRestriction;
import io.github.ocpi4j.model.v221.locations.ParkingType;
import io.github.ocpi4j.model.v221.locations.PowerType;
import io.github.ocpi4j.model.v221.locations.PublishTokenType;
import io.github.ocpi4j.model.v221.locations.RegularHours;
import io.github.ocpi4j.model.v221.locations.Status;
import io.github.ocpi4j.model.v221.locations.StatusSchedule;
import io.github.ocpi4j.model.v221.sessions.ChargingPreferences;
import io.github.ocpi4j.model.v221.sessions.ChargingPreferencesResponse;
import io.github.ocpi4j.model.v221.sessions.ProfileType;
import io.github.ocpi4j.model.v221.sessions.Session;
import io.github.ocpi4j.model.v221.sessions.SessionPatch;
import io.github.ocpi4j.model.v221.sessions.SessionStatus;
import io.github.ocpi4j.model.v221.tariffs.DayOfWeek;
import io.github.ocpi4j.model.v221.tariffs.PriceComponent;
import io.github.ocpi4j.model.v221.tariffs.ReservationRestrictionType;
import io.github.ocpi4j.model.v221.tariffs.Tariff;
import io.github.ocpi4j.model.v221.tariffs.TariffDimensionType;
import io.github.ocpi4j.model.v221.tariffs.TariffElement;
import io.github.ocpi4j.model.v221.tariffs.TariffRestrictions;
import io.github.ocpi4j.model.v221.tariffs.TariffType;
import io.github.ocpi4j.model.v221.tokens.AllowedType;
import io.github.ocpi4j.model.v221.tokens.AuthorizationInfo;
import io.github.ocpi4j.model.v221.tokens.EnergyContract;
import io.github.ocpi4j.model.v221.tokens.LocationReferences;
import io.github.ocpi4j.model.v221.tokens.Token;
import io.github.ocpi4j.model.v221.tokens.TokenPatch;
import io.github.ocpi4j.model.v221.tokens.TokenType;
import io.github.ocpi4j.model.v221.tokens.WhitelistType;
import io.github.ocpi4j.model.v221.types.DisplayText;
import io.github.ocpi4j.model.v221.types.Price;
import io.github.ocpi4j.model.v221.types.Role;
import io.github.ocpi4j.model.v221.versions.Endpoint;
import io.github.ocpi4j.model.v221.versions.InterfaceRole;
import io.github.ocpi4j.model.v221.versions.ModuleID;
import io.github.ocpi4j.model.v221.versions.Version;
import io.github.ocpi4j.model.v221.versions.VersionDetails;
import io.github.ocpi4j.model.v221.versions.VersionNumber;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every object, class and enumeration of OCPI 2.2.1, found by its name in the specification, and the PATCH body
 * type of the objects that have one. For tools that take a type by name, such as {@code ocpi4j validate --type
 * Location}.
 *
 * <pre>{@code
 * Class<?> type = SpecTypes.forName("EVSE").orElseThrow();       // EVSE.class
 * Optional<Class<?>> patch = SpecTypes.patchTypeOf(type);        // EVSEPatch.class
 * }</pre>
 */
public final class SpecTypes {
    private static final List<Class<?>> ALL = List.of(
            ActiveChargingProfile.class,
            ActiveChargingProfileResult.class,
            AdditionalGeoLocation.class,
            AllowedType.class,
            AuthMethod.class,
            AuthorizationInfo.class,
            BusinessDetails.class,
            CancelReservation.class,
            Capability.class,
            CDR.class,
            CdrDimension.class,
            CdrDimensionType.class,
            CdrLocation.class,
            CdrToken.class,
            ChargingPeriod.class,
            ChargingPreferences.class,
            ChargingPreferencesResponse.class,
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
            Connector.class,
            ConnectorFormat.class,
            ConnectorType.class,
            Credentials.class,
            CredentialsRole.class,
            DayOfWeek.class,
            DisplayText.class,
            Endpoint.class,
            EnergyContract.class,
            EnergyMix.class,
            EnergySource.class,
            EnergySourceCategory.class,
            EnvironmentalImpact.class,
            EnvironmentalImpactCategory.class,
            EVSE.class,
            ExceptionalPeriod.class,
            Facility.class,
            GeoLocation.class,
            Hours.class,
            Image.class,
            ImageCategory.class,
            InterfaceRole.class,
            Location.class,
            LocationReferences.class,
            ModuleID.class,
            ParkingRestriction.class,
            ParkingType.class,
            PowerType.class,
            Price.class,
            PriceComponent.class,
            ProfileType.class,
            PublishTokenType.class,
            RegularHours.class,
            ReservationRestrictionType.class,
            ReserveNow.class,
            Role.class,
            Session.class,
            SessionStatus.class,
            SetChargingProfile.class,
            SignedData.class,
            SignedValue.class,
            StartSession.class,
            Status.class,
            StatusSchedule.class,
            StopSession.class,
            Tariff.class,
            TariffDimensionType.class,
            TariffElement.class,
            TariffRestrictions.class,
            TariffType.class,
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

    private static final Map<Class<?>, Class<?>> PATCHES = Map.of(
            Location.class, LocationPatch.class,
            EVSE.class, EVSEPatch.class,
            Connector.class, ConnectorPatch.class,
            Session.class, SessionPatch.class,
            Token.class, TokenPatch.class);

    private SpecTypes() {}

    /** Returns every type of OCPI 2.2.1, ordered by name. */
    public static List<Class<?>> all() {
        return ALL;
    }

    /** Returns the type with this name in the specification, ignoring case: {@code Location}, {@code EVSE}, ... */
    public static Optional<Class<?>> forName(String name) {
        return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
    }

    /**
     * Returns the type of a PATCH body of an object, for the objects a module lets a party PATCH: Location, EVSE,
     * Connector, Session and Token.
     */
    public static Optional<Class<?>> patchTypeOf(Class<?> type) {
        return Optional.ofNullable(PATCHES.get(type));
    }
}
