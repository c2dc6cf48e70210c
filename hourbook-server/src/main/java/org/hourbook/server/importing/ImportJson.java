package org.hourbook.server.importing;

import java.util.List;
import org.hourbook.api.importing.ImportSummary;
import org.hourbook.core.importing.ImportPreview;
import org.hourbook.core.week.Hours;

/** The preview and the result of an import as the API and the CLI show them. */
public final class ImportJson {
    private ImportJson() {}

    public static ImportSummary of(ImportService.Preview p, Long importId, Integer added) {
        ImportPreview s = p.summary();
        return new ImportSummary(s.format() == null ? null : s.format().name(), s.rows(), Hours.decimal(s.totalSeconds()),
                s.problems().stream().map(x -> new ImportSummary.Problem(x.line(), x.column(), x.code(), x.reason())).toList(),
                s.problemCount(), p.entryCount(), p.alreadyThere(), s.firstDate(), s.lastDate(), s.dayOrder() == null ? null : s.dayOrder().name(),
                s.askDayOrder(), List.copyOf(s.clients()), List.copyOf(s.projects()), p.overage() == null ? null : p.overage().message(),
                importId, added);
    }

    public static ImportSummary of(ImportService.Result r) {
        return of(r.preview(), r.stored().id(), r.stored().rowsAdded());
    }
}
