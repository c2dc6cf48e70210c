package org.hourbook.server.contract;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.hourbook.server.Refusal;
import org.hourbook.server.auth.Viewer;
import org.hourbook.server.http.ErrorMapping;
import org.hourbook.server.http.Json;
import org.hourbook.server.openapi.Endpoints;
import org.hourbook.server.openapi.Operation;
import org.hourbook.server.web.Pages;
import org.hourbook.server.web.WebContext;

/**
 * The contract pages: the list of the viewer's contracts, offering a new one, the terms (with close
 * and its confirm step). A successful POST redirects with a fixed notice key; a refusal by the
 * contract service re-renders the form with its message next to the field it names, with the
 * status the API would answer (422, or 403 for a field the viewer may not change).
 */
public final class ContractPages implements Endpoints.Feature {
    private static final Map<String, String> NOTICES = Map.of(
            "saved", "Terms saved.",
            "nochange", "Nothing was changed.",
            "closed", "The contract is closed. Its diary and timesheets stay readable.");

    private final ContractService contracts;
    private final OfferService offers;
    private final Pages pages;

    public ContractPages(ContractService contracts, OfferService offers, Pages pages) {
        this.contracts = contracts;
        this.offers = offers;
        this.pages = pages;
    }

    @Override
    public void register(Endpoints endpoints) {
        endpoints.add(Operation.page("GET", ContractUrls.LIST, "My contracts, with what I may do on each"), this::list);
        endpoints.add(Operation.page("GET", ContractUrls.NEW, "Offer a contract form (client owners and managers)"), this::newForm);
        endpoints.add(Operation.form("POST", ContractUrls.NEW, "Offer a contract", "NewContractForm")
                .description("Redirects to the offer's page; for someone without an account it answers that page (200) with the "
                        + "invitation link to copy. Problems re-render the form with the field named (422)."),
                this::create);
        String page = ContractUrls.PAGE;
        endpoints.add(Operation.page("GET", page + "/settings", "Contract terms page").params(ContractUrls.PAGE_ID), this::settings);
        endpoints.add(Operation.form("POST", page + "/settings", "Change contract terms", "TermsForm")
                .description("Weekly limit and what the tracker does at it, manual time, activity labels, rate — as the viewer's role allows (403 naming the field otherwise).")
                .params(ContractUrls.PAGE_ID), this::save);
        endpoints.add(Operation.page("GET", page + "/close", "Confirm closing a contract").params(ContractUrls.PAGE_ID), this::closeConfirm);
        endpoints.add(Operation.form("POST", page + "/close", "Close a contract", "CsrfForm").params(ContractUrls.PAGE_ID), this::close);
    }

    private void list(Context ctx) {
        Viewer v = WebContext.viewer(ctx);
        var rows = contracts.list(v).stream().map(c -> ContractsPage.row(c, contracts.parties(c.terms()), contracts.weekSeconds(c))).toList();
        pages.show(ctx, "contract/contracts.jte", new ContractsPage(v, rows, !contracts.clientOrgsLed(v).isEmpty(),
                contracts.retainerIds(rows.stream().map(ContractsPage.Row::id).toList())));
    }

    private void settings(Context ctx) {
        Viewer v = WebContext.viewer(ctx);
        Visible c = contracts.visible(v, WebContext.contractId(ctx));
        if (c.terms().status().isOffer()) {
            ctx.redirect(ContractUrls.offer(c.id()), HttpStatus.SEE_OTHER);
            return;
        }
        String done = ctx.queryParam("done");
        pages.show(ctx, "contract/settings.jte", SettingsPage.of(v, c, contracts.parties(c.terms()), SettingsPage.current(c.terms()),
                NOTICES.get(done == null ? "" : done), null, null));
    }

    private void save(Context ctx) {
        Viewer v = WebContext.viewer(ctx);
        Visible c = contracts.visible(v, WebContext.contractId(ctx));
        TermsForm.Bound form = TermsForm.bind(ctx, c.terms(), SettingsPage.editable(c));
        if (form.problem() != null) {
            showTerms(ctx, 422, v, c, form.typed(), form.problem().field(), form.problem().message());
            return;
        }
        if (form.changes().isEmpty()) {
            ctx.redirect(ContractUrls.settings(c.id(), "nochange"), HttpStatus.SEE_OTHER);
            return;
        }
        try {
            // The service takes the API's JSON body; building the same body keeps one code path for both.
            contracts.patch(v, c.id(), Json.mapper().valueToTree(form.changes()));
            ctx.redirect(ContractUrls.settings(c.id(), "saved"), HttpStatus.SEE_OTHER);
        } catch (Refusal.NotFound e) {
            throw e;
        } catch (Refusal r) {
            showTerms(ctx, ErrorMapping.status(r), v, c, form.typed(), r.field(), r.getMessage());
        }
    }

    private void showTerms(Context ctx, int status, Viewer v, Visible c, SettingsPage.Values typed, String field, String message) {
        pages.show(ctx, status, "contract/settings.jte", SettingsPage.of(v, c, contracts.parties(c.terms()), typed, null, message, field));
    }

    /** The confirm step; someone who may not close never sees it. */
    private void closeConfirm(Context ctx) {
        Viewer v = WebContext.viewer(ctx);
        Visible c = contracts.visible(v, WebContext.contractId(ctx));
        if (!c.access().canClose() || c.terms().isClosed()) throw Refusal.notFound("contract");
        pages.show(ctx, "contract/close-contract.jte",
                SettingsPage.of(v, c, contracts.parties(c.terms()), SettingsPage.current(c.terms()), null, null, null));
    }

    private void close(Context ctx) {
        Viewer v = WebContext.viewer(ctx);
        Visible c = contracts.visible(v, WebContext.contractId(ctx));
        try {
            contracts.close(v, c.id());
            ctx.redirect(ContractUrls.settings(c.id(), "closed"), HttpStatus.SEE_OTHER);
        } catch (Refusal.NotFound e) {
            throw e;
        } catch (Refusal r) {
            showTerms(ctx, 403, v, c, SettingsPage.current(c.terms()), "close", r.getMessage());
        }
    }

    private void newForm(Context ctx) {
        Viewer v = WebContext.viewer(ctx);
        var orgs = contracts.clientOrgsLed(v);
        if (orgs.isEmpty()) throw Refusal.notFound("page");
        pages.show(ctx, "contract/new-contract.jte",
                new NewContractPage(v, orgs, NewContractForm.defaults(v.zone().getId(), orgs.get(0).id()), null, null));
    }

    private void create(Context ctx) {
        Viewer v = WebContext.viewer(ctx);
        var orgs = contracts.clientOrgsLed(v);
        if (orgs.isEmpty()) throw Refusal.notFound("page");
        var bound = NewContractForm.bind(ctx);
        var problem = bound.problem();
        if (problem == null) {
            try {
                OfferService.Made made = offers.offer(v, bound.request());
                long id = made.contract().id();
                if (made.invitation()) {
                    // The invitation link exists only in this answer: show it on the offer's page now.
                    new OfferPages(offers, pages).show(ctx, 200, v, offers.view(v, id), null, made, null);
                } else {
                    ctx.redirect(ContractUrls.offer(id, "offered"), HttpStatus.SEE_OTHER);
                }
                return;
            } catch (Refusal.NotFound e) {
                throw e;
            } catch (Refusal r) {
                problem = r.violation();
            }
        }
        pages.show(ctx, 422, "contract/new-contract.jte", new NewContractPage(v, orgs, bound.values(), problem.message(), problem.field()));
    }
}
