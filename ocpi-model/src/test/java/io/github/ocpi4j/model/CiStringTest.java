package io.github.ocpi4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.v221.locations.Location;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class CiStringTest {

    @Test
    void equalsIgnoringAsciiCaseAndHashesAlike() {
        CiString a = CiString.of("Loc-1");
        CiString b = CiString.of("LOC-1");

        assertThat((Object) a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat((Object) a).isNotEqualTo(CiString.of("Loc-2"));
        assertThat(a.equalsIgnoreCase("loc-1")).isTrue();
    }

    @Test
    void findsAKeyWrittenInAnotherCase() {
        Map<CiString, String> byId = new HashMap<>();
        byId.put(CiString.of("abc"), "found");

        assertThat(byId.get(CiString.of("ABC"))).isEqualTo("found");
    }

    @Test
    void keepsItsOriginalSpelling() {
        assertThat((Object) CiString.of("Loc-1")).hasToString("Loc-1");
        assertThat(CiString.of("Loc-1").value()).isEqualTo("Loc-1");
    }

    @Test
    void ordersIgnoringCaseConsistentlyWithEquals() {
        TreeSet<CiString> set = new TreeSet<>();
        set.add(CiString.of("b"));
        set.add(CiString.of("A"));
        set.add(CiString.of("a"));

        assertThat(set).extracting(CiString::value).containsExactly("A", "b");
    }

    @Test
    void isACharSequenceSoLengthRulesApply() {
        CharSequence s = CiString.of("NL");
        assertThat(s.length()).isEqualTo(2);
        assertThat(s.charAt(1)).isEqualTo('L');
        assertThat(s.subSequence(0, 1)).hasToString("N");
    }

    @Test
    void tellsPrintableAscii() {
        assertThat(CiString.of("A ~").isPrintableAscii()).isTrue();
        assertThat(CiString.of("é").isPrintableAscii()).isFalse();
        assertThat(CiString.of("a\tb").isPrintableAscii()).isFalse();
    }

    @Test
    void spellingSurvivesARoundTripThroughJson() {
        String json = """
                {"country_code":"be","party_id":"BeC","id":"Loc1","publish":true,"address":"a","city":"c",
                 "country":"BEL","coordinates":{"latitude":"51.04759","longitude":"3.72994"},
                 "time_zone":"Europe/Brussels","last_updated":"2015-06-29T20:39:09Z"}""";

        Location location = OcpiJson.instance().read(json, Location.class).get();

        assertThat((Object) location.partyId()).isEqualTo(CiString.of("BEC"));
        assertThat(OcpiJson.instance().writeString(location)).contains("\"party_id\":\"BeC\"");
    }
}
