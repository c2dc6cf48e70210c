package org.hourbook.server.openapi;

import java.util.List;
import org.hourbook.server.openapi.Operation.Param;

/**
 * Every {@code /api/v1} operation and {@code /metrics}, written by hand; tests check it against the
 * registered routes and real answers ({@code OpsIT}, {@code OpenApiIT}).
 */
final class Operations {
    private Operations() {}

    private static final Param CONTRACT = Param.path("id", "integer", "contract id");
    private static final Param SEGMENT = Param.path("sid", "uuid", "segment id");

    static List<Operation> all() {
        return List.of(
                op("GET", "/api/v1/health", "ops", "Health check", "Answers 200 when the server is up.", false, List.of(), null, 200, "Health", List.of()),
                op("GET", "/metrics", "ops", "Prometheus metrics",
                        "Text exposition format: HTTP requests by route template and status (histogram), segments and screenshots "
                                + "ingested, connection pool gauges. When the server was started with HOURBOOK_METRICS_TOKEN set, send "
                                + "`Authorization: Bearer <that token>` (an API token does not work here; 401 otherwise). Unset, it is "
                                + "open to whoever can reach the listening address.",
                        false, List.of(), null, 200, null, List.of(401)),
                op("GET", "/api/v1/openapi.json", "ops", "This OpenAPI document", "", false, List.of(), null, 200, null, List.of()),
                op("GET", "/api/v1/docs", "ops", "Readable API reference (HTML)", "", false, List.of(), null, 200, null, List.of()),
                op("POST", "/api/v1/auth/tokens", "auth", "Create an API token",
                        "Email + password → bearer token (`personal` or `device`). The secret is shown once. Failed attempts are "
                                + "limited over a sliding 15 minutes: 10 per email from one client address, 100 per address, 50 per "
                                + "email from all addresses → 429 with Retry-After (seconds). Behind a reverse proxy listed in "
                                + "HOURBOOK_TRUSTED_PROXIES the client address comes from X-Forwarded-For.",
                        false, List.of(), "TokenRequest", 201, "IssuedToken", List.of(400, 401, 422, 429)),
                op("GET", "/api/v1/auth/tokens", "auth", "List my API tokens", "", true, List.of(), null, 200, "TokenList", List.of()),
                op("DELETE", "/api/v1/auth/tokens/{id}", "auth", "Revoke one of my API tokens", "", true,
                        List.of(Param.path("id", "integer", "token id")), null, 204, null, List.of(404)),
                op("POST", "/api/v1/auth/session", "auth", "Sign in with a browser session",
                        "Email + password → sets the HttpOnly session cookie and returns the CSRF token; state-changing requests "
                                + "with that cookie must send it as X-CSRF-Token (or form field _csrf). Rate limited like tokens.",
                        false, List.of(), "SessionRequest", 200, "Session", List.of(400, 401, 422, 429)),
                op("DELETE", "/api/v1/auth/session", "auth", "Sign out", "Deletes the session and clears its cookie.", false,
                        List.of(), null, 204, null, List.of(403)),
                op("GET", "/api/v1/me", "auth", "Who am I", "The caller and their organization memberships.", true, List.of(), null, 200, "Me", List.of()),
                op("GET", "/api/v1/contracts", "contracts", "Contracts I may see", "With the caller's rights on each.", true,
                        List.of(), null, 200, "ContractList", List.of()),
                op("POST", "/api/v1/contracts", "contracts", "Create a contract",
                        "A client organization's OWNER or MANAGER names the freelancer by email.", true, List.of(), "NewContract", 201,
                        "Contract", List.of(400, 403, 422)),
                op("GET", "/api/v1/contracts/{id}", "contracts", "One contract", "404 when it does not exist or is not yours to see.",
                        true, List.of(CONTRACT), null, 200, "Contract", List.of(404)),
                op("PATCH", "/api/v1/contracts/{id}", "contracts", "Change contract terms",
                        "Field-checked per role: clients change activityLabels, weeklyLimitHours, manualTimeAllowed; client owners/managers "
                                + "also the rest; freelancers and agency leads nothing. One forbidden field → 403 naming it, nothing changes.",
                        true, List.of(CONTRACT), "TermsPatch", 200, "Contract", List.of(403, 404, 409, 422)),
                op("POST", "/api/v1/contracts/{id}/close", "contracts", "Close a contract", "Client OWNER/MANAGER only; the diary becomes read-only.",
                        true, List.of(CONTRACT), null, 200, "Contract", List.of(403, 404)),
                op("POST", "/api/v1/contracts/{id}/segments", "diary", "Upload tracked segments (batch)",
                        "Freelancer only. Client-generated UUIDs: a replay returns the stored segment (`replayed`); the same id with "
                                + "other content is `conflict` (409 segment.conflict); a slot the freelancer already used on any contract is "
                                + "`overlap` (409 segment.overlap); rule failures are `rejected` (422). Items that passed are stored either way; "
                                + "`results` has one entry per item in order.",
                        true, List.of(CONTRACT), "SegmentBatch", 200, "BatchResult", List.of(403, 404, 409, 422)),
                op("PATCH", "/api/v1/contracts/{id}/segments", "diary", "Edit memo and/or label of segments",
                        "memo: freelancer, within the edit window. label: client or freelancer, one of the contract's labels (blank clears).",
                        true, List.of(CONTRACT), "SegmentsPatch", 200, "Changed", List.of(403, 404, 422)),
                op("DELETE", "/api/v1/contracts/{id}/segments", "diary", "Delete segments",
                        "Freelancer, within the edit window. Ids in the query: `?ids=a,b`.", true,
                        List.of(CONTRACT, Param.query("ids", "string", true, "comma-separated segment ids")), null, 200, "Deleted",
                        List.of(403, 404, 422)),
                op("POST", "/api/v1/contracts/{id}/manual-time", "diary", "Add manual time",
                        "Freelancer, where the contract allows it; from/to on the 10-minute UTC grid, not in the future, memo required. "
                                + "All or nothing: any slot already used → 409 segment.overlap.",
                        true, List.of(CONTRACT), "ManualTime", 201, "SegmentList", List.of(403, 404, 409, 422)),
                op("GET", "/api/v1/contracts/{id}/diary", "diary", "Work Diary of one day",
                        "Hour rows of the day in the viewer's zone (`tz=mine`, 23/25 rows on DST days) or UTC, segments with activity "
                                + "level, per-minute counts, memo, label, manual/over-limit flags, screenshot URLs; day and week totals and "
                                + "seconds left under the weekly limit.",
                        true, List.of(CONTRACT, Param.query("date", "date", true, "the day, YYYY-MM-DD"),
                                Param.query("tz", "string", false, "mine (default) or utc")), null, 200, "Diary", List.of(404, 422)),
                op("PUT", "/api/v1/contracts/{id}/segments/{sid}/screenshot", "screenshots", "Upload the screenshot of a segment",
                        "multipart/form-data with part `image` (JPEG/PNG) and optional part `thumbnail` and field `takenAt`; or the raw "
                                + "image as the body (Content-Type image/jpeg|image/png, `?takenAt=`). Checked by signature and header: at most "
                                + "5 MiB and 40 megapixels, before any decoding. Stored as sent; the server makes a thumbnail only when none "
                                + "was sent. The same image again is a no-op; another image → 409 screenshot.conflict.",
                        true, List.of(CONTRACT, SEGMENT, Param.query("takenAt", "date-time", false,
                                "with a raw image body: when the capture was taken (UTC, inside the segment's tracked part; "
                                + "default: the segment start)")), null, 200, "Screenshot", List.of(403, 404, 409, 413, 422)),
                op("GET", "/api/v1/contracts/{id}/segments/{sid}/screenshot", "screenshots", "Download the screenshot",
                        "Served as stored, with nosniff and private caching, to anyone who may view the diary.", true,
                        List.of(CONTRACT, SEGMENT), null, 200, null, List.of(404)),
                op("GET", "/api/v1/contracts/{id}/segments/{sid}/thumbnail", "screenshots", "Download the thumbnail", "", true,
                        List.of(CONTRACT, SEGMENT), null, 200, null, List.of(404)),
                op("DELETE", "/api/v1/contracts/{id}/segments/{sid}/screenshot", "screenshots", "Delete a screenshot",
                        "Deletes the segment with it: the time is not billed. Freelancer, within the edit window.", true,
                        List.of(CONTRACT, SEGMENT), null, 200, "Deleted", List.of(403, 404, 422)),
                op("GET", "/api/v1/contracts/{id}/timesheet", "timesheets", "Weekly timesheet",
                        "Billing week Mon–Sun UTC containing `week` (default: this week). `format=csv` returns CSV in which every cell "
                                + "starting with = + - @ TAB or CR is prefixed with ' (formula injection).",
                        true, List.of(CONTRACT, Param.query("week", "date", false, "any day of the week, YYYY-MM-DD"),
                                Param.query("format", "string", false, "json (default) or csv")), null, 200, "Timesheet", List.of(404, 422)),
                op("GET", "/api/v1/contracts/{id}/audit", "audit", "Audit log of a contract",
                        "Every create/edit/delete of time, memo, label and contract terms: who, when, before, after. Newest first.", true,
                        List.of(CONTRACT, Param.query("limit", "integer", false, "1..500, default 100"),
                                Param.query("offset", "integer", false, "default 0")), null, 200, "AuditPage", List.of(404)),
                op("GET", "/api/v1/teams/{orgId}", "teams", "Agency team today and this week",
                        "Agency OWNER/MANAGER only (404 otherwise): each member's hours and average activity today and this week.", true,
                        List.of(Param.path("orgId", "integer", "agency organization id")), null, 200, "Team", List.of(404)));
    }

    private static Operation op(String method, String path, String tag, String summary, String description, boolean auth,
                                List<Param> params, String request, int status, String response, List<Integer> errors) {
        return new Operation(method, path, tag, summary, description, auth, params, request, status, response, errors);
    }
}
