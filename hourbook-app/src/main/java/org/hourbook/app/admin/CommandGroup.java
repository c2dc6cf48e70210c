package org.hourbook.app.admin;

import java.util.concurrent.Callable;
import org.hourbook.app.Main;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that only holds others ("admin", "admin users"): alone, it names them and fails. */
abstract class CommandGroup implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    final Main.Context ctx;

    CommandGroup(Main.Context ctx) {
        this.ctx = ctx;
    }

    @Override
    public Integer call() {
        ctx.err().println(spec.qualifiedName() + ": which command? One of: " + String.join(", ", spec.subcommands().keySet()));
        spec.commandLine().usage(ctx.err());
        return 2;
    }
}
