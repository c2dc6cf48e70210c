package org.hourbook.server;

import org.hourbook.core.policy.Decision;
import org.hourbook.core.policy.Violation;

/**
 * Why a service did not do what it was asked, in the domain's words: the object is not there (or
 * not the caller's to see), a rule or a value refused it, the caller may see it but not change it,
 * it conflicts with what is stored, it is too large, too many attempts, nobody is signed in, or
 * the server cannot serve now, or a one-time link is spent. Services throw these and know nothing of HTTP; the one mapping at
 * the edge ({@code http.ErrorMapping}) turns each kind into a status and {@code {code, field,
 * message}}, and pages re-render their form with {@link #violation()}.
 * <pre>
 * Visible v = contracts.find(viewer, id).orElseThrow(() -> Refusal.notFound("contract"));
 * Refusal.check(ManualTimePolicy.check(terms, from, to, now));       // RuleBroken when rejected
 * switch (refusal) { case NotFound n -> ...; case RuleBroken r -> ...; ... }  // exhaustive
 * </pre>
 * The kinds are exceptions, not return values, because one service call has many exits (access,
 * each value, each rule) and Java has no light result type; being sealed, every edge that maps
 * them is checked for completeness by the compiler.
 */
public abstract sealed class Refusal extends RuntimeException {
    private final Violation violation;

    private Refusal(Violation violation) {
        super(violation.message(), null, false, false);
        this.violation = violation;
    }

    public Violation violation() {
        return violation;
    }

    public String code() {
        return violation.code();
    }

    public String field() {
        return violation.field();
    }

    /** Missing, or not the caller's to see: the same answer, so that existence does not leak. */
    public static final class NotFound extends Refusal {
        public NotFound(String what) {
            this(new Violation("not_found", null, what + " not found"));
        }

        private NotFound(Violation violation) {
            super(violation);
        }
    }

    /** The caller may see the object but not do this to it (used only where "not found" would lie). */
    public static final class Forbidden extends Refusal {
        public Forbidden(Violation v) {
            super(v);
        }
    }

    /** A rule or a value's shape refused the request; {@code field} names the value at fault. */
    public static final class RuleBroken extends Refusal {
        public RuleBroken(Violation v) {
            super(v);
        }
    }

    /** It conflicts with what is already stored (another screenshot, time already recorded, a closed contract). */
    public static final class Conflict extends Refusal {
        public Conflict(Violation v) {
            super(v);
        }
    }

    /** It was there and is no more: a capability link that was used, revoked or has expired. */
    public static final class Gone extends Refusal {
        public Gone(Violation v) {
            super(v);
        }
    }

    /** A value is larger than the server accepts. */
    public static final class TooLarge extends Refusal {
        public TooLarge(Violation v) {
            super(v);
        }
    }

    /** Too many attempts; the caller may try again after {@code retryAfterSeconds}. */
    public static final class Throttled extends Refusal {
        private final long retryAfterSeconds;

        public Throttled(Violation v, long retryAfterSeconds) {
            super(v);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    /** Nobody (or nobody valid) is signed in, or the credentials do not match. */
    public static final class NotSignedIn extends Refusal {
        public NotSignedIn(Violation v) {
            super(v);
        }
    }

    /** The server cannot serve this now (stopping); the caller may retry shortly. */
    public static final class Unavailable extends Refusal {
        public Unavailable(Violation v) {
            super(v);
        }
    }

    public static NotFound notFound(String what) {
        return new NotFound(what);
    }

    /** An hourly contract asked for as a retainer: the caller sees the contract, so the answer may say what it is. */
    public static NotFound notARetainer(String title) {
        return new NotFound(new Violation("not_found", null,
                "“" + title + "” is an hourly contract, not a retainer: it has no cycle of hours to show or to import time into."));
    }

    public static RuleBroken invalid(String code, String field, String message) {
        return new RuleBroken(new Violation(code, field, message));
    }

    public static Forbidden forbidden(String code, String field, String message) {
        return new Forbidden(new Violation(code, field, message));
    }

    public static Conflict conflict(String code, String field, String message) {
        return new Conflict(new Violation(code, field, message));
    }

    public static TooLarge tooLarge(String code, String field, String message) {
        return new TooLarge(new Violation(code, field, message));
    }

    /** A policy's rejection becomes {@link RuleBroken}; acceptance returns quietly. */
    public static void check(Decision decision) {
        if (decision instanceof Decision.Rejected r) throw new RuleBroken(r.violation());
    }
}
