package io.github.ocpi4j.examples.cpo;

import io.github.ocpi4j.client.OcpiClient;
import io.github.ocpi4j.client.Partner;
import io.github.ocpi4j.client.Party;
import io.github.ocpi4j.client.PartyRole;
import io.github.ocpi4j.client.PartyStore;
import io.github.ocpi4j.examples.cpo.Charging.Place;
import io.github.ocpi4j.examples.cpo.CpoStore.Reservation;
import io.github.ocpi4j.examples.cpo.CpoStore.ReservationState;
import io.github.ocpi4j.examples.cpo.CpoStore.SessionRow;
import io.github.ocpi4j.examples.versions.Bridge;
import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.OcpiStatusCode;
import io.github.ocpi4j.model.OcpiStatusException;
import io.github.ocpi4j.model.translation.V221ToV230;
import io.github.ocpi4j.model.translation.V230ToV221;
import io.github.ocpi4j.model.v221.cdrs.CdrToken;
import io.github.ocpi4j.model.v221.commands.CancelReservation;
import io.github.ocpi4j.model.v221.commands.CommandResponse;
import io.github.ocpi4j.model.v221.commands.CommandResponseType;
import io.github.ocpi4j.model.v221.commands.CommandResult;
import io.github.ocpi4j.model.v221.commands.CommandResultType;
import io.github.ocpi4j.model.v221.commands.ReserveNow;
import io.github.ocpi4j.model.v221.commands.StartSession;
import io.github.ocpi4j.model.v221.commands.StopSession;
import io.github.ocpi4j.model.v221.commands.UnlockConnector;
import io.github.ocpi4j.model.v221.locations.Capability;
import io.github.ocpi4j.model.v221.locations.Connector;
import io.github.ocpi4j.model.v221.locations.EVSE;
import io.github.ocpi4j.model.v221.locations.Location;
import io.github.ocpi4j.model.v221.locations.Status;
import io.github.ocpi4j.model.v221.sessions.Session;
import io.github.ocpi4j.model.v221.sessions.SessionStatus;
import io.github.ocpi4j.model.v221.tokens.AllowedType;
import io.github.ocpi4j.model.v221.tokens.LocationReferences;
import io.github.ocpi4j.model.v221.tokens.Token;
import io.github.ocpi4j.model.v221.tokens.TokenType;
import io.github.ocpi4j.model.v221.tokens.WhitelistType;
import io.github.ocpi4j.model.v221.types.DisplayText;
import io.github.ocpi4j.model.v221.types.DisplayTexts;
import io.github.ocpi4j.server.RequestContext;
import io.github.ocpi4j.server.v221.CommandsReceiverService;
import io.github.ocpi4j.server.v221.Locations;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CPO's Commands Receiver ({@code [[mod_commands_cpo_interface]]}). Each command is answered at once with what
 * the CPO can tell from its data (ACCEPTED, or REJECTED / NOT_SUPPORTED / UNKNOWN_SESSION with a message; an unknown
 * location is OCPI status 2003); the charger then carries it out on the CPO's executor, checking again what may have
 * changed since, and its {@link CommandResult} goes to the command's {@code response_url} through the {@link Outbox},
 * in the transaction of the change it reports.
 *
 * <p>The token of RESERVE_NOW and START_SESSION is the eMSP's to authorize before it sends the command: the CPO does
 * not check it when it answers, and never asks the eMSP about it in real time ({@code
 * [[mod_commands_reservenow_object]]}, {@code [[mod_commands_startsession_object]]}). The simulated charger decides
 * on it, from its local list (the copies of tokens the eMSP pushed): it refuses a token the eMSP marked not valid, in
 * the command or in that copy, and takes any other, pushed or not. An RFID card of such a command held to the reader
 * of the same EVSE within 15 minutes is allowed without asking the eMSP ({@link #authorizeCard}).
 *
 * <ul>
 *   <li>RESERVE_NOW holds an AVAILABLE, RESERVABLE EVSE (the one named, or the first such) until {@code expiry_date},
 *       and opens a session in {@code RESERVATION}; the same {@code reservation_id} at the same location replaces
 *       the reservation. Refused: an EVSE occupied, reserved or out of order.
 *   <li>CANCEL_RESERVATION frees the EVSE and completes the reservation's session: CANCELED_RESERVATION, or
 *       UNKNOWN_RESERVATION when the eMSP has no active reservation with that id.
 *   <li>START_SESSION starts charging on an AVAILABLE EVSE, or on the EVSE reserved for the same token, whose
 *       session then becomes {@code ACTIVE} (OCPI 2.2.1's StartSession has no {@code reservation_id}: the token
 *       names the reservation); the session carries the command's {@code authorization_reference}.
 *   <li>STOP_SESSION completes the session and bills it with a CDR ({@link Charging#stop}).
 *   <li>UNLOCK_CONNECTOR unlocks a connector of an UNLOCK_CAPABLE EVSE.
 * </ul>
 *
 * <p>Thread-safe.
 */
final class CpoCommands implements CommandsReceiverService {
    private static final Logger LOG = LoggerFactory.getLogger(CpoCommands.class);
    /** How long the eMSP should wait for a result, in seconds. */
    static final int TIMEOUT_SECONDS = 30;

    /** How long a command's RFID token is taken as authorized at its EVSE's reader. */
    static final Duration COMMAND_AUTHORIZES = Duration.ofMinutes(15);

    private static final CommandResponse ACCEPTED =
            new CommandResponse(CommandResponseType.ACCEPTED, TIMEOUT_SECONDS, List.of());

    private final Database db;
    private final CpoStore store;
    private final Charging charging;
    private final Outbox outbox;
    private final PartyStore parties;
    private final OcpiClient client;
    private final Executor chargers;
    /** When the charger took each RFID token of a command, by token and EVSE. */
    private final Map<CommandedCard, Instant> commandedCards = new ConcurrentHashMap<>();

    CpoCommands(
            Database db,
            CpoStore store,
            Charging charging,
            Outbox outbox,
            PartyStore parties,
            OcpiClient client,
            Executor chargers) {
        this.db = db;
        this.store = store;
        this.charging = charging;
        this.outbox = outbox;
        this.parties = parties;
        this.client = client;
        this.chargers = chargers;
    }

    /** Why a command cannot be carried out: the answer now, or the charger's result later. */
    record Refusal(CommandResultType result, DisplayText message) {

        /** A refusal whose message may quote what the eMSP sent: made a valid DisplayText whatever it holds. */
        static Refusal of(CommandResultType result, String message) {
            return new Refusal(result, DisplayTexts.safe("en", message));
        }

        CommandResponse response() {
            CommandResponseType type = result == CommandResultType.NOT_SUPPORTED
                    ? CommandResponseType.NOT_SUPPORTED
                    : CommandResponseType.REJECTED;
            return new CommandResponse(type, 0, List.of(message));
        }

        CommandResult commandResult() {
            return new CommandResult(result, List.of(message));
        }
    }

    /** Where a command is carried out, or why it cannot be. */
    private record Target(
            @Nullable Refusal refusal,
            @Nullable Place place,
            @Nullable Connector connector,
            @Nullable Reservation reservation) {

        static Target refuse(CommandResultType result, String message) {
            return new Target(Refusal.of(result, message), null, null, null);
        }
    }

    // ---- RESERVE_NOW

    @Override
    public CommandResponse reserveNow(RequestContext ctx, ReserveNow command) {
        requireLocation(command.locationId());
        Refusal refusal = db.read(c -> reserveTarget(c, command, charging.now()).refusal());
        if (refusal != null) {
            return refusal.response();
        }
        Instant received = charging.now();
        later(ctx, command.responseUrl(), (c, party) -> reserve(c, party, command, received));
        return ACCEPTED;
    }

    private void reserve(Connection c, String party, ReserveNow command, Instant received) throws SQLException {
        Instant now = charging.now();
        Target target = reserveTarget(c, command, now);
        Refusal refusal = target.refusal() != null ? target.refusal() : chargerRefusal(c, command.token());
        if (refusal != null) {
            outbox.postResult(c, party, command.responseUrl(), refusal.commandResult());
            return;
        }
        Place place = target.place();
        Reservation replaced = target.reservation();
        if (replaced != null && !replaced.evseUid().equals(place.evse().uid())) {
            Location location = place.location();
            EVSE old = Locations.evse(location, replaced.evseUid()).orElseThrow();
            store.setEvseStatus(c, location, old, Status.AVAILABLE, now);
            Location reread = store.location(c, location.id()).orElseThrow();
            place = new Place(reread, Locations.evse(reread, place.evse().uid()).orElseThrow());
        }
        SessionRow replacedSession =
                replaced == null ? null : store.session(c, replaced.sessionId()).orElse(null);
        outbox.postResult(c, party, command.responseUrl(), result(CommandResultType.ACCEPTED));
        Token token = command.token();
        Session session = charging.reserve(c, place, token, command.authorizationReference(), replacedSession, now);
        store.putReservation(
                c,
                new Reservation(
                        token.countryCode(),
                        token.partyId(),
                        command.reservationId(),
                        place.location().id(),
                        place.evse().uid(),
                        token.uid(),
                        token.type(),
                        command.expiryDate(),
                        session.id(),
                        ReservationState.ACTIVE));
        rememberCard(token, place, received);
    }

    private Target reserveTarget(Connection c, ReserveNow command, Instant now) throws SQLException {
        Optional<Location> found = store.location(c, command.locationId());
        if (found.isEmpty()) {
            return Target.refuse(CommandResultType.REJECTED, "unknown location " + command.locationId());
        }
        Location location = found.get();
        if (!command.expiryDate().isAfter(now)) {
            return Target.refuse(CommandResultType.REJECTED, "expiry_date " + command.expiryDate() + " has passed");
        }
        Token token = command.token();
        Reservation replaced = store.reservation(c, token.countryCode(), token.partyId(), command.reservationId())
                .filter(r ->
                        r.state() == ReservationState.ACTIVE && r.locationId().equals(location.id()))
                .orElse(null);
        EVSE evse;
        if (command.evseUid() != null) {
            Optional<EVSE> named = Locations.evse(location, command.evseUid());
            if (named.isEmpty()) {
                return Target.refuse(
                        CommandResultType.REJECTED, "location " + location.id() + " has no EVSE " + command.evseUid());
            }
            evse = named.get();
        } else if (replaced != null) {
            evse = Locations.evse(location, replaced.evseUid()).orElseThrow();
        } else {
            Optional<EVSE> free = location.evses().stream()
                    .filter(e ->
                            e.status() == Status.AVAILABLE && e.capabilities().contains(Capability.RESERVABLE))
                    .findFirst();
            if (free.isEmpty()) {
                return Target.refuse(
                        CommandResultType.EVSE_OCCUPIED,
                        "no EVSE of location " + location.id() + " is available to reserve");
            }
            evse = free.get();
        }
        if (!evse.capabilities().contains(Capability.RESERVABLE)) {
            return Target.refuse(CommandResultType.NOT_SUPPORTED, "EVSE " + evse.uid() + " cannot be reserved");
        }
        boolean held = replaced != null && replaced.evseUid().equals(evse.uid());
        if (!held && evse.status() != Status.AVAILABLE) {
            return Target.refuse(busy(evse.status()), "EVSE " + evse.uid() + " is " + evse.status());
        }
        return new Target(null, new Place(location, evse), null, replaced);
    }

    /**
     * The charger's decision on the token of a command, taken from its local list: it refuses a token the eMSP marked
     * not valid, in the command or in the copy it pushed, and takes any other as the eMSP authorized it, whether pushed
     * or not ({@code [[mod_commands_reservenow_object]]}, {@code [[mod_commands_startsession_object]]}). Nobody asks
     * the eMSP.
     */
    private @Nullable Refusal chargerRefusal(Connection c, Token token) throws SQLException {
        Optional<Token> listed = store.token(c, token.countryCode(), token.partyId(), token.uid(), token.type());
        boolean blocked = !Boolean.TRUE.equals(token.valid())
                || listed.isPresent() && !Boolean.TRUE.equals(listed.get().valid());
        return blocked
                ? Refusal.of(
                        CommandResultType.REJECTED,
                        "the charger refuses token " + token.uid() + ": its eMSP marked it not valid")
                : null;
    }

    /** An RFID token of a command the charger took, at the EVSE where it took it. */
    private record CommandedCard(String uid, String locationId, String evseUid) {
        static CommandedCard of(CiString uid, CiString locationId, CiString evseUid) {
            return new CommandedCard(Database.key(uid), Database.key(locationId), Database.key(evseUid));
        }
    }

    /** Keeps an RFID token of a command the charger took, for {@link #authorizeCard}; forgets those too old. */
    private void rememberCard(Token token, Place place, Instant received) {
        if (token.type().equals(TokenType.RFID)) {
            commandedCards.values().removeIf(at -> !charging.now().isBefore(at.plus(COMMAND_AUTHORIZES)));
            commandedCards.put(
                    CommandedCard.of(
                            token.uid(), place.location().id(), place.evse().uid()),
                    received);
        }
    }

    // ---- CANCEL_RESERVATION

    @Override
    public CommandResponse cancelReservation(RequestContext ctx, CancelReservation command) {
        List<PartyRole> roles = ctx.party().roles();
        later(ctx, command.responseUrl(), (c, party) -> cancel(c, party, roles, command));
        return ACCEPTED;
    }

    private void cancel(Connection c, String party, List<PartyRole> roles, CancelReservation command)
            throws SQLException {
        Reservation reservation = null;
        for (PartyRole role : roles) {
            reservation = store.reservation(c, role.countryCode(), role.partyId(), command.reservationId())
                    .filter(r -> r.state() == ReservationState.ACTIVE)
                    .orElse(reservation);
        }
        if (reservation == null) {
            outbox.postResult(
                    c,
                    party,
                    command.responseUrl(),
                    Refusal.of(
                                    CommandResultType.UNKNOWN_RESERVATION,
                                    "no active reservation " + command.reservationId())
                            .commandResult());
            return;
        }
        outbox.postResult(c, party, command.responseUrl(), result(CommandResultType.CANCELED_RESERVATION));
        store.putReservation(c, reservation.withState(ReservationState.CANCELED));
        Optional<SessionRow> session = store.session(c, reservation.sessionId());
        if (session.isPresent()) {
            charging.endReservation(c, session.get(), charging.now());
        }
    }

    /** Ends the active reservations whose expiry date has come; returns how many. */
    int expireReservations(Connection c) throws SQLException {
        Instant now = charging.now();
        List<Reservation> expired = store.expiredReservations(c, now);
        for (Reservation reservation : expired) {
            store.putReservation(c, reservation.withState(ReservationState.EXPIRED));
            Optional<SessionRow> session = store.session(c, reservation.sessionId());
            if (session.isPresent()) {
                charging.endReservation(c, session.get(), now);
            }
            LOG.info(
                    "reservation {} of {}-{} at EVSE {} expired",
                    reservation.reservationId(),
                    reservation.emspCountryCode(),
                    reservation.emspPartyId(),
                    reservation.evseUid());
        }
        return expired.size();
    }

    // ---- START_SESSION

    @Override
    public CommandResponse startSession(RequestContext ctx, StartSession command) {
        requireLocation(command.locationId());
        Refusal refusal = db.read(c -> startTarget(c, command, charging.now()).refusal());
        if (refusal != null) {
            return refusal.response();
        }
        Instant received = charging.now();
        later(ctx, command.responseUrl(), (c, party) -> start(c, party, command, received));
        return ACCEPTED;
    }

    /** The charger's part of a start: the token, what may have changed since the answer, then the session. */
    private void start(Connection c, String party, StartSession command, Instant received) throws SQLException {
        Target target = startTarget(c, command, charging.now());
        Refusal refusal = target.refusal() != null ? target.refusal() : chargerRefusal(c, command.token());
        if (refusal != null) {
            outbox.postResult(c, party, command.responseUrl(), refusal.commandResult());
            return;
        }
        outbox.postResult(c, party, command.responseUrl(), result(CommandResultType.ACCEPTED));
        Reservation reservation = target.reservation();
        SessionRow reserved = reservation == null
                ? null
                : store.session(c, reservation.sessionId()).orElse(null);
        charging.start(
                c,
                target.place(),
                target.connector(),
                command.token(),
                command.authorizationReference(),
                reserved,
                charging.now());
        if (reservation != null) {
            store.putReservation(c, reservation.withState(ReservationState.USED));
        }
        rememberCard(command.token(), target.place(), received);
    }

    private Target startTarget(Connection c, StartSession command, Instant now) throws SQLException {
        Optional<Location> found = store.location(c, command.locationId());
        if (found.isEmpty()) {
            return Target.refuse(CommandResultType.REJECTED, "unknown location " + command.locationId());
        }
        Location location = found.get();
        Token token = command.token();
        EVSE evse = null;
        if (command.evseUid() != null) {
            evse = Locations.evse(location, command.evseUid()).orElse(null);
            if (evse == null) {
                return Target.refuse(
                        CommandResultType.REJECTED, "location " + location.id() + " has no EVSE " + command.evseUid());
            }
        } else {
            for (EVSE e : location.evses()) {
                Optional<Reservation> held = store.activeReservationAt(c, location.id(), e.uid());
                if (held.isPresent() && reservedFor(held.get(), token)) {
                    evse = e;
                }
            }
            if (evse == null) {
                evse = location.evses().stream()
                        .filter(e -> e.status() == Status.AVAILABLE
                                && e.capabilities().contains(Capability.REMOTE_START_STOP_CAPABLE))
                        .findFirst()
                        .orElse(null);
            }
            if (evse == null) {
                return Target.refuse(
                        CommandResultType.EVSE_OCCUPIED, "no EVSE of location " + location.id() + " is available");
            }
        }
        if (!evse.capabilities().contains(Capability.REMOTE_START_STOP_CAPABLE)) {
            return Target.refuse(CommandResultType.NOT_SUPPORTED, "EVSE " + evse.uid() + " cannot be started remotely");
        }
        Reservation reservation =
                store.activeReservationAt(c, location.id(), evse.uid()).orElse(null);
        if (evse.status() == Status.RESERVED) {
            if (reservation == null || !reservedFor(reservation, token)) {
                return Target.refuse(
                        CommandResultType.REJECTED, "EVSE " + evse.uid() + " is reserved for another driver");
            }
        } else if (evse.status() != Status.AVAILABLE) {
            return Target.refuse(busy(evse.status()), "EVSE " + evse.uid() + " is " + evse.status());
        }
        Connector connector;
        if (command.connectorId() != null) {
            connector = Locations.connector(evse, command.connectorId()).orElse(null);
            if (connector == null) {
                return Target.refuse(
                        CommandResultType.REJECTED,
                        "EVSE " + evse.uid() + " has no connector " + command.connectorId());
            }
        } else if (evse.capabilities().contains(Capability.START_SESSION_CONNECTOR_REQUIRED)) {
            return Target.refuse(
                    CommandResultType.REJECTED, "EVSE " + evse.uid() + " needs connector_id to start a session");
        } else {
            connector = evse.connectors().get(0);
        }
        if (evse.evseId() == null) {
            return Target.refuse(
                    CommandResultType.REJECTED, "EVSE " + evse.uid() + " has no evse_id, which its CDR needs");
        }
        if (charging.tariff(c, connector, now, null).isEmpty()) {
            return Target.refuse(
                    CommandResultType.REJECTED,
                    "connector " + connector.id() + " of EVSE " + evse.uid()
                            + " has no tariff: this CPO bills every session");
        }
        boolean ours = reservation != null && reservedFor(reservation, token);
        return new Target(null, new Place(location, evse), connector, ours ? reservation : null);
    }

    private static boolean reservedFor(Reservation reservation, Token token) {
        return reservation.tokenUid().equals(token.uid())
                && reservation.tokenType().equals(token.type())
                && reservation.emspCountryCode().equals(token.countryCode())
                && reservation.emspPartyId().equals(token.partyId());
    }

    // ---- an RFID card at a charger

    /**
     * What a charger's card reader decides for an RFID card. The card of a RESERVE_NOW or START_SESSION the charger
     * took at this EVSE less than 15 minutes ago is ALLOWED: the eMSP authorized it with the command, so it is not
     * asked again ({@code [[mod_commands_reservenow_object]]}, {@code [[mod_commands_startsession_object]]}).
     * Otherwise the token's {@code whitelist} decides ({@code [[mod_tokens_whitelisttype_enum]]}): {@code ALWAYS},
     * from the copy the eMSP pushed; else the eMSP is asked in real time ({@code
     * [[mod_tokens_real-time_authorization]]}), and when it cannot be reached the copy decides for {@code ALLOWED}
     * and {@code ALLOWED_OFFLINE}, while {@code NEVER} is refused. A card no eMSP pushed is NOT_ALLOWED: the CPO
     * cannot tell whose it is.
     */
    AllowedType authorizeCard(CiString locationId, CiString evseUid, CiString uid) {
        requireLocation(locationId);
        Instant commanded = commandedCards.get(CommandedCard.of(uid, locationId, evseUid));
        if (commanded != null && charging.now().isBefore(commanded.plus(COMMAND_AUTHORIZES))) {
            return AllowedType.ALLOWED;
        }
        Optional<Token> pushed = db.read(c -> store.rfidToken(c, uid));
        if (pushed.isEmpty()) {
            return AllowedType.NOT_ALLOWED;
        }
        Token token = pushed.get();
        AllowedType offline = token.valid() ? AllowedType.ALLOWED : AllowedType.BLOCKED;
        if (token.whitelist() == WhitelistType.ALWAYS) {
            return offline;
        }
        try {
            Party emsp = parties.findByRole(token.countryCode(), token.partyId())
                    .orElseThrow(() -> new IllegalStateException(
                            "eMSP " + token.countryCode() + "-" + token.partyId() + " is not registered"));
            Partner partner = client.partner(emsp);
            LocationReferences at = new LocationReferences(locationId, List.of(evseUid));
            if (partner.version().equals("2.3.0")) { // the eMSP's answer, translated (Bridge)
                io.github.ocpi4j.model.v230.tokens.AuthorizationInfo info = partner.v230()
                        .tokensSender()
                        .authorize(
                                uid.value(),
                                io.github.ocpi4j.model.v230.tokens.TokenType.RFID,
                                Bridge.out(V221ToV230.locationReferences(at), "LocationReferences"));
                return Bridge.in(V230ToV221.authorizationInfo(info), "AuthorizationInfo")
                        .allowed();
            }
            return partner.v221()
                    .tokensSender()
                    .authorize(uid.value(), TokenType.RFID, at)
                    .allowed();
        } catch (OcpiStatusException e) {
            if (e.statusCode().equals(OcpiStatusCode.UNKNOWN_TOKEN)) {
                return AllowedType.NOT_ALLOWED;
            }
            return token.whitelist() == WhitelistType.NEVER ? AllowedType.NOT_ALLOWED : offline;
        } catch (RuntimeException e) {
            LOG.info("real-time authorization of card {} failed, the whitelist decides: {}", uid, e.getMessage());
            return token.whitelist() == WhitelistType.NEVER ? AllowedType.NOT_ALLOWED : offline;
        }
    }

    // ---- STOP_SESSION

    @Override
    public CommandResponse stopSession(RequestContext ctx, StopSession command) {
        Optional<SessionRow> row = db.read(c -> store.session(c, command.sessionId()));
        if (row.isEmpty()) {
            return new CommandResponse(
                    CommandResponseType.UNKNOWN_SESSION,
                    0,
                    List.of(DisplayTexts.safe("en", "unknown session " + command.sessionId())));
        }
        CdrToken token = row.get().session().cdrToken();
        if (!ctx.owns(token.countryCode(), token.partyId())) {
            return Refusal.of(
                            CommandResultType.REJECTED,
                            "session " + command.sessionId() + " is not of one of your customers")
                    .response();
        }
        if (row.get().session().status() != SessionStatus.ACTIVE) {
            return Refusal.of(
                            CommandResultType.REJECTED,
                            "session " + command.sessionId() + " is "
                                    + row.get().session().status())
                    .response();
        }
        later(ctx, command.responseUrl(), (c, party) -> {
            SessionRow current = store.session(c, command.sessionId()).orElseThrow();
            if (current.session().status() != SessionStatus.ACTIVE) {
                outbox.postResult(
                        c,
                        party,
                        command.responseUrl(),
                        Refusal.of(
                                        CommandResultType.REJECTED,
                                        "session " + command.sessionId() + " is "
                                                + current.session().status())
                                .commandResult());
                return;
            }
            outbox.postResult(c, party, command.responseUrl(), result(CommandResultType.ACCEPTED));
            charging.stop(c, current, charging.now());
        });
        return ACCEPTED;
    }

    // ---- UNLOCK_CONNECTOR

    @Override
    public CommandResponse unlockConnector(RequestContext ctx, UnlockConnector command) {
        requireLocation(command.locationId());
        Refusal refusal = db.read(c -> unlockRefusal(c, command));
        if (refusal != null) {
            return refusal.response();
        }
        later(ctx, command.responseUrl(), (c, party) -> {
            Refusal now = unlockRefusal(c, command);
            outbox.postResult(
                    c,
                    party,
                    command.responseUrl(),
                    now != null ? now.commandResult() : result(CommandResultType.ACCEPTED));
        });
        return ACCEPTED;
    }

    private @Nullable Refusal unlockRefusal(Connection c, UnlockConnector command) throws SQLException {
        Optional<Location> location = store.location(c, command.locationId());
        if (location.isEmpty()) {
            return Refusal.of(CommandResultType.REJECTED, "unknown location " + command.locationId());
        }
        Optional<EVSE> evse = Locations.evse(location.get(), command.evseUid());
        if (evse.isEmpty()) {
            return Refusal.of(
                    CommandResultType.REJECTED,
                    "location " + command.locationId() + " has no EVSE " + command.evseUid());
        }
        if (Locations.connector(evse.get(), command.connectorId()).isEmpty()) {
            return Refusal.of(
                    CommandResultType.REJECTED,
                    "EVSE " + command.evseUid() + " has no connector " + command.connectorId());
        }
        if (!evse.get().capabilities().contains(Capability.UNLOCK_CAPABLE)) {
            return Refusal.of(
                    CommandResultType.NOT_SUPPORTED, "EVSE " + command.evseUid() + " cannot unlock its connectors");
        }
        return null;
    }

    // ---- the shared mechanics

    /** A charger's work on a command, in one write transaction with the pushes it makes. */
    @FunctionalInterface
    private interface ChargerWork {
        void run(Connection c, String party) throws SQLException;
    }

    /**
     * Carries out a command on the executor, in one transaction, then delivers what it pushed; if it fails, its
     * command's result is FAILED.
     */
    private void later(RequestContext ctx, String responseUrl, ChargerWork work) {
        String party = ctx.party().id();
        try {
            chargers.execute(() -> {
                try {
                    db.write(c -> {
                        work.run(c, party);
                        return null;
                    });
                } catch (RuntimeException e) {
                    LOG.error("the command of {} for {} failed", party, responseUrl, e);
                    db.write(c -> {
                        outbox.postResult(
                                c,
                                party,
                                responseUrl,
                                Refusal.of(CommandResultType.FAILED, "the charger failed")
                                        .commandResult());
                        return null;
                    });
                }
                outbox.deliverSoon();
            });
        } catch (RejectedExecutionException e) {
            throw OcpiStatusException.serverError("the CPO is shutting down");
        }
    }

    private void requireLocation(CiString locationId) {
        if (db.read(c -> store.location(c, locationId)).isEmpty()) {
            throw OcpiStatusException.unknownLocation("unknown location " + locationId);
        }
    }

    /** The result of a command on an EVSE in this status. */
    private static CommandResultType busy(Status status) {
        return switch (status) {
            case CHARGING, BLOCKED -> CommandResultType.EVSE_OCCUPIED;
            case RESERVED -> CommandResultType.REJECTED;
            default -> CommandResultType.EVSE_INOPERATIVE;
        };
    }

    private static CommandResult result(CommandResultType type) {
        return new CommandResult(type, List.of());
    }
}
