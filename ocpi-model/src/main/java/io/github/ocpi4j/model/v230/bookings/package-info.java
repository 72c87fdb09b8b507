/**
 * The Bookings 1.1 add-on to OCPI 2.3.0, module {@code bookings} ({@code [[mod_bookings_booking_module]]}): the
 * Locations a CPO lets eMSPs book ahead ({@link io.github.ocpi4j.model.v230.bookings.BookingLocation}) with the free
 * time of each ({@link io.github.ocpi4j.model.v230.bookings.Calendar}), the requests of eMSPs ({@link
 * io.github.ocpi4j.model.v230.bookings.BookingRequest}) and the bookings that answer them ({@link
 * io.github.ocpi4j.model.v230.bookings.Booking}).
 *
 * <p>Besides the objects, three classes of plain functions, which read no clock and do no I/O, do the bookkeeping a
 * host would otherwise write itself: {@link io.github.ocpi4j.model.v230.bookings.BookingLifecycle} (which changes of
 * a booking are legal), {@link io.github.ocpi4j.model.v230.bookings.BookingRules} (calendars, durations, deadlines
 * and the time window of a booking) and {@link io.github.ocpi4j.model.v230.bookings.BookingMatcher} (the booking a
 * charging session fulfils).
 */
@NullMarked
package io.github.ocpi4j.model.v230.bookings;

import org.jspecify.annotations.NullMarked;
