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

    /** No hooks at all (headless servers, or asked for): activity is recorded as unknown. */
    static InputHooks none(String reason) {
        return new InputHooks() {
            @Override
            public Availability start(ActivityCounter counter) {
                return new Unavailable(reason, "run the tracker in a desktop session to record activity");
            }

            @Override
            public void close() {}
        };
    }
}
