package org.hourbook.core.segment;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hourbook.core.policy.Decision;

/**
 * One freelancer never has two pieces of time in the same slot, whatever the contracts. Because
 * every segment sits on the 600 s grid, overlap is simply "same start".
 * <pre>
 *  contract A   |  A  |  A  |     |
 *  contract B               |  B  |  B  |     new B slots at 12:20 and 12:30
 *  12:00       12:10 12:20 12:30 12:40       existing A at 12:00, 12:10 -> no conflict
 *  new B at 12:10 -> conflict with A at 12:10 ("segment.overlap")
 * </pre>
 */
public final class OverlapPolicy {
    private OverlapPolicy() {}

    /**
     * The new slot starts that are already taken by {@code existingOfFreelancer} (any contract),
     * leaving out the segments in {@code replacing} (the ones an edit is about to overwrite).
     */
    public static SortedSet<Instant> conflicts(Collection<Segment> existingOfFreelancer, Collection<Instant> newSlotStarts, Set<UUID> replacing) {
        Set<Instant> taken = existingOfFreelancer.stream()
                .filter(s -> !replacing.contains(s.id()))
                .map(Segment::start)
                .collect(Collectors.toSet());
        return newSlotStarts.stream().filter(taken::contains).collect(Collectors.toCollection(TreeSet::new));
    }

    public static SortedSet<Instant> conflicts(Collection<Segment> existingOfFreelancer, Collection<Instant> newSlotStarts) {
        return conflicts(existingOfFreelancer, newSlotStarts, Set.of());
    }

    /** Rejects with {@code segment.overlap} naming the first conflicting slot. */
    public static Decision check(Collection<Segment> existingOfFreelancer, Collection<Instant> newSlotStarts) {
        SortedSet<Instant> c = conflicts(existingOfFreelancer, newSlotStarts);
        return c.isEmpty()
                ? Decision.accepted()
                : Decision.rejected("segment.overlap", "start",
                        c.size() + " slot(s) already hold time of this freelancer, first at " + c.first() + ".");
    }
}
