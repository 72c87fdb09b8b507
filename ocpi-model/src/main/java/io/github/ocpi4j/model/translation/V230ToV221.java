package io.github.ocpi4j.model.translation;

import io.github.ocpi4j.model.v221.cdrs.CDR;
import io.github.ocpi4j.model.v221.chargingprofiles.ActiveChargingProfile;
import io.github.ocpi4j.model.v221.chargingprofiles.ActiveChargingProfileResult;
import io.github.ocpi4j.model.v221.chargingprofiles.ChargingProfileResponse;
import io.github.ocpi4j.model.v221.chargingprofiles.ChargingProfileResult;
import io.github.ocpi4j.model.v221.chargingprofiles.ClearProfileResult;
import io.github.ocpi4j.model.v221.chargingprofiles.SetChargingProfile;
import io.github.ocpi4j.model.v221.commands.CancelReservation;
import io.github.ocpi4j.model.v221.commands.CommandResponse;
import io.github.ocpi4j.model.v221.commands.CommandResult;
import io.github.ocpi4j.model.v221.commands.ReserveNow;
import io.github.ocpi4j.model.v221.commands.StartSession;
import io.github.ocpi4j.model.v221.commands.StopSession;
import io.github.ocpi4j.model.v221.commands.UnlockConnector;
import io.github.ocpi4j.model.v221.credentials.Credentials;
import io.github.ocpi4j.model.v221.hubclientinfo.ClientInfo;
import io.github.ocpi4j.model.v221.locations.Connector;
import io.github.ocpi4j.model.v221.locations.ConnectorPatch;
import io.github.ocpi4j.model.v221.locations.EVSE;
import io.github.ocpi4j.model.v221.locations.EVSEPatch;
import io.github.ocpi4j.model.v221.locations.Location;
import io.github.ocpi4j.model.v221.locations.LocationPatch;
import io.github.ocpi4j.model.v221.sessions.ChargingPreferences;
import io.github.ocpi4j.model.v221.sessions.Session;
import io.github.ocpi4j.model.v221.sessions.SessionPatch;
import io.github.ocpi4j.model.v221.tariffs.Tariff;
import io.github.ocpi4j.model.v221.tokens.AuthorizationInfo;
import io.github.ocpi4j.model.v221.tokens.LocationReferences;
import io.github.ocpi4j.model.v221.tokens.Token;
import io.github.ocpi4j.model.v221.tokens.TokenPatch;
import io.github.ocpi4j.model.v221.versions.Endpoint;
import io.github.ocpi4j.model.v221.versions.Version;
import io.github.ocpi4j.model.v221.versions.VersionDetails;

/**
 * Translates each object an OCPI module exchanges from OCPI 2.3.0 to OCPI 2.2.1; the methods take the OCPI 2.3.0 type
 * ({@code io.github.ocpi4j.model.v230...}) and return the OCPI 2.2.1 one, with what could not be carried.
 *
 * <pre>{@code
 * // a backend that stores 2.3.0 serves a 2.2.1 partner
 * Translated<Location> location = V230ToV221.location(stored);
 * location.losses().forEach(loss -> log.debug("{}", loss));   // parking_places: OCPI 2.2.1 has no such field; ...
 * return location.value();
 * }</pre>
 *
 * <p>Each method says what differs for its object; the {@link io.github.ocpi4j.model.translation package} describes
 * every difference and how it is carried. All methods are thread-safe.
 */
public final class V230ToV221 {
    private V230ToV221() {}

    /** Translates a Version ({@code [[version_information_endpoint_version_class]]}): the same in both versions. */
    public static Translated<Version> version(io.github.ocpi4j.model.v230.versions.Version version) {
        return Translation.translate(version, Version.class);
    }

    /** Translates a VersionDetails ({@code [[version_information_endpoint_version_details_endpoint]]}): the same in both versions; its version number and URLs are kept as they are. */
    public static Translated<VersionDetails> versionDetails(
            io.github.ocpi4j.model.v230.versions.VersionDetails versionDetails) {
        return Translation.translate(versionDetails, VersionDetails.class);
    }

    /** Translates a Endpoint ({@code [[version_information_endpoint_endpoint_class]]}): the same in both versions. */
    public static Translated<Endpoint> endpoint(io.github.ocpi4j.model.v230.versions.Endpoint endpoint) {
        return Translation.translate(endpoint, Endpoint.class);
    }

    /** Translates a Credentials ({@code [[credentials_credentials_object]]}): hub_party_id is lost. */
    public static Translated<Credentials> credentials(io.github.ocpi4j.model.v230.credentials.Credentials credentials) {
        return Translation.translate(credentials, Credentials.class);
    }

    /** Translates a Location ({@code [[mod_locations_location_object]]}): parking_places and help_phone are lost, and of its EVSEs what {@link #evse} loses. */
    public static Translated<Location> location(io.github.ocpi4j.model.v230.locations.Location location) {
        return Translation.translate(location, Location.class);
    }

    /** Translates a EVSE ({@code [[mod_locations_evse_object]]}): parking and accepted_service_providers are lost, and the capabilities of its connectors. */
    public static Translated<EVSE> evse(io.github.ocpi4j.model.v230.locations.EVSE evse) {
        return Translation.translate(evse, EVSE.class);
    }

    /** Translates a Connector ({@code [[mod_locations_connector_object]]}): capabilities are lost. */
    public static Translated<Connector> connector(io.github.ocpi4j.model.v230.locations.Connector connector) {
        return Translation.translate(connector, Connector.class);
    }

    /** Translates a LocationPatch ({@code [[transport_and_format_patch]]}): as {@link #location}, for the fields the PATCH sets. */
    public static Translated<LocationPatch> locationPatch(
            io.github.ocpi4j.model.v230.locations.LocationPatch locationPatch) {
        return Translation.translate(locationPatch, LocationPatch.class);
    }

    /** Translates a EVSEPatch ({@code [[transport_and_format_patch]]}): as {@link #evse}, for the fields the PATCH sets. */
    public static Translated<EVSEPatch> evsePatch(io.github.ocpi4j.model.v230.locations.EVSEPatch evsePatch) {
        return Translation.translate(evsePatch, EVSEPatch.class);
    }

    /** Translates a ConnectorPatch ({@code [[transport_and_format_patch]]}): as {@link #connector}, for the fields the PATCH sets. */
    public static Translated<ConnectorPatch> connectorPatch(
            io.github.ocpi4j.model.v230.locations.ConnectorPatch connectorPatch) {
        return Translation.translate(connectorPatch, ConnectorPatch.class);
    }

    /** Translates a Session ({@code [[mod_sessions_session_object]]}): its total cost states the taxes as incl_vat where they are all VAT. */
    public static Translated<Session> session(io.github.ocpi4j.model.v230.sessions.Session session) {
        return Translation.translate(session, Session.class);
    }

    /** Translates a SessionPatch ({@code [[transport_and_format_patch]]}): as {@link #session}, for the fields the PATCH sets. */
    public static Translated<SessionPatch> sessionPatch(
            io.github.ocpi4j.model.v230.sessions.SessionPatch sessionPatch) {
        return Translation.translate(sessionPatch, SessionPatch.class);
    }

    /** Translates a ChargingPreferences ({@code [[mod_sessions_charging_preferences_object]]}): the same in both versions. */
    public static Translated<ChargingPreferences> chargingPreferences(
            io.github.ocpi4j.model.v230.sessions.ChargingPreferences chargingPreferences) {
        return Translation.translate(chargingPreferences, ChargingPreferences.class);
    }

    /** Translates a CDR ({@code [[mod_cdrs_cdr_object]]}): its costs state the taxes as incl_vat where they are all VAT, and its tariffs change as {@link #tariff}. */
    public static Translated<CDR> cdr(io.github.ocpi4j.model.v230.cdrs.CDR cdr) {
        return Translation.translate(cdr, CDR.class);
    }

    /** Translates a Tariff ({@code [[mod_tariffs_tariff_object]]}): tax_included YES or N/A and preauthorize_amount are lost. */
    public static Translated<Tariff> tariff(io.github.ocpi4j.model.v230.tariffs.Tariff tariff) {
        return Translation.translate(tariff, Tariff.class);
    }

    /** Translates a Token ({@code [[mod_tokens_token_object]]}): the same in both versions. */
    public static Translated<Token> token(io.github.ocpi4j.model.v230.tokens.Token token) {
        return Translation.translate(token, Token.class);
    }

    /** Translates a TokenPatch ({@code [[transport_and_format_patch]]}): the same in both versions. */
    public static Translated<TokenPatch> tokenPatch(io.github.ocpi4j.model.v230.tokens.TokenPatch tokenPatch) {
        return Translation.translate(tokenPatch, TokenPatch.class);
    }

    /** Translates a AuthorizationInfo ({@code [[mod_tokens_authorizationinfo_object]]}): the same in both versions. */
    public static Translated<AuthorizationInfo> authorizationInfo(
            io.github.ocpi4j.model.v230.tokens.AuthorizationInfo authorizationInfo) {
        return Translation.translate(authorizationInfo, AuthorizationInfo.class);
    }

    /** Translates a LocationReferences ({@code [[mod_tokens_locationreferences_class]]}): the same in both versions. */
    public static Translated<LocationReferences> locationReferences(
            io.github.ocpi4j.model.v230.tokens.LocationReferences locationReferences) {
        return Translation.translate(locationReferences, LocationReferences.class);
    }

    /** Translates a CancelReservation ({@code [[mod_commands_cancelreservation_object]]}): the same in both versions. */
    public static Translated<CancelReservation> cancelReservation(
            io.github.ocpi4j.model.v230.commands.CancelReservation cancelReservation) {
        return Translation.translate(cancelReservation, CancelReservation.class);
    }

    /** Translates a ReserveNow ({@code [[mod_commands_reservenow_object]]}): the same in both versions. */
    public static Translated<ReserveNow> reserveNow(io.github.ocpi4j.model.v230.commands.ReserveNow reserveNow) {
        return Translation.translate(reserveNow, ReserveNow.class);
    }

    /** Translates a StartSession ({@code [[mod_commands_startsession_object]]}): the same in both versions. */
    public static Translated<StartSession> startSession(
            io.github.ocpi4j.model.v230.commands.StartSession startSession) {
        return Translation.translate(startSession, StartSession.class);
    }

    /** Translates a StopSession ({@code [[mod_commands_stopsession_object]]}): the same in both versions. */
    public static Translated<StopSession> stopSession(io.github.ocpi4j.model.v230.commands.StopSession stopSession) {
        return Translation.translate(stopSession, StopSession.class);
    }

    /** Translates a UnlockConnector ({@code [[mod_commands_unlockconnector_object]]}): the same in both versions. */
    public static Translated<UnlockConnector> unlockConnector(
            io.github.ocpi4j.model.v230.commands.UnlockConnector unlockConnector) {
        return Translation.translate(unlockConnector, UnlockConnector.class);
    }

    /** Translates a CommandResponse ({@code [[mod_commands_commandresponse_object]]}): the same in both versions. */
    public static Translated<CommandResponse> commandResponse(
            io.github.ocpi4j.model.v230.commands.CommandResponse commandResponse) {
        return Translation.translate(commandResponse, CommandResponse.class);
    }

    /** Translates a CommandResult ({@code [[mod_commands_commandresult_object]]}): the same in both versions. */
    public static Translated<CommandResult> commandResult(
            io.github.ocpi4j.model.v230.commands.CommandResult commandResult) {
        return Translation.translate(commandResult, CommandResult.class);
    }

    /** Translates a SetChargingProfile ({@code [[mod_charging_profiles_set_charging_profile_object]]}): the same in both versions. */
    public static Translated<SetChargingProfile> setChargingProfile(
            io.github.ocpi4j.model.v230.chargingprofiles.SetChargingProfile setChargingProfile) {
        return Translation.translate(setChargingProfile, SetChargingProfile.class);
    }

    /** Translates a ChargingProfileResponse ({@code [[mod_charging_profiles_response_object]]}): the same in both versions. */
    public static Translated<ChargingProfileResponse> chargingProfileResponse(
            io.github.ocpi4j.model.v230.chargingprofiles.ChargingProfileResponse chargingProfileResponse) {
        return Translation.translate(chargingProfileResponse, ChargingProfileResponse.class);
    }

    /** Translates a ActiveChargingProfile ({@code [[mod_charging_profiles_active_charging_profile_class]]}): the same in both versions. */
    public static Translated<ActiveChargingProfile> activeChargingProfile(
            io.github.ocpi4j.model.v230.chargingprofiles.ActiveChargingProfile activeChargingProfile) {
        return Translation.translate(activeChargingProfile, ActiveChargingProfile.class);
    }

    /** Translates a ActiveChargingProfileResult ({@code [[mod_charging_profiles_active_charging_profiles_result_object]]}): the same in both versions. */
    public static Translated<ActiveChargingProfileResult> activeChargingProfileResult(
            io.github.ocpi4j.model.v230.chargingprofiles.ActiveChargingProfileResult activeChargingProfileResult) {
        return Translation.translate(activeChargingProfileResult, ActiveChargingProfileResult.class);
    }

    /** Translates a ChargingProfileResult ({@code [[mod_charging_profiles_charging_profiles_result_object]]}): the same in both versions. */
    public static Translated<ChargingProfileResult> chargingProfileResult(
            io.github.ocpi4j.model.v230.chargingprofiles.ChargingProfileResult chargingProfileResult) {
        return Translation.translate(chargingProfileResult, ChargingProfileResult.class);
    }

    /** Translates a ClearProfileResult ({@code [[mod_charging_profiles_clear_profiles_result_object]]}): the same in both versions. */
    public static Translated<ClearProfileResult> clearProfileResult(
            io.github.ocpi4j.model.v230.chargingprofiles.ClearProfileResult clearProfileResult) {
        return Translation.translate(clearProfileResult, ClearProfileResult.class);
    }

    /** Translates a ClientInfo ({@code [[mod_hub_client_info_hub_client_info_object]]}): the same in both versions. */
    public static Translated<ClientInfo> clientInfo(io.github.ocpi4j.model.v230.hubclientinfo.ClientInfo clientInfo) {
        return Translation.translate(clientInfo, ClientInfo.class);
    }
}
