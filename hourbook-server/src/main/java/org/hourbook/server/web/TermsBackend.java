package org.hourbook.server.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hourbook.core.contract.ContractTerms;
import org.hourbook.core.policy.Violation;
import org.hourbook.server.contract.NewContract;
import org.hourbook.server.web.WebBackend.Outcome;
import org.hourbook.server.web.WebBackend.Viewer;

/**
 * What the contract pages (terms, new contract, audit log) need from the services. Who may change
 * which term is decided by the services (field by field); the pages only hide what the viewer's
 * rights say they cannot change.
 */
public interface TermsBackend {

    /**
     * One contract with the viewer's rights on it: {@code editable} holds the JSON names of the
     * terms they may change ({@code weeklyLimitHours}, {@code rateMinor}, ...).
     */
    record ContractInfo(ContractTerms terms, String clientName, String freelancerName, Set<String> editable,
                        boolean mayClose) {}

    /** A client organization the viewer owns or manages, so may create contracts for. */
    record ClientOrg(long id, String name) {}

    sealed interface Creation permits Created, Rejected {}

    record Created(long contractId) implements Creation {}

    record Rejected(Violation violation) implements Creation {}

    /** One audit entry with its actor's name; before/after are the recorded JSON texts. */
    record AuditRow(Instant at, String actor, String action, String objectType, String objectId, String beforeJson,
                    String afterJson) {}

    record AuditPage(List<AuditRow> rows, long total) {}

    Optional<ContractInfo> contract(Viewer viewer, long contractId);

    /** Changes the named terms (JSON names to values); all or nothing. */
    Outcome changeTerms(Viewer viewer, long contractId, Map<String, Object> changes);

    Outcome close(Viewer viewer, long contractId);

    List<ClientOrg> clientOrgsLed(Viewer viewer);

    Creation create(Viewer viewer, NewContract contract);

    Optional<AuditPage> audit(Viewer viewer, long contractId, int limit, int offset);
}
