package org.hourbook.server.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.hourbook.core.account.OrgKind;
import org.hourbook.core.account.Role;
import org.hourbook.core.contract.ContractTerms;
import org.hourbook.core.policy.Violation;
import org.hourbook.server.Services;
import org.hourbook.server.contract.NewContract;
import org.hourbook.server.http.ApiException;
import org.hourbook.server.http.Json;
import org.hourbook.server.web.WebBackend.Done;
import org.hourbook.server.web.WebBackend.NotFound;
import org.hourbook.server.web.WebBackend.Outcome;
import org.hourbook.server.web.WebBackend.Refused;
import org.hourbook.server.web.WebBackend.Viewer;

/**
 * The contract pages over the same {@link org.hourbook.server.contract.ContractService} and
 * {@link org.hourbook.server.audit.AuditService} as the JSON API, so a term the API refuses is
 * refused here too (with the same field and message).
 */
final class ServicesTermsBackend implements TermsBackend {
    private final Services services;
    private final com.fasterxml.jackson.databind.ObjectMapper json = Json.mapper();

    ServicesTermsBackend(Services services) {
        this.services = services;
    }

    @Override
    public Optional<ContractInfo> contract(Viewer viewer, long contractId) {
        return services.contracts().find(viewer.principal(), contractId).map(v -> {
            ContractTerms t = v.terms();
            var editable = v.access().editableTerms().stream().map(f -> f.jsonName()).collect(Collectors.toSet());
            return new ContractInfo(t, orgName(t.clientOrgId()), userName(t.freelancerId()), editable, v.access().canClose());
        });
    }

    @Override
    public Outcome changeTerms(Viewer viewer, long contractId, Map<String, Object> changes) {
        // The service takes the API's JSON body; building the same body keeps one code path for both.
        ObjectNode body = json.valueToTree(changes);
        return change(() -> {
            services.contracts().patch(viewer.principal(), contractId, body);
            return changes.size();
        });
    }

    @Override
    public Outcome close(Viewer viewer, long contractId) {
        return change(() -> {
            services.contracts().close(viewer.principal(), contractId);
            return 1;
        });
    }

    @Override
    public List<ClientOrg> clientOrgsLed(Viewer viewer) {
        List<ClientOrg> out = new ArrayList<>();
        for (var m : viewer.principal().memberships()) {
            if (m.role() != Role.OWNER && m.role() != Role.MANAGER) continue;
            services.db().accounts().findOrganization(m.orgId()).filter(o -> o.kind() == OrgKind.CLIENT)
                    .ifPresent(o -> out.add(new ClientOrg(o.id(), o.name())));
        }
        return out;
    }

    @Override
    public Creation create(Viewer viewer, NewContract contract) {
        try {
            return new Created(services.contracts().create(viewer.principal(), contract).id());
        } catch (ApiException e) {
            if (e.status() >= 400 && e.status() < 500) return new Rejected(new Violation(e.code(), e.field(), e.getMessage()));
            throw e;
        }
    }

    @Override
    public Optional<AuditPage> audit(Viewer viewer, long contractId, int limit, int offset) {
        return services.contracts().find(viewer.principal(), contractId).map(v -> {
            var page = services.audit().list(v, limit, offset);
            Map<Long, String> names = new HashMap<>();
            var rows = page.entries().stream().map(e -> new AuditRow(e.at(),
                    e.actorUserId() == null ? "System" : names.computeIfAbsent(e.actorUserId(), this::userName),
                    e.action(), e.objectType(), e.objectId(), e.beforeJson(), e.afterJson())).toList();
            return new AuditPage(rows, page.total());
        });
    }

    private static Outcome change(Supplier<Integer> write) {
        try {
            return new Done(write.get());
        } catch (ApiException e) {
            if (e.status() == 404) return new NotFound();
            if (e.status() >= 400 && e.status() < 500) return new Refused(new Violation(e.code(), e.field(), e.getMessage()));
            throw e;
        }
    }

    private String userName(long id) {
        return services.db().accounts().findUser(id).map(u -> u.name()).orElse("Unknown");
    }

    private String orgName(long id) {
        return services.db().accounts().findOrganization(id).map(o -> o.name()).orElse("Unknown");
    }
}
