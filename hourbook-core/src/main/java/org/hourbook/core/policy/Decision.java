package org.hourbook.core.policy;

/** The outcome of a policy: accepted, or rejected with one {@link Violation}. */
public sealed interface Decision permits Decision.Accepted, Decision.Rejected {

    Accepted ACCEPTED = new Accepted();

    static Decision accepted() {
        return ACCEPTED;
    }

    static Decision rejected(String code, String field, String message) {
        return new Rejected(new Violation(code, field, message));
    }

    default boolean isAccepted() {
        return this instanceof Accepted;
    }

    /** Runs {@code next} only when this decision accepted; the first rejection wins. */
    default Decision and(java.util.function.Supplier<Decision> next) {
        return isAccepted() ? next.get() : this;
    }

    record Accepted() implements Decision {}

    record Rejected(Violation violation) implements Decision {}
}
