package org.hourbook.core.importing;

/** What reading one cell gave: a value, a problem, or (dates only) "depends on the day/month order". */
sealed interface Parsed<T> permits Parsed.Ok, Parsed.Bad, Parsed.Undecided {
    record Ok<T>(T value) implements Parsed<T> {}

    record Bad<T>(String code, String reason) implements Parsed<T> {}

    record Undecided<T>() implements Parsed<T> {}

    static <T> Parsed<T> ok(T value) {
        return new Ok<>(value);
    }

    static <T> Parsed<T> bad(String code, String reason) {
        return new Bad<>(code, reason);
    }
}
