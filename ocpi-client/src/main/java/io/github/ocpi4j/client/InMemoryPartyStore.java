package io.github.ocpi4j.client;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A {@link PartyStore} in memory: for tests, demos and single-node hosts that register their partners at start-up.
 * Tokens are looked up by their SHA-256 digest and then compared in constant time. Thread-safe.
 *
 * <pre>{@code
 * PartyStore parties = new InMemoryPartyStore();
 * parties.save(Party.pending("new-partner", CredentialsTokens.generate()));
 * }</pre>
 */
public final class InMemoryPartyStore implements PartyStore {
    private final Map<String, Party> byId = new ConcurrentHashMap<>();
    private final Map<ByteBuffer, String> idByTokenDigest = new ConcurrentHashMap<>();

    @Override
    public Optional<Party> findById(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<Party> findByIncomingToken(String token) {
        String id = idByTokenDigest.get(digest(token));
        Party party = id == null ? null : byId.get(id);
        if (party == null || party.incomingToken() == null) {
            return Optional.empty();
        }
        boolean same = MessageDigest.isEqual(
                party.incomingToken().getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
        return same ? Optional.of(party) : Optional.empty();
    }

    @Override
    public List<Party> findAll() {
        List<Party> all = new ArrayList<>(byId.values());
        all.sort(Comparator.comparing(Party::id));
        return all;
    }

    @Override
    public synchronized void save(Party party) {
        Party old = byId.put(party.id(), party);
        if (old != null && old.incomingToken() != null) {
            idByTokenDigest.remove(digest(old.incomingToken()), old.id());
        }
        if (party.incomingToken() != null) {
            idByTokenDigest.put(digest(party.incomingToken()), party.id());
        }
    }

    @Override
    public synchronized void delete(String id) {
        Party old = byId.remove(id);
        if (old != null && old.incomingToken() != null) {
            idByTokenDigest.remove(digest(old.incomingToken()), id);
        }
    }

    private static ByteBuffer digest(@Nullable String token) {
        try {
            byte[] bytes = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
