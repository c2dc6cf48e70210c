package org.hourbook.core.importing;

/** How a numeric date such as {@code 03/04/2026} is read: 3 April (day first) or March 4 (month first). */
public enum DayOrder {
    DAY_FIRST, MONTH_FIRST
}
