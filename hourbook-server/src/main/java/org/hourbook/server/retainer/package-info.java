/**
 * Retainers in the server: {@link org.hourbook.server.retainer.RetainerService} (balances from
 * tracked, manual and imported time, terms from the next cycle), the work-log curation
 * ({@link org.hourbook.server.retainer.WorkLogService}), public links
 * ({@link org.hourbook.server.retainer.ShareLinkService}, {@code /r/{token}}) and the threshold mails
 * ({@link org.hourbook.server.retainer.RetainerAlerts}).
 * <p>
 * Decisions where the issue is silent:
 * <ul>
 *   <li>A contract is a retainer when it has retainer terms. A retainer has no weekly limit (it is
 *       created without one and setting one is refused): its cap per cycle is the limit. The Work
 *       Diary, manual time and the edit window work as for hourly contracts.</li>
 *   <li>The client's owners and managers set a retainer's terms (as they set billing terms); the
 *       freelancer curates the log, shares links and imports. Everyone on the contract sees the
 *       balance and the curated log; only the freelancer sees raw entries.</li>
 *   <li>A retainer's zone is the contract's zone when it is made; changing it goes through the
 *       retainer's terms (from the next cycle), not the contract's zone.</li>
 *   <li>Only billable imported rows count; non-billable ones are kept and shown in the import.</li>
 *   <li>Alerts go to the freelancer, and with the setting on to every member of the client
 *       organization; a cycle that jumps past 100 % gets the 100 % mail only.</li>
 *   <li>Public links: 256-bit secrets; the address is shown once, when made or rotated. Rate limit
 *       120 requests a minute per client address over all links, counted in memory and added to
 *       the database once a second, so all nodes share it ({@code PublicRateLimit}). Last-opened is
 *       written at most once a minute per link. A page answered once is sent again from memory
 *       while the database's change stamp, the minute and the limit allow
 *       ({@link org.hourbook.server.retainer.PublicPageCache}); on PostgreSQL every view is worked out.</li>
 *   <li>An uploaded file waits for its import in the blob store (shared by all nodes), sealed with
 *       an HMAC to the person and contract; it is deleted once imported. Any problem refuses the
 *       import unless the person asks to leave those rows out; an ambiguous day/month order always
 *       waits for the answer.</li>
 * </ul>
 */
package org.hourbook.server.retainer;
