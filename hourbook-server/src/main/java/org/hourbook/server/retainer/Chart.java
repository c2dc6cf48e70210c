package org.hourbook.server.retainer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hourbook.core.retainer.CycleBalance;

/**
 * A bar chart drawn as inline SVG by the template: every coordinate is worked out here, so the
 * page needs no script and no style attribute (the CSP allows neither).
 * <pre>
 *  height ─┬───────────────── cap line (cycles chart)
 *          │   ▇       ▇
 *          │ ▇ ▇ ▇   ▇ ▇
 *        0 ┴─────────────── one bar per day (or per cycle)
 * </pre>
 *
 * @param capY y of the cap line, or -1 for none
 */
public record Chart(int width, int height, List<Bar> bars, int capY, String caption) {
    static final int W = 600, H = 140, BASE = 120;

    /** One bar; {@code over} marks a cycle beyond its cap. */
    public record Bar(int x, int y, int w, int h, String label, String title, boolean over, boolean labelled) {}

    /** Hours per local day of the cycle. */
    static Chart daily(Map<LocalDate, Long> perDay) {
        long max = Math.max(3600, perDay.values().stream().mapToLong(Long::longValue).max().orElse(0));
        int n = Math.max(1, perDay.size());
        int slot = W / n;
        List<Bar> bars = new ArrayList<>();
        int i = 0;
        DateTimeFormatter f = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);
        for (var e : perDay.entrySet()) {
            int h = (int) Math.round((double) e.getValue() / max * (BASE - 10));
            bars.add(new Bar(i * slot + 1, BASE - h, Math.max(1, slot - 2), h, String.valueOf(e.getKey().getDayOfMonth()),
                    f.format(e.getKey()) + ": " + CycleBalance.hours(e.getValue()) + " h", false, i % Math.max(1, n / 8) == 0));
            i++;
        }
        long top = perDay.values().stream().mapToLong(Long::longValue).max().orElse(0);
        return new Chart(W, H, bars, -1, "Hours per day this cycle (most in one day: " + CycleBalance.hours(top) + " h)");
    }

    /** Used against available (cap + rollover) per cycle, oldest first, the latest twelve. */
    static Chart cycles(List<CycleBalance> balances) {
        List<CycleBalance> last = balances.subList(Math.max(0, balances.size() - 12), balances.size());
        long max = Math.max(3600, last.stream().mapToLong(b -> Math.max(b.usedSeconds(), b.availableSeconds())).max().orElse(0));
        int n = Math.max(1, last.size());
        int slot = W / n;
        List<Bar> bars = new ArrayList<>();
        DateTimeFormatter f = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);
        for (int i = 0; i < last.size(); i++) {
            CycleBalance b = last.get(i);
            int h = (int) Math.round((double) b.usedSeconds() / max * (BASE - 10));
            bars.add(new Bar(i * slot + slot / 6, BASE - h, Math.max(2, slot * 2 / 3), h, f.format(b.cycle().firstDay()),
                    f.format(b.cycle().firstDay()) + ": " + CycleBalance.hours(b.usedSeconds()) + " of " + CycleBalance.hours(b.availableSeconds()) + " h",
                    b.isOver(), true));
        }
        long cap = last.isEmpty() ? 0 : last.getLast().availableSeconds();
        int capY = BASE - (int) Math.round((double) cap / max * (BASE - 10));
        return new Chart(W, H, bars, capY, "Hours used per cycle; the line is this cycle's " + CycleBalance.hours(cap) + " h");
    }

    public int base() {
        return BASE;
    }

    public String viewBox() {
        return "0 0 " + width + " " + height;
    }
}
