package io.github.ocpi4j.client;

import io.github.ocpi4j.model.CiString;
import java.util.List;
import java.util.Optional;

/**
 * Where a platform keeps its partners: their tokens, roles and endpoints. The client's registration writes to it
 * and the server authenticates every request with it. {@link InMemoryPartyStore} is the implementation for tests
 * and single-node hosts; a host with a database implements this interface over its tables.
 *
 * <p>Implementations must be thread-safe, and {@link #findByIncomingToken(String)} must not reveal through its
 * timing how much of a wrong token matched (compare in constant time, or look up by a cryptographic hash of the
 * token).
 */
public interface PartyStore {

    /** Returns the party with this id. */
    Optional<Party> findById(String id);

    /** Returns the party that calls this side with this token. */
    Optional<Party> findByIncomingToken(String token);

    /** Returns every party. */
    List<Party> findAll();

    /** Stores a party, replacing the one with the same id. */
    void save(Party party);

    /** Removes the party with this id, if there is one. */
    void delete(String id);

    /** Returns the registered party that declared a role with this country code and party id. */
    default Optional<Party> findByRole(CiString countryCode, CiString partyId) {
        return findAll().stream()
                .filter(p -> p.status() == Party.Status.REGISTERED && p.hasRole(countryCode, partyId))
                .findFirst();
    }
}
