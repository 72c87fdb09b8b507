package io.github.ocpi4j.model.internal.pricing;

import io.github.ocpi4j.model.internal.pricing.Amounts.Key;
import io.github.ocpi4j.model.v221.tariffs.PriceComponent;
import io.github.ocpi4j.model.v221.tariffs.ReservationRestrictionType;
import io.github.ocpi4j.model.v221.tariffs.Tariff;
import io.github.ocpi4j.model.v221.tariffs.TariffElement;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds the price component that applies to a dimension in a period ({@code [[mod_tariffs_tariff_object]]}): that of
 * the first tariff element, in order, with a component for the dimension and restrictions that match.
 */
public final class Chooser {
    private final Tariff tariff;
    private final Restrictions restrictions;
    private final int[] charging;
    private final int[] reservation;

    /** The price component found for a dimension, and the index of its element. */
    public record Active(int index, PriceComponent component) {}

    /**
     * Prepares the search: charging tries the elements without a reservation restriction; a reservation those with
     * RESERVATION, and an expired one those with RESERVATION_EXPIRES before them ({@code
     * [[mod_tariffs_reservation_restriction_type]]}).
     */
    public Chooser(Tariff tariff, ZoneId zone, boolean expired) {
        this.tariff = tariff;
        this.restrictions = new Restrictions(zone);
        int n = tariff.elements().size();
        int[] forCharging = new int[n];
        int[] expires = new int[n];
        int[] reserved = new int[n];
        int charges = 0;
        int expiring = 0;
        int reserving = 0;
        for (int i = 0; i < n; i++) {
            TariffElement e = tariff.elements().get(i);
            ReservationRestrictionType kind = e == null || e.restrictions() == null
                    ? null
                    : e.restrictions().reservation();
            if (kind == null) {
                forCharging[charges++] = i;
            } else if (kind == ReservationRestrictionType.RESERVATION_EXPIRES) {
                if (expired) {
                    expires[expiring++] = i;
                }
            } else {
                reserved[reserving++] = i;
            }
        }
        System.arraycopy(reserved, 0, expires, expiring, reserving);
        this.charging = Arrays.copyOf(forCharging, charges);
        this.reservation = Arrays.copyOf(expires, expiring + reserving);
    }

    /** Returns the active price component of a dimension in a period, or {@code null}: free. */
    @Nullable
    public Active active(Slice slice, Key key) {
        for (int i : key.reservation() ? reservation : charging) {
            TariffElement element = tariff.elements().get(i);
            List<PriceComponent> components = element.priceComponents();
            for (int c = 0; c < components.size(); c++) { // indexed: no iterator per element and dimension
                PriceComponent component = components.get(c);
                if (component != null && component.type() == key.dimension()) {
                    if (restrictions.match(element.restrictions(), slice, null)) {
                        return new Active(i, component);
                    }
                    break; // only the element's first component of a dimension counts
                }
            }
        }
        return null;
    }

    /**
     * Says in words why the element {@link #active} found for a period applies: {@code "element 1: time 07:00-19:00
     * at 17:30, MONDAY"}. Only for an element it found for that period, as the explanation is asked for after the
     * pricing.
     */
    public String why(int index, Slice slice) {
        StringBuilder why = new StringBuilder(64).append("element ").append(index);
        restrictions.match(tariff.elements().get(index).restrictions(), slice, why);
        return why.toString();
    }
}
