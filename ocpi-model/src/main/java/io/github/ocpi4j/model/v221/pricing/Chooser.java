package io.github.ocpi4j.model.v221.pricing;

import io.github.ocpi4j.model.v221.tariffs.PriceComponent;
import io.github.ocpi4j.model.v221.tariffs.ReservationRestrictionType;
import io.github.ocpi4j.model.v221.tariffs.Tariff;
import io.github.ocpi4j.model.v221.tariffs.TariffElement;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds the price component that applies to a dimension in a period ({@code [[mod_tariffs_tariff_object]]}): that of
 * the first tariff element, in order, with a component for the dimension and restrictions that match.
 */
final class Chooser {
    private final Tariff tariff;
    private final Restrictions restrictions;
    private final List<Integer> charging = new ArrayList<>();
    private final List<Integer> reservation = new ArrayList<>();

    /** The price component found for a dimension, and why its element applies. */
    record Active(int index, PriceComponent component, String why) {}

    /**
     * Prepares the search: charging tries the elements without a reservation restriction; a reservation those with
     * RESERVATION, and an expired one those with RESERVATION_EXPIRES before them ({@code
     * [[mod_tariffs_reservation_restriction_type]]}).
     */
    Chooser(Tariff tariff, ZoneId zone, boolean expired) {
        this.tariff = tariff;
        this.restrictions = new Restrictions(zone);
        List<Integer> reserved = new ArrayList<>();
        for (int i = 0; i < tariff.elements().size(); i++) {
            TariffElement e = tariff.elements().get(i);
            ReservationRestrictionType kind = e == null || e.restrictions() == null
                    ? null
                    : e.restrictions().reservation();
            if (kind == null) {
                charging.add(i);
            } else if (kind == ReservationRestrictionType.RESERVATION_EXPIRES) {
                if (expired) {
                    reservation.add(i);
                }
            } else {
                reserved.add(i);
            }
        }
        reservation.addAll(reserved);
    }

    /** Returns the active price component of a dimension in a period, or {@code null}: free. */
    @Nullable
    Active active(Slice slice, Pricing.Key key) {
        for (int i : key.reservation() ? reservation : charging) {
            TariffElement element = tariff.elements().get(i);
            for (PriceComponent component : element.priceComponents()) {
                if (component != null && component.type() == key.dimension()) {
                    String why = restrictions.match(element.restrictions(), slice);
                    if (why != null) {
                        return new Active(i, component, "element " + i + (why.isEmpty() ? "" : ": " + why));
                    }
                    break; // only the element's first component of a dimension counts
                }
            }
        }
        return null;
    }
}
