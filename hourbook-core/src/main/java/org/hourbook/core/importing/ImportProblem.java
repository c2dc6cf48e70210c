package org.hourbook.core.importing;

import java.util.Objects;

/**
 * Something in the file that could not be imported, with where it is and why in plain words.
 *
 * @param line   the physical line of the row (the header's line for problems with the whole file)
 * @param column the column's name as the file spells it, or {@code null} for the whole row or file
 * @param code   a stable machine code, e.g. {@code duration.over_24h}
 * @param reason a sentence for people, e.g. "duration '25:00:00' is over 24 h"
 */
public record ImportProblem(int line, String column, String code, String reason) {
    public ImportProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reason, "reason");
    }
}
