package org.hourbook.tracker.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hourbook.tracker.config.Account;
import org.hourbook.tracker.sync.Api;
import org.hourbook.tracker.wire.Wire;
import picocli.CommandLine.Command;

@Command(name = "contracts", mixinStandardHelpOptions = true, description = {"Lists the contracts you can track.", "", "Lists the contracts you can track (id, title, weekly limit, screenshots)."})
final class ContractsCommand implements Callable<Integer> {
    private final TrackCommand root;

    ContractsCommand(TrackCommand root) {
        this.root = root;
    }

    @Override
    public Integer call() throws Exception {
        Optional<Account> a = root.account();
        if (a.isEmpty()) return 1;
        try {
            List<org.hourbook.api.contract.ContractView> list = new Api(a.get().server(), a.get().token(), null).contracts().stream()
                    .filter(Wire::active).filter(c -> c.freelancerId() == a.get().userId()).toList();
            if (list.isEmpty()) root.ctx().out().println("No active contract to track.");
            for (org.hourbook.api.contract.ContractView c : list) {
                root.ctx().out().printf("#%-5d %s  (limit %s, screenshots %s, idle after %d min%s)%n", c.id(), c.title(),
                        c.weeklyLimitHours() == null ? "none" : c.weeklyLimitHours() + " h/week", c.screenshotPolicy().toLowerCase(java.util.Locale.ROOT),
                        c.idleMinutes(), c.activityLabels().isEmpty() ? "" : ", labels " + String.join("/", c.activityLabels()));
            }
            return 0;
        } catch (Api.Refused | Api.Unreachable e) {
            root.ctx().err().println("hourbook track contracts: " + e.getMessage());
            return 1;
        }
    }

}
