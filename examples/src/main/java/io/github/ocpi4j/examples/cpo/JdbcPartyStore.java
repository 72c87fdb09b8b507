package io.github.ocpi4j.examples.cpo;

import io.github.ocpi4j.client.Party;
import io.github.ocpi4j.client.PartyEndpoint;
import io.github.ocpi4j.client.PartyRole;
import io.github.ocpi4j.client.PartyStore;
import io.github.ocpi4j.model.CiString;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A {@link PartyStore} in the tables {@code cpo_party}, {@code cpo_party_role} and {@code cpo_party_endpoint}: every
 * field of a {@link Party} in its own column, roles and endpoints in their order. A partner's request is
 * authenticated by the SHA-256 of its token (an indexed column), then the token itself is compared in constant time,
 * as {@link PartyStore} asks. The tokens are stored as they are; a production store would encrypt them at rest.
 * Thread-safe.
 */
final class JdbcPartyStore implements PartyStore {
    private final Database db;

    JdbcPartyStore(Database db) {
        this.db = db;
    }

    @Override
    public Optional<Party> findById(String id) {
        return db.read(c -> load(c, id));
    }

    @Override
    public Optional<Party> findByIncomingToken(String token) {
        return db.read(c -> {
            for (String id :
                    Database.strings(c, "SELECT id FROM cpo_party WHERE incoming_token_hash = ?", hash(token))) {
                Optional<Party> party = load(c, id);
                if (party.isPresent() && sameToken(party.get().incomingToken(), token)) {
                    return party;
                }
            }
            return Optional.empty();
        });
    }

    @Override
    public List<Party> findAll() {
        return db.read(c -> {
            List<Party> all = new ArrayList<>();
            for (String id : Database.strings(c, "SELECT id FROM cpo_party ORDER BY id")) {
                load(c, id).ifPresent(all::add);
            }
            return all;
        });
    }

    @Override
    public Optional<Party> findByRole(CiString countryCode, CiString partyId) {
        return db.read(c -> {
            List<String> ids = Database.strings(
                    c,
                    "SELECT DISTINCT p.id FROM cpo_party p JOIN cpo_party_role r ON r.party = p.id"
                            + " WHERE p.status = ? AND UPPER(r.country_code) = ? AND UPPER(r.party_id) = ?"
                            + " ORDER BY p.id",
                    Party.Status.REGISTERED.name(),
                    Database.key(countryCode),
                    Database.key(partyId));
            return ids.isEmpty() ? Optional.empty() : load(c, ids.get(0));
        });
    }

    @Override
    public void save(Party party) {
        db.write(c -> {
            Database.update(c, "DELETE FROM cpo_party_role WHERE party = ?", party.id());
            Database.update(c, "DELETE FROM cpo_party_endpoint WHERE party = ?", party.id());
            Object[] columns = {
                party.status().name(),
                party.incomingToken(),
                party.incomingToken() == null ? null : hash(party.incomingToken()),
                party.outgoingToken(),
                party.versionsUrl(),
                party.version(),
                party.plainTokenAllowed(),
                party.id()
            };
            int updated = Database.update(
                    c,
                    "UPDATE cpo_party SET status = ?, incoming_token = ?, incoming_token_hash = ?, outgoing_token = ?,"
                            + " versions_url = ?, ocpi_version = ?, plain_token_allowed = ? WHERE id = ?",
                    columns);
            if (updated == 0) {
                Database.update(
                        c,
                        "INSERT INTO cpo_party (status, incoming_token, incoming_token_hash, outgoing_token,"
                                + " versions_url, ocpi_version, plain_token_allowed, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        columns);
            }
            for (int i = 0; i < party.roles().size(); i++) {
                PartyRole role = party.roles().get(i);
                Database.update(
                        c,
                        "INSERT INTO cpo_party_role (party, ordinal, role, country_code, party_id) VALUES (?, ?, ?, ?, ?)",
                        party.id(),
                        i,
                        role.role(),
                        role.countryCode().value(),
                        role.partyId().value());
            }
            for (int i = 0; i < party.endpoints().size(); i++) {
                PartyEndpoint endpoint = party.endpoints().get(i);
                Database.update(
                        c,
                        "INSERT INTO cpo_party_endpoint (party, ordinal, module, role, url) VALUES (?, ?, ?, ?, ?)",
                        party.id(),
                        i,
                        endpoint.module(),
                        endpoint.role(),
                        endpoint.url());
            }
            return null;
        });
    }

    @Override
    public void delete(String id) {
        db.write(c -> {
            Database.update(c, "DELETE FROM cpo_party_role WHERE party = ?", id);
            Database.update(c, "DELETE FROM cpo_party_endpoint WHERE party = ?", id);
            return Database.update(c, "DELETE FROM cpo_party WHERE id = ?", id);
        });
    }

    private static Optional<Party> load(Connection c, String id) throws SQLException {
        Party.Status status;
        String incomingToken;
        String outgoingToken;
        String versionsUrl;
        String version;
        boolean plainTokenAllowed;
        try (PreparedStatement statement = Database.bind(
                        c.prepareStatement("SELECT status, incoming_token, outgoing_token, versions_url, ocpi_version,"
                                + " plain_token_allowed FROM cpo_party WHERE id = ?"),
                        id);
                ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
                return Optional.empty();
            }
            status = Party.Status.valueOf(rows.getString("status"));
            incomingToken = rows.getString("incoming_token");
            outgoingToken = rows.getString("outgoing_token");
            versionsUrl = rows.getString("versions_url");
            version = rows.getString("ocpi_version");
            plainTokenAllowed = rows.getBoolean("plain_token_allowed");
        }
        List<PartyRole> roles = new ArrayList<>();
        try (PreparedStatement statement = Database.bind(
                        c.prepareStatement("SELECT role, country_code, party_id FROM cpo_party_role WHERE party = ?"
                                + " ORDER BY ordinal"),
                        id);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                roles.add(PartyRole.of(
                        rows.getString("role"), rows.getString("country_code"), rows.getString("party_id")));
            }
        }
        List<PartyEndpoint> endpoints = new ArrayList<>();
        try (PreparedStatement statement = Database.bind(
                        c.prepareStatement("SELECT module, role, url FROM cpo_party_endpoint WHERE party = ?"
                                + " ORDER BY ordinal"),
                        id);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                endpoints.add(
                        new PartyEndpoint(rows.getString("module"), rows.getString("role"), rows.getString("url")));
            }
        }
        return Optional.of(new Party(
                id, status, incomingToken, outgoingToken, versionsUrl, version, roles, endpoints, plainTokenAllowed));
    }

    private static boolean sameToken(@Nullable String stored, String presented) {
        return stored != null
                && MessageDigest.isEqual(
                        stored.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }

    /** The SHA-256 of a token in hexadecimal: what the index holds, so that the token is not searched for itself. */
    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
