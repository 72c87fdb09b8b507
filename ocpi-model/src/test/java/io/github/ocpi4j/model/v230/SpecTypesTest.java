package io.github.ocpi4j.model.v230;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.v230.bookings.Booking;
import io.github.ocpi4j.model.v230.bookings.BookingPatch;
import io.github.ocpi4j.model.v230.bookings.BookingRequest;
import io.github.ocpi4j.model.v230.bookings.Calendar;
import io.github.ocpi4j.model.v230.bookings.CalendarPatch;
import io.github.ocpi4j.model.v230.credentials.Credentials;
import io.github.ocpi4j.model.v230.tokens.Token;
import io.github.ocpi4j.model.v230.tokens.TokenPatch;
import io.github.ocpi4j.model.v230.versions.ModuleID;
import org.junit.jupiter.api.Test;

/** Lookups of OCPI 2.3.0 types; what holds for every version is in {@code io.github.ocpi4j.model.SpecTypesTest}. */
class SpecTypesTest {

    @Test
    void findsAVersionTwoThreeTypeByItsSpecificationNameIgnoringCase() {
        assertThat(SpecTypes.forName("Token")).contains(Token.class);
        assertThat(SpecTypes.forName("moduleid")).contains(ModuleID.class);
        assertThat(SpecTypes.forName("Credentials")).contains(Credentials.class);
        assertThat(SpecTypes.forName("Credential")).isEmpty();
    }

    @Test
    void knowsTheTokenPatchBodyAndThatCredentialsHaveNone() {
        assertThat(SpecTypes.patchTypeOf(Token.class)).contains(TokenPatch.class);
        assertThat(SpecTypes.patchTypeOf(Credentials.class)).isEmpty();
    }

    @Test
    void findsTheBookingsTypesAndThePatchOfEachObjectTheModulePatches() {
        // [[mod_bookings_emsp_interface]]: BookingLocations, Calendars and Bookings are PATCHed; a BookingRequest is
        // only POSTed whole
        assertThat(SpecTypes.forName("booking")).contains(Booking.class);
        assertThat(SpecTypes.patchTypeOf(Booking.class)).contains(BookingPatch.class);
        assertThat(SpecTypes.patchTypeOf(Calendar.class)).contains(CalendarPatch.class);
        assertThat(SpecTypes.patchTypeOf(BookingRequest.class)).isEmpty();
        assertThat(SpecTypes.forName("BookingRules")).isEmpty();
    }
}
