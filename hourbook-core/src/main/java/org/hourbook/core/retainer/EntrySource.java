package org.hourbook.core.retainer;

/** Where a piece of retainer time came from; every source counts against the cap. */
public enum EntrySource {
    TRACKED, MANUAL, IMPORTED
}
