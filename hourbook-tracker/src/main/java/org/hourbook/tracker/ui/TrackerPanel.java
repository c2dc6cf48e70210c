package org.hourbook.tracker.ui;

import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Image;
import java.awt.Insets;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.DefaultComboBoxModel;
import javax.swing.ImageIcon;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.KeyStroke;
import javax.swing.UIManager;
import org.hourbook.tracker.session.ContractInfo;
import org.hourbook.tracker.session.TrackerState;
import org.hourbook.tracker.session.TrackerStatus;

/**
 * The tracker's window content: contract, memo and label, start/stop, the times, sync state,
 * refusals, the last screenshot with "delete", and what is known about activity. Every control
 * is reachable with Tab and has a mnemonic (Alt+C contract, Alt+M memo, Alt+L label, Alt+S
 * start/stop, Alt+D delete); Enter in the memo starts.
 */
public final class TrackerPanel extends JPanel {
    private final Controller controller;
    private final ZoneId zone;
    private final JComboBox<ContractInfo> contract = new JComboBox<>();
    private final JTextField memo = new JTextField(28);
    private final JComboBox<String> label = new JComboBox<>();
    private final JButton startStop = new JButton("Start");
    private final JLabel session = new JLabel("0:00:00");
    private final JLabel state = new JLabel(" ");
    private final JLabel totals = new JLabel(" ");
    private final JLabel activity = new JLabel(" ");
    private final JTextArea sync = area();
    private final JLabel shot = new JLabel();
    private final JLabel shotText = new JLabel("No screenshot yet");
    private final JButton deleteShot = new JButton("Delete screenshot");
    private final JTextArea notices = area();
    private final JLabel error = new JLabel(" ");
    private TrackerStatus.LastShot shown;
    private Consumer<String> onProblem = m -> {};

    public TrackerPanel(Controller controller, ZoneId zone) {
        super(new GridBagLayout());
        this.controller = controller;
        this.zone = zone;
        setBorder(BorderFactory.createEmptyBorder(14, 16, 14, 16));
        contract.setRenderer(new javax.swing.DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> list, Object value, int index, boolean sel, boolean focus) {
                String text = value instanceof ContractInfo c ? c.title() + (c.weeklyLimitHours() == null ? "" : "  (" + c.weeklyLimitHours() + " h/week)") : "";
                return super.getListCellRendererComponent(list, text, index, sel, focus);
            }
        });
        contract.addActionListener(e -> labels());
        session.setFont(session.getFont().deriveFont(Font.BOLD, session.getFont().getSize2D() * 2.4f));
        startStop.setMnemonic(KeyEvent.VK_S);
        startStop.putClientProperty("JButton.buttonType", "roundRect");
        startStop.addActionListener(e -> toggle());
        memo.addActionListener(e -> {
            if (!tracking()) toggle();
        });
        memo.putClientProperty("JTextField.placeholderText", "What are you working on? (the client reads this)");
        deleteShot.setMnemonic(KeyEvent.VK_D);
        deleteShot.setEnabled(false);
        deleteShot.addActionListener(e -> {
            if (shown != null) controller.deleteShot(shown.segment());
        });
        error.setForeground(UIManager.getColor("Component.error.focusedBorderColor"));

        int y = 0;
        row(y++, labelFor("Contract", 'C', contract), contract);
        row(y++, labelFor("Memo", 'M', memo), memo);
        row(y++, labelFor("Label", 'L', label), label);
        JPanel go = new JPanel(new BorderLayout(16, 0));
        go.setOpaque(false);
        go.add(startStop, BorderLayout.WEST);
        go.add(session, BorderLayout.CENTER);
        startStop.setPreferredSize(new Dimension(110, 40));
        add(go, at(0, y++, 2, new Insets(12, 0, 4, 0)));
        add(state, at(0, y++, 2, new Insets(2, 0, 2, 0)));
        add(totals, at(0, y++, 2, new Insets(2, 0, 2, 0)));
        add(activity, at(0, y++, 2, new Insets(2, 0, 8, 0)));
        add(section("Sync"), at(0, y++, 2, new Insets(6, 0, 2, 0)));
        add(sync, at(0, y++, 2, new Insets(0, 0, 6, 0)));
        add(section("Last screenshot"), at(0, y++, 2, new Insets(6, 0, 2, 0)));
        JPanel shots = new JPanel(new BorderLayout(12, 4));
        shots.setOpaque(false);
        shot.setPreferredSize(new Dimension(192, 120));
        shot.setBorder(BorderFactory.createLineBorder(UIManager.getColor("Component.borderColor")));
        shots.add(shot, BorderLayout.WEST);
        JPanel right = new JPanel(new BorderLayout(0, 6));
        right.setOpaque(false);
        right.add(shotText, BorderLayout.NORTH);
        right.add(deleteShot, BorderLayout.SOUTH);
        shots.add(right, BorderLayout.CENTER);
        add(shots, at(0, y++, 2, new Insets(0, 0, 6, 0)));
        add(notices, at(0, y++, 2, new Insets(6, 0, 0, 0)));
        add(error, at(0, y++, 2, new Insets(4, 0, 0, 0)));
        GridBagConstraints rest = at(0, y, 2, new Insets(0, 0, 0, 0));
        rest.weighty = 1; // keeps everything at the top when lines come and go
        add(new JLabel(), rest);
        getInputMap(WHEN_IN_FOCUSED_WINDOW).put(KeyStroke.getKeyStroke(KeyEvent.VK_ENTER, java.awt.event.InputEvent.CTRL_DOWN_MASK), "toggle");
        getActionMap().put("toggle", new javax.swing.AbstractAction() {
            @Override
            public void actionPerformed(java.awt.event.ActionEvent e) {
                toggle();
            }
        });
    }

    public void onProblem(Consumer<String> c) {
        onProblem = c;
    }

    public void setContracts(List<ContractInfo> list) {
        contract.setModel(new DefaultComboBoxModel<>(list.toArray(ContractInfo[]::new)));
        labels();
    }

    public JTextField memoField() {
        return memo;
    }

    private void labels() {
        ContractInfo c = (ContractInfo) contract.getSelectedItem();
        DefaultComboBoxModel<String> m = new DefaultComboBoxModel<>();
        m.addElement("(no label)");
        if (c != null) c.labels().forEach(m::addElement);
        label.setModel(m);
        label.setEnabled(c != null && !c.labels().isEmpty());
    }

    private boolean tracking() {
        TrackerStatus s = controller.status();
        return s != null && s.tracking();
    }

    private void toggle() {
        error.setText(" ");
        try {
            if (tracking()) {
                controller.stop();
            } else {
                ContractInfo c = (ContractInfo) contract.getSelectedItem();
                if (c == null) throw new IllegalArgumentException("No contract to track: ask the client for an hourly contract.");
                if (memo.getText().isBlank()) {
                    memo.requestFocusInWindow();
                    throw new IllegalArgumentException("Write a memo first: say what you are working on.");
                }
                String l = label.getSelectedIndex() > 0 ? (String) label.getSelectedItem() : null;
                controller.start(c, memo.getText(), l);
            }
        } catch (RuntimeException e) {
            error.setText(e.getMessage());
            onProblem.accept(e.getMessage());
        }
        update(controller.status());
    }

    /** Shows a status (on the Swing thread). */
    public void update(TrackerStatus s) {
        if (s == null) return;
        boolean on = s.tracking();
        TrackerState.Session current = switch (s.state()) {
            case TrackerState.Running r -> r.session();
            case TrackerState.Waiting w -> w.session();
            case TrackerState.Idle i -> i.session();
            case TrackerState.Stopped x -> null;
        };
        if (current != null) {
            // Show what is being tracked, also when it was started from a terminal.
            for (int i = 0; i < contract.getItemCount(); i++) {
                if (contract.getItemAt(i).id() == current.contract().id() && contract.getSelectedIndex() != i) contract.setSelectedIndex(i);
            }
            if (!memo.getText().equals(current.memo())) memo.setText(current.memo());
            label.setSelectedItem(current.label() == null ? "(no label)" : current.label());
        }
        startStop.setText(on ? "Stop" : "Start");
        contract.setEnabled(!on);
        memo.setEnabled(!on);
        label.setEnabled(!on && label.getItemCount() > 1);
        session.setText(Texts.hms(s.sessionSeconds()));
        state.setText(switch (s.state()) {
            case TrackerState.Running r -> "Tracking " + r.session().contract().title() + " since " + Texts.clock(r.since(), zone);
            case TrackerState.Waiting w -> "Starts at " + Texts.clock(w.startsAt(), zone) + ": this 10-minute slot already has a segment";
            case TrackerState.Idle i -> i.returnedAt() == null ? "Idle since " + Texts.clock(i.since(), zone) + ": time is not counted"
                    : "Back after idling since " + Texts.clock(i.since(), zone) + ": keep or discard the idle time";
            case TrackerState.Stopped st -> st.reason() == null ? "Not tracking" : st.reason();
        });
        String t = "Today " + Texts.hm(s.todaySeconds()) + "   ·   This week " + Texts.hm(s.weekSeconds());
        if (s.limitLeftSeconds() != null) t += "   ·   Left under the limit " + Texts.hm(s.limitLeftSeconds());
        if (s.cycleLeftSeconds() != null) {
            t += s.cycleLeftSeconds() >= 0 ? "   ·   Left this cycle " + Texts.hm(s.cycleLeftSeconds())
                    : "   ·   Over this cycle's hours by " + Texts.hm(-s.cycleLeftSeconds());
        }
        totals.setText(t);
        if (s.activity() != null) {
            activity.setText("Activity " + s.activity());
        } else if (s.segmentActivity() != null) {
            var a = s.segmentActivity();
            activity.setText("This segment: " + a.keys() + " keys · " + a.clicks() + " clicks · " + a.scrolls() + " scrolls · "
                    + a.moves() + " moves (counts only)");
        } else {
            activity.setText("Activity: counts of keystrokes, clicks, scrolls and mouse moves only");
        }
        sync.setText(String.join("\n", controller.syncLines()));
        if (!Objects.equals(shown, s.lastShot())) showShot(s.lastShot());
        List<String> lines = new java.util.ArrayList<>(s.notices());
        if (s.capture() != null) lines.add(0, "Screenshots are failing: " + s.capture());
        notices.setText(String.join("\n", lines));
        notices.setVisible(!lines.isEmpty());
    }

    private void showShot(TrackerStatus.LastShot last) {
        shown = last;
        deleteShot.setEnabled(last != null);
        if (last == null) {
            shot.setIcon(null);
            shotText.setText("No screenshot yet");
            return;
        }
        shotText.setText("<html>Taken " + Texts.clock(last.takenAt(), zone) + "<br>" + ("stored".equals(last.state()) ? "uploaded" : "not uploaded yet")
                + "</html>");
        Path file = last.thumbFile() == null ? null : controller.thumbnail(last.thumbFile());
        if (file != null && Files.isRegularFile(file)) {
            ImageIcon icon = new ImageIcon(file.toString());
            icon.getImage().flush();
            shot.setIcon(new ImageIcon(icon.getImage().getScaledInstance(192, -1, Image.SCALE_SMOOTH)));
        } else {
            shot.setIcon(null);
        }
    }

    private void row(int y, JLabel l, JComponent field) {
        add(l, at(0, y, 1, new Insets(4, 0, 4, 10)));
        GridBagConstraints c = at(1, y, 1, new Insets(4, 0, 4, 0));
        c.weightx = 1;
        add(field, c);
    }

    private static JLabel labelFor(String text, char mnemonic, JComponent field) {
        JLabel l = new JLabel(text);
        l.setDisplayedMnemonic(mnemonic);
        l.setLabelFor(field);
        return l;
    }

    private static JLabel section(String text) {
        JLabel l = new JLabel(text);
        l.setFont(l.getFont().deriveFont(Font.BOLD));
        return l;
    }

    private static JTextArea area() {
        JTextArea a = new JTextArea();
        a.setEditable(false);
        a.setOpaque(false);
        a.setLineWrap(true);
        a.setWrapStyleWord(true);
        a.setFocusable(false);
        a.setBorder(null);
        return a;
    }

    private static GridBagConstraints at(int x, int y, int w, Insets insets) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = x;
        c.gridy = y;
        c.gridwidth = w;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.anchor = GridBagConstraints.WEST;
        c.insets = insets;
        return c;
    }
}
