package org.hourbook.tracker.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.hourbook.tracker.session.ContractInfo;
import org.hourbook.tracker.session.TrackerStatus;
import org.hourbook.tracker.sync.Syncer;

/**
 * What the window can ask of the tracker. The real one wraps a running tracker; the pictures in
 * docs/ are drawn with a made-up one, so the window never depends on more than this.
 */
public interface Controller {
    List<ContractInfo> contracts();

    TrackerStatus status();

    Syncer.State sync();

    /** The status line facts the CLI prints too (waiting, refused, week lock) as text lines. */
    List<String> syncLines();

    void start(ContractInfo contract, String memo, String label);

    void stop();

    void answerIdle(boolean keep);

    void deleteShot(UUID segment);

    /** The last screenshot's thumbnail file, if it is still on disk. */
    Path thumbnail(String file);

    Path logFile();

    String who();

    void signOut();
}
