package org.hourbook.server.openapi;

import java.util.List;
import org.hourbook.server.openapi.Operation.Param;

/**
 * The endpoints the web pages use (HTML in, HTML or a 303 redirect out), so that the document
 * describes every endpoint a browser calls. They need the session cookie; every POST carries the
 * form field {@code _csrf} (or header X-CSRF-Token for htmx). Anonymous GETs redirect to
 * {@code /signin?next=…}.
 */
final class WebOperations {
    private WebOperations() {}

    private static final Param CONTRACT = Param.path("contractId", "integer", "contract id");
    private static final Param SEGMENT = Param.path("segmentId", "uuid", "segment id");
    private static final Param DATE = Param.query("date", "date", false, "the day, YYYY-MM-DD (default: today in the viewer's zone)");
    private static final Param TZ = Param.query("tz", "string", false, "mine (default) or utc");

    static List<Operation> all() {
        return List.of(
                page("GET", "/", "Start: redirects to /contracts", List.of()),
                new Operation("GET", "/static/{file}", "web pages", "The pages' stylesheet and scripts", "Public, cached for an hour; "
                        + "the ETag answers `If-None-Match` with 304.", false,
                        List.of(Param.path("file", "string", "hourbook.css, htmx.min.js or lightbox.js")), null, 200, null, List.of(404)),
                page("GET", "/signin", "Sign-in page", List.of(Param.query("next", "string", false, "local path to return to"))),
                form("POST", "/signin", "Sign in", "Sets the session cookie and redirects to `next` (local paths only). Wrong "
                        + "credentials re-render the form (401); too many attempts say how long to wait (429).", List.of(), "SignInForm"),
                form("POST", "/signout", "Sign out", "Ends the session, redirects to /signin.", List.of(), "CsrfForm"),
                page("GET", "/contracts", "My contracts, with what I may do on each", List.of()),
                page("GET", "/contracts/new", "New contract form (client owners and managers)", List.of()),
                form("POST", "/contracts/new", "Create a contract", "Redirects to the new contract's settings; problems re-render the "
                        + "form with the field named (422).", List.of(), "NewContractForm"),
                page("GET", "/contracts/{contractId}/settings", "Contract terms page", List.of(CONTRACT)),
                form("POST", "/contracts/{contractId}/settings", "Change contract terms",
                        "Weekly limit, manual time, activity labels, rate — as the viewer's role allows (403 naming the field otherwise).",
                        List.of(CONTRACT), "TermsForm"),
                page("GET", "/contracts/{contractId}/close", "Confirm closing a contract", List.of(CONTRACT)),
                form("POST", "/contracts/{contractId}/close", "Close a contract", "", List.of(CONTRACT), "CsrfForm"),
                page("GET", "/contracts/{contractId}/audit", "Audit log page", List.of(CONTRACT,
                        Param.query("page", "integer", false, "page number, from 1"))),
                page("GET", "/contracts/{contractId}/diary", "Work Diary of one day", List.of(CONTRACT, DATE, TZ)),
                form("POST", "/contracts/{contractId}/diary/segments", "Act on selected segments",
                        "`action=memo` saves the memo on the selection; `action=delete` shows a confirmation page.",
                        List.of(CONTRACT, DATE, TZ), "SelectionForm"),
                form("POST", "/contracts/{contractId}/diary/delete", "Delete the confirmed segments", "", List.of(CONTRACT, DATE, TZ),
                        "IdsForm"),
                form("POST", "/contracts/{contractId}/diary/manual", "Add manual time", "from/to are local times of the viewed day.",
                        List.of(CONTRACT, DATE, TZ), "ManualForm"),
                form("POST", "/contracts/{contractId}/segments/{segmentId}/label", "Set a segment's activity label",
                        "Blank clears it. With htmx answers the updated fragment, else redirects to the day.", List.of(CONTRACT, SEGMENT),
                        "LabelForm"),
                page("GET", "/contracts/{contractId}/segments/{segmentId}", "One segment: screenshot and per-minute counts",
                        List.of(CONTRACT, SEGMENT, TZ)),
                page("GET", "/contracts/{contractId}/segments/{segmentId}/minutes", "Per-minute counts (htmx fragment)",
                        List.of(CONTRACT, SEGMENT, TZ)),
                image("/contracts/{contractId}/segments/{segmentId}/thumb", "Thumbnail"),
                image("/contracts/{contractId}/segments/{segmentId}/screenshot", "Screenshot"),
                page("GET", "/contracts/{contractId}/timesheet", "Weekly timesheet page", List.of(CONTRACT, DATE)),
                page("GET", "/team", "Agency team today and this week (agency owners and managers)", List.of()));
    }

    private static Operation page(String method, String path, String summary, List<Param> params) {
        return new Operation(method, path, "web pages", summary, "", true, params, null, 200, null, List.of(404));
    }

    private static Operation form(String method, String path, String summary, String description, List<Param> params, String form) {
        return new Operation(method, path, "web pages", summary, description, true, params, form, 303, null, List.of(403, 404, 422));
    }

    private static Operation image(String path, String summary) {
        return new Operation("GET", path, "web pages", summary, "The stored bytes, private caching.", true,
                List.of(CONTRACT, SEGMENT), null, 200, null, List.of(404));
    }
}
