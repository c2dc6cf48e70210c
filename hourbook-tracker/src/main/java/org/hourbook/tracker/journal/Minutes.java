package org.hourbook.tracker.journal;

import java.util.ArrayList;
import java.util.List;
import org.hourbook.core.segment.MinuteActivity;
import org.hourbook.core.segment.SegmentGrid;

/** A segment's ten per-minute counts as the journal stores them: {@code "k,c,s,m;k,c,s,m;..."}. */
public final class Minutes {
    private Minutes() {}

    public static List<MinuteActivity> none() {
        List<MinuteActivity> m = new ArrayList<>(SegmentGrid.MINUTES_PER_SEGMENT);
        for (int i = 0; i < SegmentGrid.MINUTES_PER_SEGMENT; i++) m.add(MinuteActivity.NONE);
        return List.copyOf(m);
    }

    static String encode(List<MinuteActivity> minutes) {
        StringBuilder b = new StringBuilder(minutes.size() * 8);
        for (MinuteActivity m : minutes) {
            if (!b.isEmpty()) b.append(';');
            b.append(m.keys()).append(',').append(m.clicks()).append(',').append(m.scrolls()).append(',').append(m.moves());
        }
        return b.toString();
    }

    static List<MinuteActivity> decode(String text) {
        if (text == null || text.isEmpty()) return List.of();
        List<MinuteActivity> out = new ArrayList<>();
        for (String part : text.split(";")) {
            String[] n = part.split(",");
            out.add(new MinuteActivity(Integer.parseInt(n[0]), Integer.parseInt(n[1]), Integer.parseInt(n[2]), Integer.parseInt(n[3])));
        }
        return List.copyOf(out);
    }
}
