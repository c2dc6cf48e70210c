package org.hourbook.core.contract;

/** How a segment's tracked seconds become billed seconds. */
public enum BillingRounding {
    /** Any tracked time bills the whole 10 minutes, as Upwork does. The default. */
    SEGMENT,
    /** Bills the tracked seconds as they are. */
    EXACT
}
