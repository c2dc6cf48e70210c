package org.hourbook.core.week;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hourbook.core.Fixtures.at;

import java.time.Instant;
import org.hourbook.core.contract.ContractStatus;
import org.hourbook.core.policy.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditWindowPolicyTest {

    static String outcome(Decision d) {
        return d instanceof Decision.Rejected r ? r.violation().code() : "accepted";
    }

    /** T = Monday 2026-11-16 12:00 UTC locks the week of 2026-11-09. */
    @ParameterizedTest(name = "time at {0}, now {1}: {2}")
    @CsvSource(textBlock = """
            # segment start,          now,                        outcome
              2026-11-15T23:50:00Z,   2026-11-16T11:59:59.999Z,   accepted
              2026-11-15T23:50:00Z,   2026-11-16T12:00:00Z,       week.locked
              2026-11-15T23:50:00Z,   2026-11-16T12:00:00.001Z,   week.locked
              2026-11-09T00:00:00Z,   2026-11-16T11:59:59.999Z,   accepted
              2026-11-09T00:00:00Z,   2026-11-16T12:00:00Z,       week.locked
              2026-11-08T23:50:00Z,   2026-11-16T11:59:59.999Z,   week.locked
              2026-11-16T00:00:00Z,   2026-11-16T12:00:00Z,       accepted
              2026-11-16T00:00:00Z,   2026-11-22T23:59:59.999Z,   accepted
              2026-11-16T00:00:00Z,   2026-11-23T11:59:59.999Z,   accepted
              2026-11-16T00:00:00Z,   2026-11-23T12:00:00Z,       week.locked
              2026-11-18T10:00:00Z,   2026-11-18T10:00:00.001Z,   accepted
              2026-11-18T10:00:00Z,   2026-11-18T10:00:00Z,       time.future
              2026-11-18T10:00:00Z,   2026-11-18T09:59:59.999Z,   time.future
              2026-11-23T00:00:00Z,   2026-11-18T10:00:00Z,       time.future
            """)
    void time_is_editable_in_this_week_and_the_last_until_monday_noon(Instant start, Instant now, String outcome) {
        assertThat(outcome(EditWindowPolicy.check(start, now, ContractStatus.ACTIVE))).isEqualTo(outcome);
    }

    @Test
    void a_paused_contract_is_still_editable() {
        assertThat(EditWindowPolicy.check(at("2026-11-16T09:00:00Z"), at("2026-11-17T09:00:00Z"), ContractStatus.PAUSED).isAccepted()).isTrue();
    }

    @Test
    void a_closed_contract_is_read_only_even_in_the_current_week() {
        Decision d = EditWindowPolicy.check(at("2026-11-16T09:00:00Z"), at("2026-11-16T09:30:00Z"), ContractStatus.CLOSED);
        assertThat(outcome(d)).isEqualTo("contract.closed");
    }

    @Test
    void rejections_name_the_start_field() {
        Decision d = EditWindowPolicy.check(at("2026-11-01T09:00:00Z"), at("2026-11-17T09:00:00Z"), ContractStatus.ACTIVE);
        assertThat(((Decision.Rejected) d).violation().field()).isEqualTo("start");
    }

    @Test
    void a_week_locks_the_following_monday_at_noon_utc() {
        BillingWeek week = new BillingWeek(java.time.LocalDate.of(2026, 11, 9));
        assertThat(EditWindowPolicy.lockedAt(week)).isEqualTo(at("2026-11-16T12:00:00Z"));
        assertThat(EditWindowPolicy.isLocked(week, at("2026-11-16T11:59:59.999Z"))).isFalse();
        assertThat(EditWindowPolicy.isLocked(week, at("2026-11-16T12:00:00Z"))).isTrue();
    }

    @ParameterizedTest(name = "week of {0} at {1}: {2}")
    @CsvSource(textBlock = """
            # monday,     now,                        outcome
              2026-11-16, 2026-11-16T00:00:00.001Z,   accepted
              2026-11-16, 2026-11-16T00:00:00Z,       time.future
              2026-11-16, 2026-11-22T23:59:59.999Z,   accepted
              2026-11-16, 2026-11-23T11:59:59.999Z,   accepted
              2026-11-16, 2026-11-23T12:00:00Z,       week.locked
              2026-11-23, 2026-11-18T10:00:00Z,       time.future
            """)
    void a_whole_week_is_open_from_its_start_until_the_next_monday_noon(java.time.LocalDate monday, Instant now, String outcome) {
        assertThat(outcome(EditWindowPolicy.checkWeek(new BillingWeek(monday), now, ContractStatus.ACTIVE))).isEqualTo(outcome);
        assertThat(outcome(EditWindowPolicy.checkWeek(new BillingWeek(monday), now, ContractStatus.CLOSED))).isEqualTo("contract.closed");
    }
}
