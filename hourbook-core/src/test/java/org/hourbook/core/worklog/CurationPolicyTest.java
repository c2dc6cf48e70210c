package org.hourbook.core.worklog;

import static org.assertj.core.api.Assertions.assertThat;

import org.hourbook.core.policy.Decision;
import org.junit.jupiter.api.Test;

class CurationPolicyTest {

    static String outcome(Decision d) {
        return d instanceof Decision.Rejected r ? r.violation().code() : "accepted";
    }

    @Test
    void a_new_line_text_is_a_few_words_on_one_line() {
        assertThat(outcome(CurationPolicy.checkRename("Homepage redesign — mobile layout"))).isEqualTo("accepted");
        assertThat(outcome(CurationPolicy.checkRename("  "))).isEqualTo("worklog.text_required");
        assertThat(outcome(CurationPolicy.checkRename(null))).isEqualTo("worklog.text_required");
        assertThat(outcome(CurationPolicy.checkRename("x".repeat(201)))).isEqualTo("worklog.text_too_long");
        assertThat(outcome(CurationPolicy.checkRename("🙂".repeat(200)))).as("characters, not UTF-16 units").isEqualTo("accepted");
        assertThat(outcome(CurationPolicy.checkRename("two\nlines"))).isEqualTo("worklog.text_one_line");
    }

    @Test
    void a_line_is_not_merged_into_itself() {
        assertThat(outcome(CurationPolicy.checkMerge("a", "a"))).isEqualTo("worklog.merge_same");
        assertThat(outcome(CurationPolicy.checkMerge("a", "b"))).isEqualTo("accepted");
    }
}
