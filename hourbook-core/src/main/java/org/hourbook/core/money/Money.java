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

    /** Plain decimal text such as {@code 1234.50}, for CSV and JSON. */
    public String toDecimalString() {
        return java.math.BigDecimal.valueOf(minor, fractionDigits()).toPlainString();
    }
}
