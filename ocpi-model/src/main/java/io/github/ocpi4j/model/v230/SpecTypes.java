package io.github.ocpi4j.model.v230;

import io.github.ocpi4j.model.v230.bookings.AccessInformation;
import io.github.ocpi4j.model.v230.bookings.AccessMethod;
import io.github.ocpi4j.model.v230.bookings.Booking;
import io.github.ocpi4j.model.v230.bookings.BookingLocation;
import io.github.ocpi4j.model.v230.bookings.BookingLocationPatch;
import io.github.ocpi4j.model.v230.bookings.BookingOption;
import io.github.ocpi4j.model.v230.bookings.BookingPatch;
import io.github.ocpi4j.model.v230.bookings.BookingRequest;
import io.github.ocpi4j.model.v230.bookings.BookingRequestStatus;
import io.github.ocpi4j.model.v230.bookings.BookingTerms;
import io.github.ocpi4j.model.v230.bookings.BookingToken;
import io.github.ocpi4j.model.v230.bookings.Calendar;
import io.github.ocpi4j.model.v230.bookings.CalendarPatch;
import io.github.ocpi4j.model.v230.bookings.CanceledReason;
import io.github.ocpi4j.model.v230.bookings.Cancellation;
import io.github.ocpi4j.model.v230.bookings.Period;
import io.github.ocpi4j.model.v230.bookings.Policy;
import io.github.ocpi4j.model.v230.bookings.ReservationRequestStatus;
import io.github.ocpi4j.model.v230.bookings.ReservationStatus;
import io.github.ocpi4j.model.v230.bookings.Timeslot;
import io.github.ocpi4j.model.v230.cdrs.AuthMethod;
import io.github.ocpi4j.model.v230.cdrs.CDR;
import io.github.ocpi4j.model.v230.cdrs.CdrDimension;
import io.github.ocpi4j.model.v230.cdrs.CdrDimensionType;
import io.github.ocpi4j.model.v230.cdrs.CdrLocation;
import io.github.ocpi4j.model.v230.cdrs.CdrToken;
import io.github.ocpi4j.model.v230.cdrs.ChargingPeriod;
import io.github.ocpi4j.model.v230.cdrs.SignedData;
import io.github.ocpi4j.model.v230.cdrs.SignedValue;
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
import io.github.ocpi4j.model.v230.locations.AdditionalGeoLocation;
import io.github.ocpi4j.model.v230.locations.BusinessDetails;
import io.github.ocpi4j.model.v230.locations.Capability;
import io.github.ocpi4j.model.v230.locations.Connector;
import io.github.ocpi4j.model.v230.locations.ConnectorCapability;
import io.github.ocpi4j.model.v230.locations.ConnectorFormat;
import io.github.ocpi4j.model.v230.locations.ConnectorPatch;
import io.github.ocpi4j.model.v230.locations.ConnectorType;
import io.github.ocpi4j.model.v230.locations.EVSE;
import io.github.ocpi4j.model.v230.locations.EVSEParking;
import io.github.ocpi4j.model.v230.locations.EVSEPatch;
import io.github.ocpi4j.model.v230.locations.EVSEPosition;
import io.github.ocpi4j.model.v230.locations.EnergyMix;
import io.github.ocpi4j.model.v230.locations.EnergySource;
import io.github.ocpi4j.model.v230.locations.EnergySourceCategory;
import io.github.ocpi4j.model.v230.locations.EnvironmentalImpact;
import io.github.ocpi4j.model.v230.locations.EnvironmentalImpactCategory;
import io.github.ocpi4j.model.v230.locations.ExceptionalPeriod;
import io.github.ocpi4j.model.v230.locations.Facility;
import io.github.ocpi4j.model.v230.locations.GeoLocation;
import io.github.ocpi4j.model.v230.locations.Hours;
import io.github.ocpi4j.model.v230.locations.Image;
import io.github.ocpi4j.model.v230.locations.ImageCategory;
import io.github.ocpi4j.model.v230.locations.Location;
import io.github.ocpi4j.model.v230.locations.LocationPatch;
import io.github.ocpi4j.model.v230.locations.Parking;
import io.github.ocpi4j.model.v230.locations.ParkingDirection;
import io.github.ocpi4j.model.v230.locations.ParkingRestriction;
import io.github.ocpi4j.model.v230.locations.ParkingType;
import io.github.ocpi4j.model.v230.locations.PowerType;
import io.github.ocpi4j.model.v230.locations.PublishTokenType;
import io.github.ocpi4j.model.v230.locations.RegularHours;
import io.github.ocpi4j.model.v230.locations.Status;
import io.github.ocpi4j.model.v230.locations.StatusSchedule;
import io.github.ocpi4j.model.v230.locations.VehicleType;
import io.github.ocpi4j.model.v230.payments.CaptureStatusCode;
import io.github.ocpi4j.model.v230.payments.FinancialAdviceConfirmation;
import io.github.ocpi4j.model.v230.payments.InvoiceCreator;
import io.github.ocpi4j.model.v230.payments.Terminal;
import io.github.ocpi4j.model.v230.payments.TerminalPatch;
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
 * Optional<Class<?>> patch = SpecTypes.patchTypeOf(type);         // empty: no PATCH of a TaxAmount
 * }</pre>
 */
public final class SpecTypes {
    private static final List<Class<?>> ALL = List.of(
            AccessInformation.class,
            AccessMethod.class,
            ActiveChargingProfile.class,
            ActiveChargingProfileResult.class,
            AdditionalGeoLocation.class,
            AllowedType.class,
            AuthMethod.class,
            AuthorizationInfo.class,
            Booking.class,
            BookingLocation.class,
            BookingOption.class,
            BookingRequest.class,
            BookingRequestStatus.class,
            BookingTerms.class,
            BookingToken.class,
            BusinessDetails.class,
            Calendar.class,
            CanceledReason.class,
            Cancellation.class,
            CancelReservation.class,
            Capability.class,
            CaptureStatusCode.class,
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
            ConnectorCapability.class,
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
            EVSEParking.class,
            EVSEPosition.class,
            ExceptionalPeriod.class,
            Facility.class,
            FinancialAdviceConfirmation.class,
            GeoLocation.class,
            Hours.class,
            Image.class,
            ImageCategory.class,
            InterfaceRole.class,
            InvoiceCreator.class,
            Location.class,
            LocationReferences.class,
            ModuleID.class,
            Parking.class,
            ParkingDirection.class,
            ParkingRestriction.class,
            ParkingType.class,
            Period.class,
            Policy.class,
            PowerType.class,
            Price.class,
            PriceComponent.class,
            PriceLimit.class,
            ProfileType.class,
            PublishTokenType.class,
            RegularHours.class,
            ReservationRequestStatus.class,
            ReservationRestrictionType.class,
            ReservationStatus.class,
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
            TaxAmount.class,
            TaxIncluded.class,
            Terminal.class,
            Timeslot.class,
            Token.class,
            TokenType.class,
            UnlockConnector.class,
            VehicleType.class,
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
            Token.class, TokenPatch.class,
            BookingLocation.class, BookingLocationPatch.class,
            Calendar.class, CalendarPatch.class,
            Booking.class, BookingPatch.class,
            Terminal.class, TerminalPatch.class);

    private SpecTypes() {}

    /** Returns every type of OCPI 2.3.0, ordered by name. */
    public static List<Class<?>> all() {
        return ALL;
    }

    /** Returns the type with this name in the specification, ignoring case: {@code Location}, {@code EVSE}, ... */
    public static Optional<Class<?>> forName(String name) {
        return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
    }

    /**
     * Returns the type of a PATCH body of an object, for the objects a module lets a party PATCH: Location, EVSE,
     * Connector, Session, Token, Terminal, and in Bookings 1.1 BookingLocation, Calendar and Booking.
     */
    public static Optional<Class<?>> patchTypeOf(Class<?> type) {
        return Optional.ofNullable(PATCHES.get(type));
    }
}
