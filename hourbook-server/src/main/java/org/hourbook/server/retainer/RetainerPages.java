package org.hourbook.server.retainer;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hourbook.api.retainer.RetainerSpec;
import org.hourbook.server.Refusal;
import org.hourbook.server.auth.Viewer;
import org.hourbook.server.contract.ContractService;
import org.hourbook.server.contract.ContractUrls;
import org.hourbook.server.http.ErrorMapping;
import org.hourbook.server.importing.ImportService;
import org.hourbook.server.openapi.Endpoints;
import org.hourbook.server.openapi.Operation;
import org.hourbook.server.web.Pages;
import org.hourbook.server.web.WebContext;

/**
 * The retainer's pages in the app: the overview (everyone on the contract), the curation page
 * (the freelancer), links, the alert setting and the terms form. Plain forms that redirect with a
 * fixed notice key; htmx, where present, swaps the curated log in place.
 */
public final class RetainerPages implements Endpoints.Feature {
    static final List<String> TERM_FIELDS = List.of("capHours", "cycle", "cycleDay", "cycleWeekday", "cycleWeeks", "cycleAnchor",
            "rollover", "rolloverMaxHours", "overageAllowed");
    private static final Map<String, String> NOTICES = Map.of("terms", "Terms saved. They apply from the next cycle.",
            "revoked", "Link revoked: it now answers “turned off”.", "alerts", "Alert setting saved.", "curated", "Work log updated.");

    private final RetainerService retainers;
    private final WorkLogService workLog;
    private final ShareLinkService links;
    private final ImportService imports;
    private final ContractService contracts;
    private final Pages pages;

    public RetainerPages(RetainerService retainers, WorkLogService workLog, ShareLinkService links, ImportService imports,
                         ContractService contracts, Pages pages) {
        this.retainers = retainers;
        this.workLog = workLog;
        this.links = links;
        this.imports = imports;
        this.contracts = contracts;
        this.pages = pages;
    }

    @Override
    public void register(Endpoints endpoints) {
        var id = ContractUrls.PAGE_ID;
        endpoints.add(Operation.page("GET", RetainerUrls.PAGE, "Retainer overview: balance, cycle, charts, work log, past cycles").params(id),
                ctx -> overview(ctx, 200, null, null, null, null, null));
        endpoints.add(Operation.page("GET", RetainerUrls.PAGE + "/log", "Curate the work log (freelancer)").params(id), this::log);
        endpoints.add(Operation.form("POST", RetainerUrls.PAGE + "/log/curate", "One work-log curation action", "CurationForm").params(id),
                this::curate);
        endpoints.add(Operation.form("POST", RetainerUrls.PAGE + "/links", "Make a public link", "LinkForm")
                .description("Shows the page with the new address (200), the one time it is shown.").status(200).params(id), this::newLink);
        endpoints.add(Operation.form("POST", RetainerUrls.PAGE_LINK + "/revoke", "Revoke a public link", "CsrfForm")
                .params(id, RetainerUrls.PAGE_LINK_ID), this::revoke);
        endpoints.add(Operation.form("POST", RetainerUrls.PAGE_LINK + "/rotate", "Rotate a public link", "CsrfForm")
                .description("Shows the page with the new address (200).").status(200).params(id, RetainerUrls.PAGE_LINK_ID), this::rotate);
        endpoints.add(Operation.form("POST", RetainerUrls.PAGE + "/alerts", "Client alerts on or off", "AlertsForm").params(id), this::alerts);
        endpoints.add(Operation.form("POST", RetainerUrls.PAGE + "/terms", "Change the retainer's terms (from the next cycle)",
                "RetainerTermsForm").params(id), this::terms);
    }

    private void overview(Context ctx, int status, ShareLinkService.Issued issued, String error, String field, Map<String, String> typed,
                          String notice) {
        Viewer v = WebContext.viewer(ctx);
        RetainerService.Seen s = retainers.seen(v, WebContext.contractId(ctx));
        String done = ctx.queryParam("done");
        String n = notice != null ? notice : done == null ? null : NOTICES.get(done);
        boolean share = s.contract().access().canEditTime();
        pages.show(ctx, status, "retainer/overview.jte", new OverviewPage(v, s, contracts.parties(s.contract().terms()), retainers.book(s),
                share ? links.list(v, s.id()) : null, share ? imports.list(v, s.id()) : List.of(), issued, n, error, field, typed));
    }

    private void log(Context ctx) {
        showLog(ctx, 200, null, ctx.queryParam("done") == null ? null : NOTICES.get(ctx.queryParam("done")));
    }

    private void showLog(Context ctx, int status, String error, String notice) {
        Viewer v = WebContext.viewer(ctx);
        RetainerService.Seen s = retainers.seen(v, WebContext.contractId(ctx));
        if (!s.contract().access().canEditTime()) throw Refusal.notFound("page");
        pages.show(ctx, status, "retainer/log.jte", new LogPage(v, s.id(), s.contract().terms().title(), retainers.book(s), error, notice));
    }

    private void curate(Context ctx) {
        Viewer v = WebContext.viewer(ctx);
        long id = WebContext.contractId(ctx);
        String into = WebContext.field(ctx, "into");
        var action = new WorkLogService.Action(WebContext.field(ctx, "action"), blank(WebContext.field(ctx, "line")), blank(into),
                blank(WebContext.field(ctx, "entry")), blank(WebContext.field(ctx, "text")));
        try {
            workLog.curate(v, id, action);
            if (WebContext.htmx(ctx)) showLog(ctx, 200, null, NOTICES.get("curated"));
            else ctx.redirect(RetainerUrls.log(id) + "?done=curated", HttpStatus.SEE_OTHER);
        } catch (Refusal.NotFound e) {
            throw e;
        } catch (Refusal r) {
            showLog(ctx, ErrorMapping.status(r), r.getMessage(), null);
        }
    }

    private void newLink(Context ctx) {
        Viewer v = WebContext.viewer(ctx);
        try {
            overview(ctx, 200, links.create(v, WebContext.contractId(ctx), WebContext.field(ctx, "note")), null, null, null, null);
        } catch (Refusal.NotFound e) {
            throw e;
        } catch (Refusal r) {
            overview(ctx, ErrorMapping.status(r), null, r.getMessage(), r.field(), null, null);
        }
    }

    private void revoke(Context ctx) {
        Viewer v = WebContext.viewer(ctx);
        long id = WebContext.contractId(ctx);
        links.revoke(v, id, linkId(ctx));
        ctx.redirect(RetainerUrls.page(id, "revoked"), HttpStatus.SEE_OTHER);
    }

    private void rotate(Context ctx) {
        Viewer v = WebContext.viewer(ctx);
        try {
            overview(ctx, 200, links.rotate(v, WebContext.contractId(ctx), linkId(ctx)), null, null, null, null);
        } catch (Refusal.NotFound e) {
            throw e;
        } catch (Refusal r) {
            overview(ctx, ErrorMapping.status(r), null, r.getMessage(), null, null, null);
        }
    }

    private void alerts(Context ctx) {
        Viewer v = WebContext.viewer(ctx);
        long id = WebContext.contractId(ctx);
        retainers.setClientAlerts(v, id, ctx.formParam("alertClient") != null);
        ctx.redirect(RetainerUrls.page(id, "alerts"), HttpStatus.SEE_OTHER);
    }

    private void terms(Context ctx) {
        Viewer v = WebContext.viewer(ctx);
        long id = WebContext.contractId(ctx);
        Map<String, String> typed = new LinkedHashMap<>();
        for (String f : TERM_FIELDS) typed.put(f, WebContext.field(ctx, f));
        if (ctx.formParam("overageAllowed") == null) typed.put("overageAllowed", "");
        try {
            RetainerSpec spec = new RetainerSpec(decimal(typed.get("capHours"), "capHours"), typed.get("cycle"), integer(typed.get("cycleDay"), "cycleDay"),
                    typed.get("cycleWeekday"), integer(typed.get("cycleWeeks"), "cycleWeeks"), blank(typed.get("cycleAnchor")), typed.get("rollover"),
                    typed.get("rolloverMaxHours").isEmpty() ? null : decimal(typed.get("rolloverMaxHours"), "rolloverMaxHours"),
                    !typed.get("overageAllowed").isEmpty(), null);
            retainers.changeTerms(v, id, spec);
            ctx.redirect(RetainerUrls.page(id, "terms"), HttpStatus.SEE_OTHER);
        } catch (Refusal.NotFound e) {
            throw e;
        } catch (Refusal r) {
            overview(ctx, ErrorMapping.status(r), null, r.getMessage(), TERM_FIELDS.contains(r.field()) ? r.field() : null, typed, null);
        }
    }

    /** Form numbers: "12,5" and "12.5" alike; a blank stays blank for the service to name. */
    public static BigDecimal decimal(String s, String field) {
        if (s == null || s.isBlank()) return null;
        try {
            return new BigDecimal(s.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw Refusal.invalid("validation", field, "Enter a number of hours, e.g. 20 or 12.5.");
        }
    }

    public static Integer integer(String s, String field) {
        if (s == null || s.isBlank()) return null;
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            throw Refusal.invalid("validation", field, "Enter a whole number.");
        }
    }

    private static long linkId(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("linkId"));
        } catch (NumberFormatException e) {
            throw Refusal.notFound("link");
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
