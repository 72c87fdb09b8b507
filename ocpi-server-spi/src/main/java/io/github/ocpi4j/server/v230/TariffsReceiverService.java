package io.github.ocpi4j.server.v230;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.v230.tariffs.Tariff;
import io.github.ocpi4j.server.RequestContext;
import io.github.ocpi4j.server.Stored;
import java.util.Optional;

/**
 * The OCPI 2.3.0 Tariffs Receiver interface, typically an eMSP's ({@code [[mod_tariffs_emsp_interface]]}): a
 * partner pushes and removes its tariffs. ocpi4j has checked that the URL's country code and party id are the
 * requesting party's and that the body's ids are the URL's. Called from many threads at once.
 *
 * <p>The server calls it from the threads that serve requests, for concurrent requests concurrently: an
 * implementation must be thread-safe.
 */
public interface TariffsReceiverService {

    /** Returns a tariff as this side stored it, or empty (HTTP 404). */
    Optional<Tariff> tariff(RequestContext ctx, CiString countryCode, CiString partyId, CiString tariffId);

    /** Stores a new or replaced tariff. */
    Stored putTariff(RequestContext ctx, Tariff tariff);

    /**
     * Removes a tariff.
     *
     * @return whether it existed (otherwise HTTP 404)
     */
    boolean deleteTariff(RequestContext ctx, CiString countryCode, CiString partyId, CiString tariffId);
}
