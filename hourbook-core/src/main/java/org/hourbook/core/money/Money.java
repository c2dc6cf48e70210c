package org.hourbook.core.money;

import java.util.Currency;
import java.util.Objects;

/** An amount in minor units (cents) of an ISO 4217 currency. Never a double. */
public record Money(long minor, String currency) {
    public Money {
        Objects.requireNonNull(currency, "currency");
        Currency.getInstance(currency); // throws for an unknown code
    }

    public static Money zero(String currency) {
        return new Money(0, currency);
    }

    public Money plus(Money other) {
        if (!currency.equals(other.currency)) throw new IllegalArgumentException("currency mismatch: " + currency + " vs " + other.currency);
        return new Money(Math.addExact(minor, other.minor), currency);
    }

    /** Digits after the decimal point for this currency (2 for USD, 0 for JPY). */
    public int fractionDigits() {
        return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    }

    public boolean isZero() {
        return minor == 0;
    }

    /** Parses plain decimal text such as {@code 1234.5} into minor units; more digits than the currency has is an error. */
    public static Money parse(String decimal, String currency) {
        int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
        java.math.BigDecimal value = new java.math.BigDecimal(decimal.trim()).setScale(digits, java.math.RoundingMode.UNNECESSARY);
        return new Money(value.unscaledValue().longValueExact(), currency);
    }

    /**
     * Text for people, the same in every locale: {@code 1,234.50 USD}, {@code -5 JPY}. Locale-aware
     * symbols belong to the web layer, which knows the viewer.
     */
    public String toDisplayString() {
        java.math.BigDecimal value = java.math.BigDecimal.valueOf(Math.abs(minor), fractionDigits());
        String plain = value.toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) grouped.append(',');
            grouped.append(whole.charAt(i));
        }
        return (minor < 0 ? "-" : "") + grouped + fraction + " " + currency;
    }

    /** Plain decimal text such as {@code 1234.50}, for CSV and JSON. */
    public String toDecimalString() {
        return java.math.BigDecimal.valueOf(minor, fractionDigits()).toPlainString();
    }
}
