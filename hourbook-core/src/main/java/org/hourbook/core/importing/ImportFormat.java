package org.hourbook.core.importing;

/** The source formats the import recognizes from a file's header row. */
public enum ImportFormat {
    TOGGL("Toggl Track detailed report"),
    CLOCKIFY("Clockify detailed report"),
    HARVEST("Harvest detailed time report"),
    GENERIC("date, description, hours file");

    private final String title;

    ImportFormat(String title) {
        this.title = title;
    }

    /** Plain words for the preview: "Toggl Track detailed report". */
    public String title() {
        return title;
    }
}
