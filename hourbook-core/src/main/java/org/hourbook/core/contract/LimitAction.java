package org.hourbook.core.contract;

/**
 * What the tracker does when a contract's weekly limit is reached. Either way the time past the
 * limit is kept in the diary as over limit and is not billed.
 */
public enum LimitAction {
    /** The tracker stops and says why, as Upwork's app does. The default. */
    STOP,
    /** The tracker warns and keeps recording (the client may raise the limit later in the week). */
    WARN
}
