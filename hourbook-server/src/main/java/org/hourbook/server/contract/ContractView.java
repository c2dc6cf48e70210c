package org.hourbook.server.contract;

import java.util.List;
import org.hourbook.core.access.ContractAccess;
import org.hourbook.core.contract.ContractTerms;

/** A contract as the API shows it, with what the caller may do on it. */
public record ContractView(long id, long clientOrgId, long freelancerId, Long agencyOrgId, String title, long rateMinor,
                           String currency, Integer weeklyLimitHours, boolean manualTimeAllowed, List<String> activityLabels,
                           String screenshotPolicy, int idleMinutes, String zone, String status, String rounding, Rights rights) {

    public record Rights(List<String> relations, boolean viewDiary, boolean editTime, boolean editLabels, boolean close,
                         List<String> editableTerms) {}

    public static ContractView of(Visible v) {
        ContractTerms t = v.terms();
        ContractAccess a = v.access();
        // A closed contract is read-only for everyone (every write answers contract.closed), so
        // it advertises no write rights; who the viewer is to it stays visible.
        boolean open = !t.isClosed();
        Rights rights = new Rights(a.relations().stream().map(Enum::name).sorted().toList(), a.canViewDiary(), open && a.canEditTime(),
                open && a.canEditLabels(), open && a.canClose(),
                open ? a.editableTerms().stream().sorted().map(ContractAccess.TermField::jsonName).toList() : List.of());
        return new ContractView(t.id(), t.clientOrgId(), t.freelancerId(), t.agencyOrgId(), t.title(), t.rateMinor(), t.currency(),
                t.weeklyLimitHours(), t.manualTimeAllowed(), t.activityLabels(), t.screenshotPolicy().name(), t.idleMinutes(),
                t.zone().getId(), t.status().name(), t.rounding().name(), rights);
    }
}
