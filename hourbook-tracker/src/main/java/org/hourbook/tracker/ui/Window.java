package org.hourbook.tracker.ui;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.awt.MenuItem;
import java.awt.PopupMenu;
import java.awt.Rectangle;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.event.KeyEvent;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.IOException;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import javax.swing.ImageIcon;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.JWindow;
import javax.swing.KeyStroke;
import javax.swing.SwingUtilities;
import javax.swing.Timer;
import org.hourbook.tracker.TrackerRuntime;
import org.hourbook.tracker.cli.Foreground;
import org.hourbook.tracker.cli.TrackCommand;
import org.hourbook.tracker.config.Account;
import org.hourbook.tracker.config.TrackerConfig;
import org.hourbook.tracker.log.TrackerLog;
import org.hourbook.tracker.session.TrackerState;
import org.hourbook.tracker.session.TrackerStatus;

/**
 * {@code hourbook track} with a display: signs in if needed, runs the tracker in this process
 * (the CLI's stop/status/sync reach it through the same socket as a background tracker), and
 * shows it in a window and, where the desktop has one, a tray icon with start/stop and the time.
 */
public final class Window {
    private final TrackerRuntime rt;
    private final RuntimeController controller;
    private final TrackerConfig config;
    private final JFrame frame = new JFrame("Hourbook Tracker");
    private final TrackerPanel panel;
    private TrayIcon tray;
    private Theme theme;
    private TrackerStatus.LastShot previewed;
    private boolean asking;

    private Window(TrackerRuntime rt, TrackerConfig config, Theme theme) {
        this.rt = rt;
        this.config = config;
        this.theme = theme;
        this.controller = new RuntimeController(rt);
        this.panel = new TrackerPanel(controller, ZoneId.systemDefault());
    }

    public static int open(TrackCommand command) {
        if (GraphicsEnvironment.isHeadless()) {
            command.ctx().err().println(TrackerConfig.command() + ": no display for the window; use the commands instead (" + TrackerConfig.command() + " --help)");
            return 2;
        }
        TrackerConfig config = command.trackerConfig();
        Theme theme = Theme.parse(settings(config).getProperty("theme", "light"));
        try {
            SwingUtilities.invokeAndWait(theme::apply);
            Optional<Account> account = Account.load(config.accountFile());
            if (account.isEmpty()) {
                Optional<Account>[] asked = new Optional[1];
                SwingUtilities.invokeAndWait(() -> asked[0] = SignInDialog.ask(null));
                if (asked[0].isEmpty()) return 1;
                asked[0].get().save(config.accountFile());
                account = asked[0];
            }
            Optional<FileLock> lock = Foreground.lock(config);
            if (lock.isEmpty()) {
                SwingUtilities.invokeAndWait(() -> JOptionPane.showMessageDialog(null,
                        "A tracker already runs for this account (started from a terminal).\nStop it with '" + TrackerConfig.command() + " stop', then open the window again.",
                        "Hourbook Tracker", JOptionPane.INFORMATION_MESSAGE));
                return 1;
            }
            TrackerLog log = TrackerLog.in(config.logDir(), false);
            log.info("launch", "window started (data " + config.dataDir() + ")");
            TrackerRuntime rt = TrackerRuntime.start(config, account.get(), log);
            AutoCloseable control = Foreground.control(rt);
            Window w = new Window(rt, config, theme);
            SwingUtilities.invokeAndWait(w::show);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                rt.tracker().stop(null);
                rt.syncNow();
                try {
                    control.close();
                } catch (Exception ignored) {
                    // ending anyway
                }
                rt.close();
            }, "tracker-window-shutdown"));
            new Thread(() -> {
                var list = w.controller.refreshContracts();
                SwingUtilities.invokeLater(() -> w.panel.setContracts(list));
            }, "tracker-contracts").start();
            return 0; // the Swing thread keeps the process alive until Quit
        } catch (IOException | java.lang.reflect.InvocationTargetException e) {
            command.ctx().err().println(TrackerConfig.command() + ": " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private void show() {
        frame.setIconImage(Icons.clock(64, false));
        frame.setJMenuBar(menu());
        frame.setContentPane(panel);
        panel.setContracts(controller.contracts());
        panel.update(controller.status());
        frame.pack();
        frame.setMinimumSize(frame.getSize());
        frame.setLocationRelativeTo(null);
        frame.setDefaultCloseOperation(JFrame.DO_NOTHING_ON_CLOSE);
        frame.addWindowListener(new WindowAdapter() {
            @Override
            public void windowClosing(WindowEvent e) {
                if (tray != null) frame.setVisible(false);
                else if (!controller.status().tracking() || confirm("Stop tracking and quit?")) quit();
            }
        });
        installTray();
        rt.tracker().addListener(s -> SwingUtilities.invokeLater(() -> update(s)));
        // The times move every second even between status events.
        new Timer(1000, e -> update(controller.status())).start();
        frame.setVisible(true);
        panel.memoField().requestFocusInWindow();
    }

    private void update(TrackerStatus s) {
        panel.update(s);
        boolean on = s.tracking();
        if (tray != null) {
            tray.setImage(Icons.clock(16, on));
            tray.setToolTip(on ? "Hourbook: tracking " + Texts.hms(s.sessionSeconds()) : "Hourbook: not tracking");
        }
        frame.setIconImage(Icons.clock(64, on));
        if (s.lastShot() != null && !Objects.equals(previewed, s.lastShot()) && previewed != null) preview(s.lastShot());
        if (previewed == null) previewed = s.lastShot();
        if (s.state() instanceof TrackerState.Idle i && i.returnedAt() != null && !asking) askIdle(i);
    }

    private void askIdle(TrackerState.Idle i) {
        asking = true;
        long minutes = java.time.Duration.between(i.since(), i.returnedAt()).toMinutes();
        Object[] options = {"Keep idle time", "Discard idle time"};
        frame.setVisible(true);
        frame.toFront();
        int answer = JOptionPane.showOptionDialog(frame, "You have been idle since " + Texts.clock(i.since(), ZoneId.systemDefault()) + " (" + minutes
                        + " min).\nKeep that time, or discard it? Discarded time is never uploaded.", "Idle time",
                JOptionPane.DEFAULT_OPTION, JOptionPane.QUESTION_MESSAGE, null, options, options[1]);
        controller.answerIdle(answer == 0);
        asking = false;
    }

    /** The screenshot just taken, for four seconds in the corner: the person always sees what is captured. */
    private void preview(TrackerStatus.LastShot shot) {
        previewed = shot;
        var file = shot.thumbFile() == null ? null : controller.thumbnail(shot.thumbFile());
        if (file == null) return;
        JWindow w = new JWindow();
        JLabel l = new JLabel(new ImageIcon(file.toString()));
        l.setBorder(javax.swing.BorderFactory.createTitledBorder("Screenshot taken " + Texts.clock(shot.takenAt(), ZoneId.systemDefault())));
        w.add(l);
        w.pack();
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        w.setLocation(screen.x + screen.width - w.getWidth() - 16, screen.y + screen.height - w.getHeight() - 16);
        w.setFocusableWindowState(false);
        w.setVisible(true);
        Timer t = new Timer(4000, e -> w.dispose());
        t.setRepeats(false);
        t.start();
    }

    private JMenuBar menu() {
        JMenuBar bar = new JMenuBar();
        JMenu tracker = new JMenu("Tracker");
        tracker.setMnemonic(KeyEvent.VK_T);
        tracker.add(item("Sync now", KeyEvent.VK_Y, () -> new Thread(rt::syncNow, "tracker-sync-now").start()));
        tracker.add(item("Open log", KeyEvent.VK_O, this::openLog));
        tracker.add(item("Signed in as …", KeyEvent.VK_I, () -> JOptionPane.showMessageDialog(frame, controller.who())));
        tracker.add(item("Sign out", KeyEvent.VK_G, () -> {
            if (confirm("Stop tracking and sign out? Segments not uploaded yet stay in the journal.")) {
                controller.signOut();
                quit();
            }
        }));
        tracker.addSeparator();
        JMenuItem quit = item("Quit", KeyEvent.VK_Q, () -> {
            if (!controller.status().tracking() || confirm("Stop tracking and quit?")) quit();
        });
        quit.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_Q, java.awt.event.InputEvent.CTRL_DOWN_MASK));
        tracker.add(quit);
        bar.add(tracker);
        JMenu view = new JMenu("View");
        view.setMnemonic(KeyEvent.VK_V);
        JCheckBoxMenuItem dark = new JCheckBoxMenuItem("Dark theme", theme == Theme.DARK);
        dark.setMnemonic(KeyEvent.VK_D);
        dark.addActionListener(e -> {
            theme = dark.isSelected() ? Theme.DARK : Theme.LIGHT;
            theme.apply();
            Properties p = settings(config);
            p.setProperty("theme", theme.name().toLowerCase(java.util.Locale.ROOT));
            saveSettings(config, p);
        });
        view.add(dark);
        bar.add(view);
        return bar;
    }

    private void installTray() {
        if (!SystemTray.isSupported()) {
            rt.log().info("launch", "no system tray on this desktop: the window stays open while tracking");
            return;
        }
        PopupMenu menu = new PopupMenu();
        MenuItem toggle = new MenuItem("Start / Stop");
        toggle.addActionListener(e -> SwingUtilities.invokeLater(() -> {
            if (controller.status().tracking()) controller.stop();
            else {
                frame.setVisible(true);
                frame.toFront();
                panel.memoField().requestFocusInWindow();
            }
        }));
        MenuItem showItem = new MenuItem("Show window");
        showItem.addActionListener(e -> SwingUtilities.invokeLater(() -> {
            frame.setVisible(true);
            frame.toFront();
        }));
        MenuItem quitItem = new MenuItem("Quit");
        quitItem.addActionListener(e -> SwingUtilities.invokeLater(this::quit));
        menu.add(toggle);
        menu.add(showItem);
        menu.addSeparator();
        menu.add(quitItem);
        tray = new TrayIcon(Icons.clock(16, false), "Hourbook: not tracking", menu);
        tray.setImageAutoSize(true);
        tray.addActionListener(e -> SwingUtilities.invokeLater(() -> {
            frame.setVisible(true);
            frame.toFront();
        }));
        try {
            SystemTray.getSystemTray().add(tray);
            rt.log().info("launch", "tray icon shown");
        } catch (java.awt.AWTException e) {
            tray = null;
            rt.log().info("launch", "no system tray on this desktop: the window stays open while tracking");
        }
    }

    private JMenuItem item(String text, int mnemonic, Runnable action) {
        JMenuItem i = new JMenuItem(text, mnemonic);
        i.addActionListener(e -> action.run());
        return i;
    }

    private void openLog() {
        var log = controller.logFile();
        try {
            if (log != null && Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                Desktop.getDesktop().open(log.toFile());
                return;
            }
        } catch (IOException | RuntimeException e) {
            // shown below instead
        }
        JOptionPane.showMessageDialog(frame, "The log is " + log);
    }

    private boolean confirm(String question) {
        return JOptionPane.showConfirmDialog(frame, question, "Hourbook Tracker", JOptionPane.YES_NO_OPTION) == JOptionPane.YES_OPTION;
    }

    private void quit() {
        frame.setVisible(false);
        if (tray != null) SystemTray.getSystemTray().remove(tray);
        System.exit(0); // the shutdown hook stops tracking, syncs and closes the journal
    }

    static Properties settings(TrackerConfig config) {
        Properties p = new Properties();
        var f = config.dataDir().resolve("window.properties");
        if (Files.isRegularFile(f)) {
            try (var in = Files.newInputStream(f)) {
                p.load(in);
            } catch (IOException ignored) {
                // defaults
            }
        }
        return p;
    }

    static void saveSettings(TrackerConfig config, Properties p) {
        try {
            Files.createDirectories(config.dataDir());
            try (var out = Files.newOutputStream(config.dataDir().resolve("window.properties"))) {
                p.store(out, "Hourbook Tracker window");
            }
        } catch (IOException ignored) {
            // the theme is only a preference
        }
    }
}
