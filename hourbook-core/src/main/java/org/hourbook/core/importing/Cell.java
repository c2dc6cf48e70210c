package org.hourbook.core.importing;

/**
 * One cell of a row with the name of its column as the file spells it, for problems. A cell of a
 * column the file does not have is absent: blank, named by the column's usual name.
 */
record Cell(String column, String text, boolean present) {
    static Cell absent(String column) {
        return new Cell(column, "", false);
    }

    boolean isBlank() {
        return text.isBlank();
    }
}
