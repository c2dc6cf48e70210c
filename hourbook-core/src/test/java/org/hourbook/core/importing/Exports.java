package org.hourbook.core.importing;

import java.time.ZoneId;
import java.util.List;

/** Header rows and sample files as the trackers export them. */
final class Exports {
    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    static final String TOGGL_HEADER =
            "User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount (USD)";
    static final String CLOCKIFY_HEADER = "Project,Client,Description,Task,User,Group,Email,Tags,Billable,Start Date,Start Time,"
            + "End Date,End Time,Duration (h),Duration (decimal),Billable Rate (USD),Billable Amount (USD)";
    static final String HARVEST_HEADER = "Date,Client,Project,Project Code,Task,Notes,Hours,Hours Rounded,Billable?,Invoiced?,"
            + "Approved?,First Name,Last Name,Roles,Employee?,Billable Rate,Billable Amount,Cost Rate,Cost Amount,Currency,External Reference URL";

    static final String TOGGL = TOGGL_HEADER + """

            Ana Lima,ana@example.com,Acme,Homepage redesign,,mobile layout revisions,Yes,2026-03-02,09:00:00,2026-03-02,10:30:00,01:30:00,,75.00
            Ana Lima,ana@example.com,Acme,Homepage redesign,,"hero, spacing",Yes,2026-03-02,23:30:00,2026-03-03,00:45:00,01:15:00,design,62.50
            Ana Lima,ana@example.com,Acme,SEO,Audit,toggl_entry_1847382: audit,No,2026-03-03,14:00:00,2026-03-03,14:20:00,00:20:00,,0.00
            """;

    static final String CLOCKIFY_US = CLOCKIFY_HEADER + """

            Homepage,Acme,Header nav,,Ana Lima,,ana@example.com,,Yes,03/15/2026,09:00:00 AM,03/15/2026,10:30:00 AM,01:30:00,1.50,50.00,75.00
            Homepage,Acme,Footer,,Ana Lima,,ana@example.com,,Yes,03/16/2026,01:15:00 PM,03/16/2026,02:00:00 PM,00:45:00,0.75,50.00,37.50
            """;

    static final String CLOCKIFY_DE = CLOCKIFY_HEADER + """

            Homepage,Acme,Kopfzeile,,Ana Lima,,ana@example.com,,Ja,15.03.2026,09:00,15.03.2026,10:30,01:30:00,"1,50",50,75
            Homepage,Acme,Fußzeile,,Ana Lima,,ana@example.com,,Nein,02.03.2026,13:15,02.03.2026,14:00,00:45:00,"0,75",50,"37,50"
            """;

    static final String HARVEST = HARVEST_HEADER + """

            2026-03-02,Acme,Website retainer,ACME-01,Design,Mobile nav,1.33,1.5,Yes,No,No,Ana,Lima,Designer,Yes,100,133,50,66.5,USD,
            2026-03-02,Acme,Website retainer,ACME-01,Project Management,Weekly call,0.5,0.5,No,No,No,Ana,Lima,Designer,Yes,100,0,50,25,USD,
            """;

    private Exports() {}

    static List<Row> rows(String csv) {
        return CsvText.rows(csv);
    }

    static ImportPreview preview(String csv, ZoneId zone) {
        return CsvImport.preview(rows(csv), ImportOptions.in(zone));
    }

    /** Problems as "line/column/code" for compact assertions. */
    static List<String> problems(ImportPreview p) {
        return p.problems().stream().map(x -> x.line() + "/" + x.column() + "/" + x.code()).toList();
    }
}
