package org.hourbook.core.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hourbook.core.Fixtures.at;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.hourbook.core.Fixtures;
import org.hourbook.core.policy.Decision;
import org.junit.jupiter.api.Test;

class OverlapPolicyTest {
    final Segment onA1200 = Fixtures.onContract(Fixtures.tracked(at("2026-11-16T12:00:00Z")), 1);
    final Segment onA1210 = Fixtures.onContract(Fixtures.tracked(at("2026-11-16T12:10:00Z")), 1);

    @Test
    void new_time_in_free_slots_does_not_conflict() {
        assertThat(OverlapPolicy.conflicts(List.of(onA1200, onA1210), List.of(at("2026-11-16T12:20:00Z"), at("2026-11-16T12:30:00Z")))).isEmpty();
        assertThat(OverlapPolicy.check(List.of(onA1200), List.of(at("2026-11-16T12:10:00Z"))).isAccepted()).isTrue();
    }

    @Test
    void a_slot_taken_on_another_contract_conflicts() {
        var conflicts = OverlapPolicy.conflicts(List.of(onA1200, onA1210),
                List.of(at("2026-11-16T12:20:00Z"), at("2026-11-16T12:10:00Z"), at("2026-11-16T12:00:00Z")));
        assertThat(conflicts).containsExactly(at("2026-11-16T12:00:00Z"), at("2026-11-16T12:10:00Z"));
    }

    @Test
    void the_rejection_names_the_code_and_first_slot() {
        Decision d = OverlapPolicy.check(List.of(onA1210), List.of(at("2026-11-16T12:10:00Z")));
        assertThat(d).isInstanceOfSatisfying(Decision.Rejected.class, r -> {
            assertThat(r.violation().code()).isEqualTo("segment.overlap");
            assertThat(r.violation().message()).contains("2026-11-16T12:10:00Z");
        });
    }

    @Test
    void a_segment_being_replaced_does_not_conflict_with_itself() {
        assertThat(OverlapPolicy.conflicts(List.of(onA1200), List.of(onA1200.start()), Set.of(onA1200.id()))).isEmpty();
    }
}
