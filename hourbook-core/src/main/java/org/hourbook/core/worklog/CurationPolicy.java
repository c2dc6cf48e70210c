package org.hourbook.core.worklog;

import org.hourbook.core.policy.Decision;

/**
 * What the freelancer may do to the work log: a line's new text says something (not blank, at most
 * {@value #MAX_TEXT} characters, one line), and a merge joins two different lines.
 */
public final class CurationPolicy {
    public static final int MAX_TEXT = 200;

    private CurationPolicy() {}

    public static Decision checkRename(String text) {
        if (text == null || text.isBlank()) return Decision.rejected("worklog.text_required", "text", "Give the line a few words.");
        if (text.codePointCount(0, text.length()) > MAX_TEXT) {
            return Decision.rejected("worklog.text_too_long", "text", "A line has at most " + MAX_TEXT + " characters.");
        }
        return text.contains("\n") || text.contains("\r")
                ? Decision.rejected("worklog.text_one_line", "text", "A line's text is one line.")
                : Decision.accepted();
    }

    public static Decision checkMerge(String fromLine, String intoLine) {
        return fromLine.equals(intoLine)
                ? Decision.rejected("worklog.merge_same", "into", "Pick another line to merge into.")
                : Decision.accepted();
    }
}
