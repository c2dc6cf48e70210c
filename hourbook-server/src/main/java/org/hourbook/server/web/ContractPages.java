package org.hourbook.server.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hourbook.server.http.Json;
import org.hourbook.server.web.SettingsPage.Values;
import org.hourbook.server.web.TermsBackend.ContractInfo;
import org.hourbook.server.web.TermsBackend.Created;
import org.hourbook.server.web.TermsBackend.Rejected;
import org.hourbook.server.web.WebBackend.Done;
import org.hourbook.server.web.WebBackend.NotFound;
import org.hourbook.server.web.WebBackend.Outcome;
import org.hourbook.server.web.WebBackend.Refused;
import org.hourbook.server.web.WebBackend.Viewer;

/**
 * The contract pages: terms (with close and its confirm step), a new contract, the audit log.
 * Like the diary, a successful POST redirects with a fixed notice key and a refusal re-renders the
 * form with the service's message next to the field it names (422, or 403 for a forbidden field).
 */
final class ContractPages {
    private static final Map<String, String> NOTICES = Map.of(
            "saved", "Terms saved.",
            "nochange", "Nothing was changed.",
            "closed", "The contract is closed. Its diary and timesheets stay readable.",
            "created", "Contract created.");

    private final TermsBackend backend;
    private final Pages pages;
    private final WebContext web;
    private final ObjectMapper json = Json.mapper();

    ContractPages(TermsBackend backend, Pages pages, WebContext web) {
        this.backend = backend;
        this.pages = pages;
        this.web = web;
    }

    void register(RoutesConfig routes) {
        routes.get("/contracts/new", this::newForm);
        routes.post("/contracts/new", this::create);
        routes.get("/contracts/{contractId}/settings", this::settings);
        routes.post("/contracts/{contractId}/settings", this::save);
        routes.get("/contracts/{contractId}/close", this::closeConfirm);
        routes.post("/contracts/{contractId}/close", this::close);
        routes.get("/contracts/{contractId}/audit", this::audit);
    }

    private ContractInfo info(Context ctx, Viewer v) {
        return backend.contract(v, web.contractId(ctx, v)).orElseThrow(() -> web.notFound(ctx, v));
    }

    private void settings(Context ctx) {
        Viewer v = web.viewer(ctx);
        ContractInfo c = info(ctx, v);
        String done = ctx.queryParam("done");
        pages.show(ctx, "settings.jte", SettingsPage.of(v, c, SettingsPage.current(c), NOTICES.get(done == null ? "" : done), null, null));
    }

    private void save(Context ctx) {
        Viewer v = web.viewerForPost(ctx);
        ContractInfo c = info(ctx, v);
        var t = c.terms();
        List<String> labels = new ArrayList<>();
        for (String l : ctx.formParams("label")) if (!l.isBlank()) labels.add(l.strip());
        String added = ctx.formParam("newLabel");
        if (added != null && !added.isBlank()) labels.add(added.strip());
        Values typed = new Values(nonNull(ctx.formParam("weeklyLimitHours")).strip(), ctx.formParam("manualTimeAllowed") != null,
                labels, nonNull(ctx.formParam("rate")).strip());
        // Sent fields go to the service only when changed (an unchanged one would only add noise to
        // the audit log), except those the viewer may not change: the service refuses those (403),
        // so a hand-made post learns the same rule as the API.
        Map<String, Object> changes = new LinkedHashMap<>();
        var mayChange = c.editable();
        if (ctx.formParam("weeklyLimitHours") != null) {
            Integer limit = null;
            if (!typed.limit().isEmpty()) {
                Long l = NewContractForm.parseLong(typed.limit());
                if (l == null || l > Integer.MAX_VALUE) {
                    refuse(ctx, v, c, typed, 422, "weeklyLimitHours", "Enter whole hours, e.g. 20, or leave it empty for no limit.");
                    return;
                }
                limit = l.intValue();
            }
            if (!mayChange.contains("weeklyLimitHours") || !Objects.equals(limit, t.weeklyLimitHours())) changes.put("weeklyLimitHours", limit);
        }
        if (ctx.formParam("manualShown") != null
                && (!mayChange.contains("manualTimeAllowed") || typed.manual() != t.manualTimeAllowed())) {
            changes.put("manualTimeAllowed", typed.manual());
        }
        if (ctx.formParam("labelsShown") != null && (!mayChange.contains("activityLabels") || !labels.equals(t.activityLabels()))) {
            changes.put("activityLabels", labels);
        }
        if (ctx.formParam("rate") != null) {
            Long rate = NewContractForm.Money.minor(typed.rate());
            if (rate == null) {
                refuse(ctx, v, c, typed, 422, "rateMinor", "Enter the hourly rate as a number, e.g. 45 or 45.50.");
                return;
            }
            if (!mayChange.contains("rateMinor") || rate != t.rateMinor()) changes.put("rateMinor", rate);
        }
        if (changes.isEmpty()) {
            ctx.redirect("/contracts/" + t.id() + "/settings?done=nochange", HttpStatus.SEE_OTHER);
            return;
        }
        switch (backend.changeTerms(v, t.id(), changes)) {
            case Done d -> ctx.redirect("/contracts/" + t.id() + "/settings?done=saved", HttpStatus.SEE_OTHER);
            case Refused r -> refuse(ctx, v, c, typed, r.violation().code().startsWith("access.") ? 403 : 422,
                    r.violation().field(), r.violation().message());
            case NotFound n -> throw web.notFound(ctx, v);
        }
    }

    private void refuse(Context ctx, Viewer v, ContractInfo c, Values typed, int status, String field, String message) {
        SettingsPage page = SettingsPage.of(v, c, typed, null, message, field);
        ctx.status(status);
        pages.show(ctx, "settings.jte", page);
    }

    /** The confirm step; someone who may not close never sees it. */
    private void closeConfirm(Context ctx) {
        Viewer v = web.viewer(ctx);
        ContractInfo c = info(ctx, v);
        if (!c.mayClose() || c.terms().isClosed()) throw web.notFound(ctx, v);
        pages.show(ctx, "close-contract.jte", SettingsPage.of(v, c, SettingsPage.current(c), null, null, null));
    }

    private void close(Context ctx) {
        Viewer v = web.viewerForPost(ctx);
        ContractInfo c = info(ctx, v);
        switch (backend.close(v, c.terms().id())) {
            case Done d -> ctx.redirect("/contracts/" + c.terms().id() + "/settings?done=closed", HttpStatus.SEE_OTHER);
            case Refused r -> refuse(ctx, v, c, SettingsPage.current(c), 403, "close", r.violation().message());
            case NotFound n -> throw web.notFound(ctx, v);
        }
    }

    private void newForm(Context ctx) {
        Viewer v = web.viewer(ctx);
        var orgs = backend.clientOrgsLed(v);
        if (orgs.isEmpty()) throw web.notFound(ctx, v);
        pages.show(ctx, "new-contract.jte", new NewContractPage(v, orgs,
                NewContractForm.defaults(v.zone().getId(), orgs.get(0).id()), null, null));
    }

    private void create(Context ctx) {
        Viewer v = web.viewerForPost(ctx);
        var orgs = backend.clientOrgsLed(v);
        if (orgs.isEmpty()) throw web.notFound(ctx, v);
        var bound = NewContractForm.bind(ctx);
        var problem = bound.problem();
        if (problem == null) {
            switch (backend.create(v, bound.request())) {
                case Created c -> {
                    ctx.redirect("/contracts/" + c.contractId() + "/settings?done=created", HttpStatus.SEE_OTHER);
                    return;
                }
                case Rejected r -> problem = r.violation();
            }
        }
        ctx.status(422);
        pages.show(ctx, "new-contract.jte", new NewContractPage(v, orgs, bound.values(), problem.message(), problem.field()));
    }

    private void audit(Context ctx) {
        Viewer v = web.viewer(ctx);
        ContractInfo c = info(ctx, v);
        Long asked = NewContractForm.parseLong(nonNull(ctx.queryParam("page")));
        int page = asked == null ? 1 : (int) Math.max(1, Math.min(asked, 100_000));
        var data = backend.audit(v, c.terms().id(), AuditLogPage.PAGE_SIZE, (page - 1) * AuditLogPage.PAGE_SIZE)
                .orElseThrow(() -> web.notFound(ctx, v));
        pages.show(ctx, "audit.jte", AuditLogPage.of(v, c.terms().id(), c.terms().title(), data, page, json));
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
