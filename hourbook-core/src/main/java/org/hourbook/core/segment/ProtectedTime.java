package org.hourbook.core.segment;

import org.hourbook.core.activity.ActivityLevel;

/**
 * Protected time is the billed time a client can verify: tracked by the app (not manual), with a
 * screenshot, a memo that says something, some activity, and within the weekly limit.
 */
public final class ProtectedTime {
    private ProtectedTime() {}

    public static boolean isProtected(Segment segment, boolean overLimit) {
        return !overLimit
                && !segment.isManual()
                && segment.screenshot() != null
                && !segment.memo().isBlank()
                && ActivityLevel.of(segment).orElse(0) > 0;
    }
}
