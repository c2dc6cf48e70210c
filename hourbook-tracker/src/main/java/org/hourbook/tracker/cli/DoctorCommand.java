package org.hourbook.tracker.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import java.util.concurrent.Callable;
import org.hourbook.tracker.activity.InputHooks;
import org.hourbook.tracker.activity.NativeHooks;
import org.hourbook.tracker.capture.RobotScreens;
import org.hourbook.tracker.config.Account;
import org.hourbook.tracker.doctor.Doctor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "doctor", mixinStandardHelpOptions = true, description = {"Checks sign-in, clock, screenshots, input and disk.", "",
        "Checks the server and your sign-in, the contract list, the clock against the",
        "server, screen capture (a test shot, not uploaded), the input hooks and the",
        "journal's disk space; each is ok or a problem with what to do."})
final class DoctorCommand implements Callable<Integer> {
    private final TrackCommand root;

    @Option(names = "--json", description = "as JSON")
    boolean json;

    DoctorCommand(TrackCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() throws Exception {
        var config = root.config();
        InputHooks hooks = config.inputHooks() ? new NativeHooks() : InputHooks.switchedOff();
        List<Doctor.Check> checks = Doctor.run(config, Account.load(config.accountFile()), new RobotScreens(), hooks);
        if (json) {
            ArrayNode a = Control.JSON.createArrayNode();
            for (Doctor.Check c : checks) {
                var o = a.addObject().put("check", c.name()).put("ok", c.ok()).put("detail", c.detail());
                if (c.fix() != null) o.put("fix", c.fix());
            }
            root.ctx().out().println(Control.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(a));
        } else {
            for (Doctor.Check c : checks) {
                root.ctx().out().printf("%-8s %-11s %s%n", c.ok() ? "ok" : "PROBLEM", c.name(), c.detail());
                if (c.fix() != null) root.ctx().out().printf("%-8s %-11s what to do: %s%n", "", "", c.fix());
            }
        }
        return checks.stream().allMatch(Doctor.Check::ok) ? 0 : 1;
    }
}
