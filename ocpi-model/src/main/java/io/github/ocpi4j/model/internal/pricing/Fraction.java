package io.github.ocpi4j.model.internal.pricing;

import java.math.BigDecimal;

/**
 * An exact amount as a quotient, for what cannot be a decimal (a bound that moves one total in proportion to the
 * other, taxes split out of a price that includes them): divided only when rounded, at the end. The denominator is
 * positive.
 */
record Fraction(BigDecimal numerator, BigDecimal denominator) {
    static final Fraction ZERO = of(BigDecimal.ZERO);
    static final Fraction ONE = of(BigDecimal.ONE);

    static Fraction of(BigDecimal value) {
        return new Fraction(value, BigDecimal.ONE);
    }

    int signum() {
        return numerator.signum();
    }

    int compareTo(Fraction o) {
        return denominator.equals(o.denominator)
                ? numerator.compareTo(o.numerator)
                : numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator));
    }

    Fraction plus(Fraction o) {
        return denominator.equals(o.denominator)
                ? new Fraction(numerator.add(o.numerator), denominator)
                : new Fraction(
                        numerator.multiply(o.denominator).add(o.numerator.multiply(denominator)),
                        denominator.multiply(o.denominator));
    }

    Fraction minus(Fraction o) {
        return plus(new Fraction(o.numerator.negate(), o.denominator));
    }

    Fraction times(Fraction o) {
        return new Fraction(numerator.multiply(o.numerator), denominator.multiply(o.denominator));
    }

    /** Divided by a fraction that is not zero. */
    Fraction over(Fraction o) {
        BigDecimal n = numerator.multiply(o.denominator);
        BigDecimal d = denominator.multiply(o.numerator);
        return d.signum() < 0 ? new Fraction(n.negate(), d.negate()) : new Fraction(n, d);
    }

    /** The amount in the currency, for an amount kept in {@code unit}ths of it: rounded once from the exact quotient. */
    BigDecimal money(BigDecimal unit) {
        return Amounts.money(numerator, denominator.multiply(unit));
    }
}
