package org.hourbook.tracker.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hourbook.tracker.config.Account;
import org.hourbook.tracker.config.TrackerConfig;
import org.hourbook.tracker.sync.Api;
import org.hourbook.tracker.wire.Wire;
import picocli.CommandLine.Command;

@Command(name = "contracts", mixinStandardHelpOptions = true, description = {"Lists the contracts you can track.", "", "Each with its id, title, weekly limit or a retainer's hours left this cycle,", "screenshots, idle minutes and activity labels."})
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
            Api api = new Api(a.get().server(), a.get().token(), null);
            List<org.hourbook.api.contract.ContractView> list = api.contracts().stream()
                    .filter(Wire::active).filter(c -> c.freelancerId() == a.get().userId()).toList();
            if (list.isEmpty()) root.ctx().out().println("No active contract to track.");
            for (org.hourbook.api.contract.ContractView c : list) {
                root.ctx().out().printf("#%-5d %s  (%s, screenshots %s, idle after %d min%s)%n", c.id(), c.title(), hours(api, c),
                        c.screenshotPolicy().toLowerCase(java.util.Locale.ROOT),
                        c.idleMinutes(), c.activityLabels().isEmpty() ? "" : ", labels " + String.join("/", c.activityLabels()));
            }
            return 0;
        } catch (Api.Refused | Api.Unreachable e) {
            root.ctx().err().println(TrackerConfig.command() + " contracts: " + e.getMessage());
            return 1;
        }
    }

    /** "limit 20 h/week", "retainer: 6:30 of 20 h left, resets 2026-12-14", or "no weekly limit". */
    private static String hours(Api api, org.hourbook.api.contract.ContractView c) throws Api.Refused, Api.Unreachable {
        if (c.weeklyLimitHours() != null) {
            return "limit " + c.weeklyLimitHours() + " h/week" + ("WARN".equals(c.atLimit()) ? ", keeps tracking past it" : "");
        }
        var r = api.retainer(c.id());
        if (r.isEmpty()) return "no weekly limit";
        var s = r.get().status();
        java.math.BigDecimal cap = s.capHours().add(s.rolloverHours() == null ? java.math.BigDecimal.ZERO : s.rolloverHours());
        String capText = cap.stripTrailingZeros().toPlainString() + " h";
        boolean over = s.overHours() != null && s.overHours().signum() > 0;
        return "retainer: " + (over ? capText + " used up, " + hm(s.overHours()) + " over" : hm(s.remainingHours()) + " of " + capText + " left")
                + ", resets " + s.resetsOn();
    }

    private static String hm(java.math.BigDecimal hours) {
        return StatusView.hm(Wire.seconds(hours));
    }
}
