/**
 * The rules of CSV import from Toggl Track, Clockify, Harvest and a generic
 * {@code date, description, hours} file, independent of the tokenizer: {@link
 * org.hourbook.core.importing.CsvImport#preview} takes the records with their line numbers and returns
 * an {@link org.hourbook.core.importing.ImportPreview}.
 * <p>
 * Decisions where the product rules are silent:
 * <ul>
 *   <li>Every row is read and every problem kept (several per row if need be); rows with a problem
 *       give no entry. A row of no time is skipped silently, a blank row ignored.</li>
 *   <li>Day/month order is settled by the file's own dates; a tie of contradicting dates, or only
 *       dates that read both ways, asks the person (one problem at the header line); dates against
 *       the settled order are bad dates. {@code 05/05/2026}-style dates need no order.</li>
 *   <li>Duration columns win over start/end; without them, end minus start (in the zone, so across
 *       DST the real elapsed time). Over 24 h and negative are problems; exactly 24 h is not.</li>
 *   <li>Date-only rows (Harvest) start at the first instant of their local date.</li>
 *   <li>The dedupe key hashes the row's normalized content plus its occurrence index among identical
 *       rows of the file (see {@code DedupeKey}); the filter applies after keys are made.</li>
 *   <li>The work log category is the project (Toggl, Clockify), the task (Harvest), or the generic
 *       file's category/label column, falling back to project, then task.</li>
 *   <li>Billable "yes/no" is also read in German, French, Spanish, Portuguese and Dutch; non-billable
 *       rows are imported and marked, and {@code billableSeconds} counts the others.</li>
 * </ul>
 */
package org.hourbook.core.importing;
