package io.github.ocpi4j.examples.readme;

import io.github.ocpi4j.model.Violation;
import io.github.ocpi4j.model.v230.bookings.Booking;
import io.github.ocpi4j.model.v230.bookings.BookingLifecycle;
import io.github.ocpi4j.model.v230.bookings.BookingLocation;
import io.github.ocpi4j.model.v230.bookings.BookingMatcher;
import io.github.ocpi4j.model.v230.bookings.BookingPatch;
import io.github.ocpi4j.model.v230.bookings.BookingRequest;
import io.github.ocpi4j.model.v230.bookings.BookingRules;
import io.github.ocpi4j.model.v230.bookings.ReservationRequestStatus;
import io.github.ocpi4j.model.v230.bookings.ReservationStatus;
import io.github.ocpi4j.model.v230.sessions.Session;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The README's "Bookings 1.1: booking a charger ahead", with the objects it works on as given. */
final class BookingsQuickStart {
    private BookingsQuickStart() {}

    static void bookkeeping(
            BookingLocation bookingLocation,
            BookingRequest request,
            List<Booking> activeBookings,
            Instant now,
            Booking booking,
            BookingRequest laterRequest,
            Session session,
            List<Booking> bookings,
            Booking stored,
            BookingPatch patch) {
        // spotless:off
        // README:begin Bookings 1.1: booking a charger ahead
        List<Violation> problems = BookingRules.checkRequest(bookingLocation, request, activeBookings, now);
        //   period in a free timeslot and on the calendar's increment, min/max duration, power, overlapping tokens
        booking = BookingLifecycle.move(booking, ReservationStatus.RESERVED, now);   // illegal moves throw
        booking = BookingLifecycle.answer(booking, 0, ReservationRequestStatus.ACCEPTED, now);   // once per request
        BookingRules.checkChange(booking, laterRequest, now);   // change and cancel deadlines, final bookings
        BookingRules.isNoShow(booking, now);                    // noshow_timeout after the start, else the end
        Optional<Booking> used = BookingMatcher.fulfilledBy(session, bookings);   // token or authorization_reference,
                                                                                 // EVSE, early start until no-show
        List<Violation> refused = BookingLifecycle.checkUpdate(stored, patch.applyTo(stored));   // an eMSP's check of a push
        // README:end
        // spotless:on
    }
}
