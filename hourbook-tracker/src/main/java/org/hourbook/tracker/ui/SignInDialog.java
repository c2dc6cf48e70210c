package org.hourbook.tracker.ui;

import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.Optional;
import javax.swing.JCheckBox;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import org.hourbook.tracker.config.Account;
import org.hourbook.tracker.sync.Api;
import org.hourbook.tracker.sync.SignIn;

/** Server, email and password (or a pasted token) until the server says yes, or the person cancels. */
final class SignInDialog {
    private SignInDialog() {}

    static Optional<Account> ask(String server) {
        JTextField url = new JTextField(server == null ? "https://" : server, 28);
        JTextField email = new JTextField(28);
        JPasswordField password = new JPasswordField(28);
        JCheckBox token = new JCheckBox("The password field holds a token I made in the web UI");
        JPanel p = new JPanel(new GridBagLayout());
        int y = 0;
        for (Object[] row : new Object[][] {{"Server", 'S', url}, {"Email", 'E', email}, {"Password", 'P', password}}) {
            JLabel l = new JLabel((String) row[0]);
            l.setDisplayedMnemonic((char) row[1]);
            l.setLabelFor((java.awt.Component) row[2]);
            p.add(l, at(0, y));
            GridBagConstraints c = at(1, y++);
            c.weightx = 1;
            p.add((java.awt.Component) row[2], c);
        }
        GridBagConstraints c = at(1, y);
        p.add(token, c);
        String problem = null;
        while (true) {
            Object[] message = problem == null ? new Object[] {p} : new Object[] {p, new JLabel(problem)};
            int answer = JOptionPane.showConfirmDialog(null, message, "Sign in to Hourbook", JOptionPane.OK_CANCEL_OPTION, JOptionPane.PLAIN_MESSAGE);
            if (answer != JOptionPane.OK_OPTION) return Optional.empty();
            String base = url.getText().strip().replaceAll("/+$", "");
            try {
                String secret = new String(password.getPassword());
                return Optional.of(token.isSelected() ? SignIn.withToken(base, secret, SignIn.deviceName())
                        : SignIn.withPassword(base, email.getText().strip(), secret, SignIn.deviceName()));
            } catch (Api.Refused e) {
                problem = e.body() != null ? e.body().message() : "The server answered " + e.status() + ".";
            } catch (Api.Unreachable | IllegalArgumentException e) {
                problem = e.getMessage();
            }
        }
    }

    private static GridBagConstraints at(int x, int y) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = x;
        c.gridy = y;
        c.anchor = GridBagConstraints.WEST;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.insets = new Insets(4, 4, 4, 8);
        return c;
    }
}
