package org.hourbook.server.web;

import java.util.List;
import org.hourbook.server.web.WebBackend.ContractRow;
import org.hourbook.server.web.WebBackend.Viewer;

/** The viewer's contracts with this week's hours against the limit. */
/** {@code mayCreate}: the viewer owns or manages a client organization, so may start contracts. */
public record ContractsPage(Viewer viewer, List<Row> rows, boolean mayCreate) {

    /** {@code limitPercent} is -1 when the contract has no weekly limit. */
    public record Row(long id, String title, String parties, String status, String weekHours, String limitText,
                      int limitPercent) {}

    static ContractsPage of(Viewer viewer, List<ContractRow> rows, boolean mayCreate) {
        return new ContractsPage(viewer, rows.stream().map(ContractsPage::row).toList(), mayCreate);
    }

    private static Row row(ContractRow r) {
        var t = r.terms();
        Integer limit = t.weeklyLimitHours();
        int percent = limit == null || limit == 0 ? -1 : (int) Math.min(999, r.weekSeconds() * 100 / (limit * 3600L));
        return new Row(t.id(), t.title(), r.freelancerName() + " for " + r.clientName(),
                t.status().name().toLowerCase(), Fmt.hours(r.weekSeconds()), limit == null ? null : limit + " h limit",
                percent);
    }
}
