package org.hourbook.core.canary;

import org.hourbook.server.Config;

/** A deliberate offender for LayeringTest: core code that reaches up into the server. Test sources only. */
public final class UsesTheServer {
    public int port(Config config) {
        return config.port();
    }
}
