package org.hourbook.core.segment;

/** Where a segment's time came from. Manual time is shown as manual everywhere. */
public enum Source {
    TRACKED, MANUAL
}
