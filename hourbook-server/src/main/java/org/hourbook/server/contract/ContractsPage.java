package org.hourbook.server.contract;

import java.util.List;
import org.hourbook.server.auth.Viewer;
import org.hourbook.server.web.Fmt;

/**
 * The viewer's contracts with this week's hours against the limit. {@code mayCreate}: the viewer
 * owns or manages a client organization, so may start contracts.
 */
public record ContractsPage(Viewer viewer, List<Row> rows, boolean mayCreate, java.util.Set<Long> retainers) {

    public ContractsPage(Viewer viewer, List<Row> rows, boolean mayCreate) {
        this(viewer, rows, mayCreate, java.util.Set.of());
    }

    /** A retainer's row links to its balance and work log. */
    public String retainerHref(Row r) {
        return retainers.contains(r.id()) ? org.hourbook.server.retainer.RetainerUrls.page(r.id()) : null;
    }

    /** {@code limitPercent} is -1 when the contract has no weekly limit. */
    public record Row(long id, String title, String parties, String status, String weekHours, String limitText,
                      int limitPercent, boolean offer) {
        /** An offer's title leads to the offer; a contract's to its diary. */
        public String href() {
            return offer ? ContractUrls.offer(id) : diaryHref();
        }

        public String diaryHref() {
            return ContractUrls.diary(id);
        }

        public String timesheetHref() {
            return ContractUrls.timesheet(id);
        }

        public String settingsHref() {
            return ContractUrls.settings(id);
        }
    }

    static Row row(Visible v, ContractService.Parties parties, long weekSeconds) {
        var t = v.terms();
        Integer limit = t.weeklyLimitHours();
        int percent = limit == null || limit == 0 ? -1 : (int) Math.min(999, weekSeconds * 100 / (limit * 3600L));
        return new Row(t.id(), t.title(), parties.line(), t.status().name().toLowerCase(), Fmt.hours(weekSeconds),
                limit == null ? null : limit + " h limit", percent, t.status().isOffer());
    }

    public String newHref() {
        return ContractUrls.NEW;
    }
}
