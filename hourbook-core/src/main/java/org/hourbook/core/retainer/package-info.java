/**
 * Retainers: a cap of hours per cycle, cycles in the contract's zone, rollover, balances, the reset
 * date, threshold alerts and the overage warning. Pure rules; the store supplies entries and
 * history, the server renders.
 * <p>
 * Decisions where the product rules are silent:
 * <ul>
 *   <li>Cycles start at the first instant of their first local date ({@code atStartOfDay}): 00:00,
 *       or the end of a DST gap (America/Santiago, September: 01:00). A skipped date (Pacific/Apia,
 *       2011-12-30) starts its cycle with the next date; no cycle is ever empty.</li>
 *   <li>Rollover carries only the unused part of the previous cycle's own cap: rolled-in hours are
 *       used first and lapse after one cycle. Time over the cap never reduces the next cycle.</li>
 *   <li>A change of terms applies from the next cycle. If it changes the rule or zone, the first new
 *       cycle runs from the old cycle's end to the new rule's next boundary, joined with the cycle
 *       after that when shorter than half a cycle; its cap is the full new cap (no proration).</li>
 *   <li>Thresholds (80 %, 100 %) are measured against the available hours, cap + rollover, so
 *       "100 %" means the same as "0 remain" on the client's page.</li>
 *   <li>Overage is never refused: without permission it is warned about at and beyond the cap.</li>
 *   <li>A segment's billable seconds are laid from its slot start when split at a boundary.</li>
 * </ul>
 */
package org.hourbook.core.retainer;
