package io.github.ocpi4j.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ocpi4j.model.CiString;
import io.github.ocpi4j.model.v221.locations.GeoLocation;
import io.github.ocpi4j.model.v221.locations.RegularHours;
import io.github.ocpi4j.model.v221.tariffs.TariffRestrictions;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void alpha3AndCurrencyCodesAreUpperCaseInAStringAndAnyCaseInACiString() {
        // [[types_cistring_type]]: a CiString compares ignoring case; a string does not
        assertThat(Formats.countryAlpha3("AUT")).isNull();
        assertThat(Formats.countryAlpha3("aut")).isEqualTo("ISO 3166-1 alpha-3: \"aut\" is not a country code");
        assertThat(Formats.countryAlpha3(CiString.of("aut"))).isNull();
        assertThat(Formats.currency("EUR")).isNull();
        assertThat(Formats.currency("eur")).isEqualTo("ISO 4217: \"eur\" is not a currency code");
        assertThat(Formats.currency(CiString.of("eur"))).isNull();
        assertThat(Formats.currency(CiString.of("xyz"))).isEqualTo("ISO 4217: \"xyz\" is not a currency code");
    }

    @Test
    void plainHttpUrlsAreAcceptedWithoutParsing() {
        for (String url : new String[] {
            "https://example.com",
            "http://example.com/",
            "https://img.example.com/locations/LOC1/entrance.jpg",
            "https://example.com:8443/ocpi/2.2.1/versions",
            "http://my-host.example-1.com/a_b/c~d/e-f.png",
            "http://localhost/x"
        }) {
            assertThat(Formats.isPlainHttpUrl(url)).as(url).isTrue();
            assertThat(Formats.url(url)).as(url).isNull();
        }
    }

    @Test
    void otherUrlsAreLeftToTheParser() {
        for (String url : new String[] {
            "ftp://example.com/file",
            "https://example.com/search?q=1",
            "https://example.com/a%20b",
            "https://example.com/#top",
            "https://-example.com/",
            "https://example-.com/",
            "https://example.123/",
            "https://1.2.3.4/",
            "https://example.com:/",
            "https://example..com/",
            "https://",
            "https://exämple.com/"
        }) {
            assertThat(Formats.isPlainHttpUrl(url)).as(url).isFalse();
        }
        assertThat(Formats.url("https://example.com/search?q=1")).isNull();
        assertThat(Formats.url("https://1.2.3.4/")).isNull();
        assertThat(Formats.url("https://example.com/a b")).contains("is not an absolute URL");
        assertThat(Formats.url("/relative/path")).contains("is not an absolute URL");
    }

    @Test
    void everyUrlTheShortcutAcceptsIsAbsoluteWithAHostForJavaNetUri() {
        String[] pieces = {
            "http://",
            "https://",
            "a",
            "Z",
            "9",
            "-",
            ".",
            ":",
            "80",
            "/",
            "_",
            "~",
            "%",
            "?",
            "#",
            "@",
            " ",
            "é",
            "x-1",
            "com",
            "1"
        };
        Random random = new Random(20241124);
        int accepted = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder s = new StringBuilder(random.nextBoolean() ? "https://" : "http://");
            int parts = random.nextInt(8);
            for (int p = 0; p < parts; p++) {
                s.append(pieces[random.nextInt(pieces.length)]);
            }
            String url = s.toString();
            if (Formats.isPlainHttpUrl(url)) {
                accepted++;
                assertThat(absoluteWithHost(url)).as(url).isTrue();
            }
        }
        assertThat(accepted).isGreaterThan(1000);
    }

    private static boolean absoluteWithHost(String url) {
        try {
            URI uri = new URI(url);
            return uri.isAbsolute() && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    @Test
    void handWrittenChecksMatchWhatTheirRegexesMatch() {
        Random random = new Random(20241124);
        String alphabet = "0123456789-.:*EeNLaZz_ ";
        List<String> regexes = List.of(
                Formats.EVSE_ID_REGEX,
                "([0-1][0-9]|2[0-3]):[0-5][0-9]",
                "-?[0-9]{1,2}\\.[0-9]{5,7}",
                "-?[0-9]{1,3}\\.[0-9]{5,7}");
        List<String> samples = new ArrayList<>(List.of(
                "NL*CPO*E000423",
                "NLCPOE1",
                "nl*cpo*e1*2*3",
                "NL*CPO*E",
                "NL**CPO*E1",
                "BE*BEC*E041503001",
                "NL*CPO*E1" + "2".repeat(30),
                "NL*CPO*E1" + "2".repeat(31),
                "00:00",
                "23:59",
                "24:00",
                "19:60",
                "7:00",
                "52.370216",
                "-4.895168",
                "152.370216",
                "52.3702",
                "52.37021678",
                "-0.00000",
                "-.12345",
                "1.",
                ""));
        for (int n = 0; n < 100_000; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(14);
            for (int i = 0; i < length; i++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            samples.add(s.toString());
        }
        for (String regex : regexes) {
            Pattern pattern = Pattern.compile(regex);
            Predicate<CharSequence> handWritten =
                    regex.equals(Formats.EVSE_ID_REGEX) ? Formats::isEvseId : Formats.handWritten(regex);
            for (String sample : samples) {
                assertThat(handWritten.test(sample))
                        .as(regex + " on " + sample)
                        .isEqualTo(pattern.matcher(sample).matches());
            }
        }
    }

    @Test
    void theRegexesOnEveryLocationAndTariffAreCheckedByHand() throws Exception {
        for (Class<?> type : List.of(GeoLocation.class, RegularHours.class, TariffRestrictions.class)) {
            for (RecordComponent component : type.getRecordComponents()) {
                jakarta.validation.constraints.Pattern pattern =
                        component.getAccessor().getAnnotation(jakarta.validation.constraints.Pattern.class);
                if (pattern != null && !component.getName().endsWith("Date")) {
                    assertThat(Formats.handWritten(pattern.regexp()))
                            .as(type.getSimpleName() + "." + component.getName())
                            .isNotNull();
                }
            }
        }
        assertThat(Formats.handWritten("[a-z]+")).isNull();
    }

    @Test
    void stringsAreCheckedForControlCharactersAsCharSequencesAre() {
        for (String s :
                new String[] {"plain", "tab\there", "bell\u0007", "del\u007f", "c1\u0085", "nbsp\u00a0", "é€"}) {
            assertThat(Formats.printable(s)).as(s).isEqualTo(Formats.printable((CharSequence) s));
        }
        assertThat(Formats.printable("tab\there"))
                .isEqualTo("string: control character U+0009 at index 3, only printable characters allowed");
        assertThat(Formats.printable("nbsp\u00a0")).isNull();
    }
}
