package io.github.ocpi4j.model.internal;

import io.github.ocpi4j.model.constraints.CountryAndPartyId;
import io.github.ocpi4j.model.constraints.CountryCode;
import io.github.ocpi4j.model.constraints.CurrencyCode;
import io.github.ocpi4j.model.constraints.EvseId;
import io.github.ocpi4j.model.constraints.LanguageCode;
import io.github.ocpi4j.model.constraints.PartyId;
import io.github.ocpi4j.model.constraints.TimeZoneId;
import io.github.ocpi4j.model.constraints.Url;
import io.github.ocpi4j.model.constraints.UrlSegment;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The Jakarta {@link ConstraintValidator}s of the format annotations, each a call of {@link Formats}. */
public final class FormatValidators {
    private FormatValidators() {}

    /** Validates by a {@link Formats} check. */
    abstract static class FormatValidator<A extends java.lang.annotation.Annotation>
            implements ConstraintValidator<A, CharSequence> {
        private Function<CharSequence, @Nullable String> check = Formats::printable;

        void use(Function<CharSequence, @Nullable String> check) {
            this.check = check;
        }

        @Override
        public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
            return value == null || Formats.isNotAvailable(value) || check.apply(value) == null;
        }
    }

    /** {@link CountryCode}. */
    public static final class CountryCodeValidator extends FormatValidator<CountryCode> {
        @Override
        public void initialize(CountryCode annotation) {
            use(annotation.alpha3() ? Formats::countryAlpha3 : Formats::countryAlpha2);
        }
    }

    /** {@link PartyId}. */
    public static final class PartyIdValidator extends FormatValidator<PartyId> {
        @Override
        public void initialize(PartyId annotation) {
            use(Formats::partyId);
        }
    }

    /** {@link CountryAndPartyId}. */
    public static final class CountryAndPartyIdValidator extends FormatValidator<CountryAndPartyId> {
        @Override
        public void initialize(CountryAndPartyId annotation) {
            use(Formats::countryAndPartyId);
        }
    }

    /** {@link CurrencyCode}. */
    public static final class CurrencyCodeValidator extends FormatValidator<CurrencyCode> {
        @Override
        public void initialize(CurrencyCode annotation) {
            use(Formats::currency);
        }
    }

    /** {@link LanguageCode}. */
    public static final class LanguageCodeValidator extends FormatValidator<LanguageCode> {
        @Override
        public void initialize(LanguageCode annotation) {
            use(Formats::language);
        }
    }

    /** {@link EvseId}. */
    public static final class EvseIdValidator extends FormatValidator<EvseId> {
        @Override
        public void initialize(EvseId annotation) {
            use(Formats::evseId);
        }
    }

    /** {@link TimeZoneId}. */
    public static final class TimeZoneIdValidator extends FormatValidator<TimeZoneId> {
        @Override
        public void initialize(TimeZoneId annotation) {
            use(Formats::timeZone);
        }
    }

    /** {@link Url}. */
    public static final class UrlValidator extends FormatValidator<Url> {
        @Override
        public void initialize(Url annotation) {
            use(Formats::url);
        }
    }

    /** {@link UrlSegment}. */
    public static final class UrlSegmentValidator extends FormatValidator<UrlSegment> {
        @Override
        public void initialize(UrlSegment annotation) {
            use(Formats::urlSegment);
        }
    }
}
