package io.github.ocpi4j.server.v221;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.OcpiStatusException;
import io.github.ocpi4j.model.v221.cdrs.CDR;
import io.github.ocpi4j.server.PageRequest;
import io.github.ocpi4j.server.PageResult;
import io.github.ocpi4j.server.RequestContext;
import io.github.ocpi4j.server.Stored;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * CDRs in memory, both roles. As a Sender it returns all of {@link #own} whoever asks (a careless host). As a
 * Receiver it keeps each posted CDR once: the same CDR again is {@link Stored#UPDATED}, a different one with a known
 * id is 2001, as {@link CdrsReceiverService#postCdr} asks.
 */
class InMemoryCdrs implements CdrsSenderService, CdrsReceiverService {
    final List<CDR> own = new ArrayList<>();
    final Map<String, CDR> received = new LinkedHashMap<>();

    @Override
    public PageResult<CDR> cdrs(RequestContext ctx, PageRequest page) {
        return PageResult.of(own, page, CDR::lastUpdated);
    }

    @Override
    public Optional<CDR> cdr(RequestContext ctx, CiString countryCode, CiString partyId, CiString cdrId) {
        return Optional.ofNullable(received.get(key(countryCode, partyId, cdrId)));
    }

    @Override
    public Stored postCdr(RequestContext ctx, CDR cdr) {
        String key = key(cdr.countryCode(), cdr.partyId(), cdr.id());
        CDR old = received.putIfAbsent(key, cdr);
        if (old == null) {
            return Stored.CREATED;
        }
        if (old.equals(cdr)) {
            return Stored.UPDATED;
        }
        throw OcpiStatusException.invalidOrMissingParameters("CDR " + cdr.id() + " exists and differs");
    }

    private static String key(CiString countryCode, CiString partyId, CiString id) {
        return (countryCode + "/" + partyId + "/" + id).toUpperCase(Locale.ROOT);
    }
}
