package org.hourbook.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** How long each start-up step took, so that "started in N ms" can say where the time went. */
final class StartTimes {
    private record Step(String name, Duration took) {}

    private final Clock clock;
    private final List<Step> steps = new ArrayList<>();

    StartTimes(Clock clock) {
        this.clock = clock;
    }

    <T> T time(String name, Supplier<T> step) {
        Instant start = clock.instant();
        try {
            return step.get();
        } finally {
            steps.add(new Step(name, Duration.between(start, clock.instant())));
        }
    }

    /**
     * The steps, and the CPU time the process used so far: on a busy machine the wall-clock time
     * says little, the CPU time says what start-up costs.
     */
    @Override
    public String toString() {
        String cpu = ProcessHandle.current().info().totalCpuDuration().map(d -> "cpu " + d.toMillis() + " ms; ").orElse("");
        return cpu + String.join(", ", steps.stream().map(s -> s.name() + " " + s.took().toMillis() + " ms").toList());
    }
}
