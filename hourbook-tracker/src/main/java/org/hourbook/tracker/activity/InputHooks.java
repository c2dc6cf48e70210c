package org.hourbook.tracker.activity;

/** A source of global input events that feeds an {@link ActivityCounter}. */
public interface InputHooks extends AutoCloseable {
    sealed interface Availability permits Available, Unavailable {}

    record Available(String how) implements Availability {}

    /** @param reason what failed; @param fix what the person can do */
    record Unavailable(String reason, String fix) implements Availability {}

    /** Starts delivering events; says whether it could. */
    Availability start(ActivityCounter counter);

    @Override
    void close();

    /** No hooks at all (headless servers): activity is recorded as unknown. */
    static InputHooks none(String reason) {
        return none(reason, "run the tracker in a desktop session");
    }

    /** No hooks because {@code HOURBOOK_TRACKER_HOOKS=off} asked for none. */
    static InputHooks switchedOff() {
        return none("input hooks are switched off (HOURBOOK_TRACKER_HOOKS=off)", "start the tracker without HOURBOOK_TRACKER_HOOKS=off");
    }

    /** No hooks, with what would bring them back ({@code fix} completes "to record it, ..."). */
    static InputHooks none(String reason, String fix) {
        return new InputHooks() {
            @Override
            public Availability start(ActivityCounter counter) {
                return new Unavailable(reason, fix);
            }

            @Override
            public void close() {}
        };
    }
}
