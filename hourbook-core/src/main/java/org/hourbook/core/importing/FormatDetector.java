package org.hourbook.core.importing;

import java.util.List;
import java.util.Optional;

/**
 * Which format a header row belongs to: the one with most of its usual columns present, ties to
 * the one whose columns are present in the larger share. Toggl and Clockify share most names; the
 * plain {@code Duration} versus {@code Duration (h)} and {@code Duration (decimal)} tells them apart.
 * <pre>
 *  Toggl header     Toggl 13 of 13   Clockify 12 of 15   Harvest 3 of 11   generic 10 of 23
 *  Clockify header  Toggl 12 of 13   Clockify 15 of 15                     generic 9 of 23
 *  Harvest header   Harvest 11 of 11                                       generic 7 of 23
 *  date, description, hours, client, project      Harvest 4 of 11   generic 5 of 23 -> generic
 *  date, notes, hours                             Harvest 3 of 11   generic 3 of 23 -> Harvest (reads the same)
 * </pre>
 */
final class FormatDetector {
    static final List<FormatMapper> MAPPERS = List.of(new TogglMapper(), new ClockifyMapper(), new HarvestMapper(), new GenericMapper());
    /** Fewer matching columns than this is no format at all. */
    static final int MIN_MATCHES = 2;

    private FormatDetector() {}

    static Optional<FormatMapper> detect(Header header) {
        FormatMapper best = null;
        int bestCount = 0;
        double bestShare = 0;
        for (FormatMapper m : MAPPERS) {
            int count = (int) m.signature().stream().filter(header::has).count();
            double share = (double) count / m.signature().size();
            if (count > bestCount || (count == bestCount && share > bestShare)) {
                best = m;
                bestCount = count;
                bestShare = share;
            }
        }
        boolean hasADate = header.has("date") || header.has("start date") || header.has("day");
        return bestCount >= MIN_MATCHES && hasADate ? Optional.of(best) : Optional.empty();
    }

    static FormatMapper mapperFor(ImportFormat format) {
        return MAPPERS.stream().filter(m -> m.format() == format).findFirst().orElseThrow();
    }
}
