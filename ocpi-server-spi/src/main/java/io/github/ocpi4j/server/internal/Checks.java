package io.github.ocpi4j.server.internal;

import io.github.ocpi4j.client.PartyRole;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.Formats;
import io.github.ocpi4j.model.OcpiStatusCode;
import io.github.ocpi4j.model.OcpiStatusException;
import io.github.ocpi4j.model.OpenEnum;
import io.github.ocpi4j.model.PatchField;
import io.github.ocpi4j.model.Violation;
import io.github.ocpi4j.server.RequestContext;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The checks the routes of every version put on a request before the host sees it: the URL's party is the
 * requesting one, ids of the URL match the body's, required query parameters are there and well formed.
 */
public final class Checks {
    private Checks() {}

    /**
     * The URL's country code, checked to be one of the requesting party's together with the URL's party id: another
     * party's objects are invisible (404, {@code [[transport_and_format_errors]]}).
     */
    public static CiString countryCode(Call c) {
        CiString countryCode = c.ciParam("country_code");
        CiString partyId = c.ciParam("party_id");
        if (!c.context().owns(countryCode, partyId)) {
            throw new HttpError(
                    404,
                    OcpiStatusCode.CLIENT_ERROR,
                    countryCode + "/" + partyId + " is not one of your roles: use your own country code and party id"
                            + " in the URL (" + roles(c, "/") + ")");
        }
        return countryCode;
    }

    /**
     * The requesting party's roles as a message names them, each country code and party id joined by {@code
     * separator}, such as {@code NL/EMS, BE/EMS}.
     */
    public static String roles(Call c, String separator) {
        return c.context().party().roles().stream()
                .map(r -> r.countryCode() + separator + r.partyId())
                .distinct()
                .collect(Collectors.joining(", "));
    }

    /** The URL's party id; {@link #countryCode(Call)} checks the pair. */
    public static CiString partyId(Call c) {
        return c.ciParam("party_id");
    }

    /**
     * The owner a body names must be the URL's, which must be the requesting party ({@code
     * [[mod_locations_request_parameters_msp]]}).
     */
    public static void owner(Call c, @Nullable Object countryCode, @Nullable Object partyId) {
        same("country_code", countryCode(c), countryCode);
        same("party_id", partyId(c), partyId);
    }

    /**
     * An id of the URL must equal the body's, when the body has one; a PATCH field counts when it holds a value
     * ({@code [[transport_and_format_errors]]}).
     */
    public static void same(String name, CiString inUrl, @Nullable Object inBody) {
        Object value = inBody instanceof PatchField<?> field ? field.value().orElse(null) : inBody;
        if (value != null && !inUrl.equals(value)) {
            throw OcpiStatusException.invalidOrMissingParameters(name + " in the URL (" + inUrl
                    + ") differs from the body's (" + value + "): send the same in both");
        }
    }

    /**
     * The role of the requesting party that owns what it sends where neither the URL nor the object names an owner,
     * as in Payments: the role its {@code OCPI-from-country-code} and {@code OCPI-from-party-id} headers name, which
     * must be one of its own ({@code [[transport_and_format_message_routing]]}), or else its only role of this kind.
     *
     * @param role the kind of role that owns such objects, such as {@code PTP}
     * @throws HttpError 403 for a party without such a role; 2001 for headers that name another party, or for a
     *     party with several such roles and no headers to tell which one speaks
     */
    public static PartyRole speaker(Call c, String role) {
        RequestContext ctx = c.context();
        CiString countryCode = ctx.fromCountryCode();
        CiString partyId = ctx.fromPartyId();
        if (countryCode != null || partyId != null) {
            if (!ctx.owns(countryCode, partyId)) {
                throw OcpiStatusException.invalidOrMissingParameters("OCPI-from-country-code and OCPI-from-party-id"
                        + " name " + countryCode + " " + partyId + ", which is not one of your roles");
            }
            return new PartyRole(role, countryCode, partyId);
        }
        List<PartyRole> roles =
                ctx.party().roles().stream().filter(r -> r.role().equals(role)).toList();
        if (roles.isEmpty()) {
            throw new HttpError(
                    403,
                    OcpiStatusCode.CLIENT_ERROR,
                    "only a " + role + " sends these objects: you have no role " + role);
        }
        if (roles.size() > 1) {
            throw OcpiStatusException.invalidOrMissingParameters("you have " + roles.size() + " roles " + role
                    + ": name the one that sends this in OCPI-from-country-code and OCPI-from-party-id");
        }
        return roles.get(0);
    }

    /**
     * An object a party sends to be kept under its own name (a CDR it posts, a booking it requests) must name one of
     * its roles as its owner (2001 otherwise).
     *
     * @param what what the object is called in the message, such as {@code CDR}
     */
    public static void sentByOwner(Call c, String what, @Nullable CiString countryCode, @Nullable CiString partyId) {
        if (!c.context().owns(countryCode, partyId)) {
            throw OcpiStatusException.invalidOrMissingParameters("the " + what + " belongs to " + countryCode + "-"
                    + partyId + ", which is not one of your roles: post only your own (" + roles(c, "-") + ")");
        }
    }

    /**
     * Refuses a request that the rules of an object's lifecycle do not allow, such as a change of a booking that
     * ended: 2000 with each broken rule and its path, in the message and as the data.
     *
     * @param what what was asked, such as {@code change of booking B1}
     * @param problems the broken rules; nothing happens when empty
     */
    public static void allowed(String what, List<Violation> problems) {
        if (!problems.isEmpty()) {
            throw new HttpError(
                    200,
                    OcpiStatusCode.CLIENT_ERROR,
                    what + " refused: "
                            + problems.stream().map(Violation::toString).collect(Collectors.joining("; ")),
                    List.copyOf(problems));
        }
    }

    /** A query parameter that must be there and not empty (2001 otherwise). */
    public static String required(Call c, String name) {
        String value = c.query(name);
        if (value == null || value.isEmpty()) {
            throw OcpiStatusException.invalidOrMissingParameters(
                    "the query parameter " + name + " is required: add it");
        }
        return value;
    }

    /** The required {@code response_url} query parameter: a URL, at most 255 characters ({@code [[types_url_type]]}). */
    public static String responseUrl(Call c) {
        String url = required(c, "response_url");
        String violation = url.length() > 255
                ? "string(255): " + url.length() + " characters, at most 255 allowed"
                : Formats.url(url);
        if (violation != null) {
            throw OcpiStatusException.invalidOrMissingParameters(
                    "response_url: " + violation + ": send an http(s) URL of at most 255 characters");
        }
        return url;
    }

    /** The required {@code duration} query parameter of a charging profile request: whole seconds, not negative. */
    public static int duration(Call c) {
        String duration = required(c, "duration");
        int seconds;
        try {
            seconds = Integer.parseInt(duration);
        } catch (NumberFormatException e) {
            throw OcpiStatusException.invalidOrMissingParameters(
                    "duration must be a whole number of seconds, 0 or more, was " + duration);
        }
        if (seconds < 0) {
            throw OcpiStatusException.invalidOrMissingParameters(
                    "duration must be a whole number of seconds, 0 or more, was " + duration);
        }
        return seconds;
    }

    /**
     * The token of a command must be the requesting eMSP's own ({@code [[mod_commands_startsession_object]]}).
     *
     * @param countryCode the token's country code
     * @param partyId the token's party id
     */
    public static void ownToken(Call c, @Nullable CiString countryCode, @Nullable CiString partyId) {
        if (!c.context().owns(countryCode, partyId)) {
            throw OcpiStatusException.invalidOrMissingParameters(
                    "the token belongs to " + countryCode + "-" + partyId + ", which is not one of your roles: an eMSP"
                            + " sends only its own tokens (" + roles(c, "-") + ")");
        }
    }

    /**
     * The Hub owns client info ({@code [[mod_hub_client_info_module]]}): a party that is no Hub may neither push nor
     * read it, or it could report other parties offline.
     */
    public static void hub(Call c) {
        if (!c.context().isHub()) {
            throw new HttpError(
                    403,
                    OcpiStatusCode.CLIENT_ERROR,
                    "only a Hub pushes or reads client info, and you registered no HUB role: leave this endpoint to"
                            + " your Hub");
        }
    }

    /** The token type of the URL's {@code type} parameter: RFID when it has none ({@code [[mod_tokens_cpo_interface]]}). */
    public static String tokenType(Call c) {
        String type = c.query("type");
        return type == null || type.isEmpty() ? "RFID" : type;
    }

    /** A token put with a {@code type} in its URL must be of that type. */
    public static void sameTokenType(Call c, OpenEnum inBody) {
        if (c.query("type") != null && !tokenType(c).equals(inBody.value())) {
            throw OcpiStatusException.invalidOrMissingParameters("type " + c.query("type")
                    + " in the URL differs from the token's " + inBody + ": send the token's own type in the URL");
        }
    }

    /** Uid and type identify a token: a PATCH cannot turn the URL's token into one of another type. */
    public static void samePatchedTokenType(Call c, PatchField<? extends OpenEnum> inBody) {
        String type = tokenType(c);
        inBody.value().filter(t -> !t.value().equals(type)).ifPresent(t -> {
            throw OcpiStatusException.invalidOrMissingParameters(
                    "type in the URL (" + type + ") differs from the body's (" + t + "): a PATCH cannot change a"
                            + " token's type; PUT the token of the other type instead");
        });
    }
}
