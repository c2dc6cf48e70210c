package org.hourbook.tracker.sync;

import org.hourbook.tracker.config.Account;
import org.hourbook.tracker.wire.Wire;

/** Email and password (or a pasted token) become a device token named after this machine. */
public final class SignIn {
    private SignIn() {}

    public static Account withPassword(String server, String email, String password, String device) throws Api.Refused, Api.Unreachable {
        org.hourbook.api.auth.IssuedToken issued = new Api(server, null, null).issueToken(email, password, device);
        org.hourbook.api.auth.Me me = new Api(server, issued.token(), null).me();
        return new Account(server, me.id(), me.email(), me.name(), issued.token(), issued.id(), device);
    }

    public static Account withToken(String server, String token, String device) throws Api.Refused, Api.Unreachable {
        org.hourbook.api.auth.Me me = new Api(server, token, null).me();
        return new Account(server, me.id(), me.email(), me.name(), token, null, device);
    }

    /** This machine's name, for the token's label in the person's token list. */
    public static String deviceName() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.io.IOException e) {
                host = "this computer";
            }
        }
        return "Hourbook Tracker on " + host;
    }
}
