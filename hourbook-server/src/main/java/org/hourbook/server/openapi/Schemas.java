package org.hourbook.server.openapi;

import static org.hourbook.server.openapi.SchemaParts.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON Schemas (OpenAPI 3.1 = JSON Schema 2020-12) of the request and response bodies. */
final class Schemas {
    private Schemas() {}

    static Map<String, Object> all() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("Error", obj(List.of("code", "field", "message"), "code", str("stable machine code, e.g. segment.overlap"),
                "field", Map.of("type", List.of("string", "null"), "description",
                        "the JSON path or parameter at fault, e.g. segments[0].minutes[2].keys; null when no one field is"),
                "message", str("what went wrong, for a person")));
        s.put("Health", obj(List.of("status"), "status", enumOf("ok", "storage_full"), "storage", enumOf("ok", "full")));
        s.put("TokenRequest", obj(List.of("email", "password"), "email", str(null), "password", str(null),
                "kind", enumOf("personal", "device"), "name", str("e.g. the tracker's machine name")));
        s.put("Token", obj(List.of(), "id", integer(), "name", str(null), "kind", enumOf("personal", "device"),
                "createdAt", instant(), "lastUsedAt", nullable("string"), "revokedAt", nullable("string")));
        s.put("TokenList", array(ref("Token")));
        s.put("IssuedToken", obj(List.of("token"), "id", integer(), "name", str(null), "kind", str(null),
                "token", str("the bearer secret; shown once"), "createdAt", instant()));
        s.put("SessionRequest", obj(List.of("email", "password"), "email", str(null), "password", str(null)));
        s.put("Session", obj(List.of(), "me", ref("Me"), "csrfToken", str("send as X-CSRF-Token on changes")));
        s.put("Me", obj(List.of(), "id", integer(), "email", str(null), "name", str(null), "zone", str("IANA zone"),
                "memberships", array(obj(List.of(), "orgId", integer(), "orgName", str(null), "orgKind", enumOf("AGENCY", "FREELANCER", "CLIENT"),
                        "role", enumOf("OWNER", "MANAGER", "FREELANCER", "CLIENT")))));
        s.put("NewContract", obj(List.of("clientOrgId", "freelancerEmail", "title", "rateMinor", "currency"),
                "clientOrgId", integer(), "freelancerEmail", str(null), "agencyOrgId", nullable("integer"), "title", str(null),
                "rateMinor", integer(), "currency", str("ISO 4217, e.g. USD"), "weeklyLimitHours", nullable("integer"),
                "manualTimeAllowed", bool(), "activityLabels", array(str(null)), "screenshotPolicy", enumOf("NORMAL", "BLURRED", "NONE"),
                "idleMinutes", integer(), "zone", str("IANA zone"), "rounding", enumOf("SEGMENT", "EXACT"),
                "atLimit", enumOf("STOP", "WARN")));
        s.put("TermsPatch", obj(List.of(), "title", str(null), "rateMinor", integer(), "currency", str(null),
                "weeklyLimitHours", nullable("integer"), "manualTimeAllowed", bool(), "activityLabels", array(str(null)),
                "screenshotPolicy", enumOf("NORMAL", "BLURRED", "NONE"), "idleMinutes", integer(), "zone", str(null),
                "rounding", enumOf("SEGMENT", "EXACT"), "status", enumOf("ACTIVE", "PAUSED"), "atLimit", enumOf("STOP", "WARN")));
        s.put("Contract", obj(List.of(), "id", integer(), "clientOrgId", integer(), "freelancerId", integer(),
                "agencyOrgId", nullable("integer"), "title", str(null), "rateMinor", integer(), "currency", str(null),
                "weeklyLimitHours", nullable("integer"), "manualTimeAllowed", bool(), "activityLabels", array(str(null)),
                "screenshotPolicy", str(null), "idleMinutes", integer(), "zone", str(null),
                "status", enumOf("ACTIVE", "PAUSED", "CLOSED", "OFFERED", "DECLINED", "WITHDRAWN"),
                "rounding", str(null), "atLimit", enumOf("STOP", "WARN"), "rights", obj(List.of(), "relations", array(enumOf("FREELANCER", "CLIENT_MEMBER", "CLIENT_ADMIN", "AGENCY_LEAD")),
                        "viewDiary", bool(), "editTime", bool(), "editLabels", bool(), "close", bool(), "editableTerms", array(str(null)))));
        s.put("ContractList", array(ref("Contract")));
        Map<String, Object> minute = obj(List.of(), "keys", integer(), "clicks", integer(), "scrolls", integer(), "moves", integer());
        s.put("Minute", minute);
        s.put("SegmentUpload", obj(List.of("id", "start", "trackedSeconds"), "id", uuid(),
                "start", Map.of("type", "string", "format", "date-time", "description", "the 10-minute slot, on the UTC grid (:00, :10, ...)"),
                "trackedSeconds", Map.of("type", "integer", "minimum", 1, "maximum", 600,
                        "description", "a whole JSON number: 600.0 is not, and neither is \"600\""),
                "trackedFrom", Map.of("type", List.of("string", "null"), "format", "date-time",
                        "description", "where in the slot the tracked time begins, a whole second (default: start); the tracked "
                                + "part [trackedFrom, trackedFrom + trackedSeconds) must end by the slot's end, and the screenshot's "
                                + "takenAt must fall inside it"),
                "minutes", array(ref("Minute")),
                "memo", Map.of("type", "string", "minLength", 1, "maxLength", 1000, "description", "what the work was, for the client; "
                        + "at most 1000 characters, not blank, and text only: no NUL or other control characters (tab and line "
                        + "breaks are fine), no unpaired surrogates, no text-direction overrides or isolates (U+202A-U+202E, "
                        + "U+2066-U+2069) → segment.unreadable"),
                "label", nullable("string")));
        s.put("SegmentBatch", obj(List.of("segments"), "segments", array(ref("SegmentUpload"))));
        s.put("Segment", obj(List.of(), "id", uuid(), "contractId", integer(), "freelancerId", integer(), "start", instant(),
                "trackedSeconds", integer(), "minutes", array(ref("Minute")), "memo", str(null), "label", nullable("string"),
                "source", enumOf("TRACKED", "MANUAL"), "screenshot", Map.of("type", List.of("object", "null"))));
        s.put("BatchResult", obj(List.of("code", "field", "message", "results"), "code", nullable("string"), "field", nullable("string"),
                "message", nullable("string"),
                "results", array(obj(List.of("id", "status"), "id", uuid(),
                        "status", Map.of("type", "string", "enum", List.of("inserted", "replayed", "conflict", "overlap", "deleted", "rejected"),
                                "description", "inserted/replayed: stored; deleted: stored once and deleted since (not stored again, "
                                        + "the tracker may forget it); conflict/overlap/rejected: not stored, see code"),
                        "code", nullable("string"), "field", nullable("string"), "message", nullable("string"),
                        "segment", Map.of("oneOf", List.of(ref("Segment"), Map.of("type", "null")), "description",
                                "replayed: the segment as the server holds it now (edits since the first upload included); "
                                        + "null otherwise (an inserted segment is stored as sent)")))));
        s.put("SegmentsPatch", obj(List.of("ids"), "ids", array(uuid()), "memo", str(null), "label", nullable("string")));
        s.put("Changed", obj(List.of(), "changed", integer()));
        s.put("Deleted", obj(List.of(), "deleted", integer()));
        s.put("ManualTime", obj(List.of("from", "to", "memo"), "from", instant(), "to", instant(), "memo", str(null)));
        Map<String, Object> diarySegment = obj(List.of(), "id", uuid(), "start", instant(), "end", instant(), "trackedSeconds", integer(),
                "source", enumOf("tracked", "manual"), "manual", bool(), "overLimit", bool(), "activityLevel", nullable("integer"),
                "minutes", array(ref("Minute")), "memo", str(null), "label", nullable("string"), "screenshotUrl", nullable("string"),
                "thumbnailUrl", nullable("string"), "screenshotTakenAt", nullable("string"));
        s.put("DiarySegment", diarySegment);
        s.put("SegmentList", obj(List.of(), "segments", array(ref("DiarySegment"))));
        s.put("SegmentDetail", obj(List.of("segment", "overLimit", "deletable", "protectedTime"), "segment", ref("DiarySegment"),
                "overLimit", bool(), "deletable", Map.of("type", "boolean", "description", "the caller may delete it now (edit window open)"),
                "protectedTime", Map.of("type", "boolean",
                        "description", "tracked, with screenshot, memo and activity, within the weekly limit")));
        s.put("Diary", obj(List.of(), "contractId", integer(), "date", date(), "zone", str(null), "dayStart", instant(), "dayEnd", instant(),
                "totals", obj(List.of(), "daySeconds", integer(), "dayManualSeconds", integer(), "daySegments", integer(), "weekStart", date(),
                        "weekSeconds", integer(), "weekBillableSeconds", integer(), "weeklyLimitHours", nullable("integer"),
                        "remainingSeconds", nullable("integer")),
                "permissions", obj(List.of(), "editMemo", bool(), "delete", bool(), "addManual", bool(), "editLabel", bool(),
                        "readOnlyReason", nullable("string")),
                "hours", array(obj(List.of(), "start", instant(), "end", instant(), "localStart", str(null), "segments", array(ref("DiarySegment"))))));
        s.put("Screenshot", obj(List.of(), "sha256", str(null), "thumbSha256", str(null), "mediaType", enumOf("image/jpeg", "image/png"),
                "width", integer(), "height", integer(), "bytes", integer(), "takenAt", instant()));
        s.put("Timesheet", obj(List.of(), "contractId", integer(), "title", str(null), "weekStart", date(), "isoWeek", str(null),
                "isFinal", bool(), "rounding", str(null), "weeklyLimitHours", nullable("integer"), "trackedSeconds", integer(),
                "manualSeconds", integer(), "overLimitSeconds", integer(), "billableSeconds", integer(), "protectedSeconds", integer(),
                "rateMinor", integer(), "currency", str(null), "amountMinor", integer(),
                "days", array(obj(List.of(), "date", date(), "trackedSeconds", integer(), "manualSeconds", integer(),
                        "overLimitSeconds", integer(), "billableSeconds", integer(), "protectedSeconds", integer(),
                        "amountMinor", Map.of("type", "integer", "description", "this day's amount in minor units")))));
        s.put("AuditPage", obj(List.of(), "total", integer(), "entries", array(obj(List.of(), "id", integer(), "contractId", integer(),
                "actorUserId", nullable("integer"), "at", instant(), "action", str("e.g. segment.memo"), "objectType", str(null),
                "objectId", str(null), "beforeJson", nullable("string"), "afterJson", nullable("string")))));
        Map<String, Object> csrf = str("the session's CSRF token (also sent as header X-CSRF-Token)");
        s.put("CsrfForm", obj(List.of("_csrf"), "_csrf", csrf));
        s.put("SignInForm", obj(List.of("_csrf", "email", "password"), "_csrf", str("this browser's pre-session token, from the page"),
                "email", str(null), "password", str(null),
                "next", str("local path to go to after signing in")));
        s.put("NewContractForm", obj(List.of("_csrf", "clientOrgId", "title", "freelancerEmail", "rateMinor", "currency"), "_csrf", csrf,
                "clientOrgId", str("integer"), "title", str(null), "freelancerEmail", str(null), "rateMinor", str("rate in minor units"),
                "currency", str("ISO 4217"), "weeklyLimitHours", str("blank: no limit"), "manualTimeAllowed", str("present = allowed"),
                "activityLabels", str("comma-separated"), "screenshotPolicy", enumOf("NORMAL", "BLURRED", "NONE"), "zone", str("IANA zone")));
        s.put("TermsForm", obj(List.of("_csrf"), "_csrf", csrf, "weeklyLimitHours", str("blank: no limit"),
                "atLimit", enumOf("STOP", "WARN"),
                "manualTimeAllowed", str("present = allowed"), "manualShown", str("the form showed the manual-time box"),
                "label", array(str("one per kept label")), "newLabel", str("a label to add"),
                "labelsShown", str("the form showed the labels"), "rate", str("hourly rate, e.g. 50.00")));
        s.put("SelectionForm", obj(List.of("_csrf", "ids", "memo"), "_csrf", csrf, "ids", array(uuid()), "memo", str("the new memo"),
                "date", date(), "tz", enumOf("mine", "utc")));
        s.put("IdsForm", obj(List.of("_csrf", "ids"), "_csrf", csrf, "ids", array(uuid())));
        s.put("ManualForm", obj(List.of("_csrf", "from", "to", "memo"), "_csrf", csrf, "from", str("HH:MM local"), "to", str("HH:MM local"),
                "memo", str(null)));
        s.put("LabelForm", obj(List.of("_csrf", "label"), "_csrf", csrf, "label", str("blank clears")));
        s.put("Team", obj(List.of(), "orgId", integer(), "name", str(null), "todayStart", instant(), "week", obj(List.of(), "monday", date()),
                "members", array(obj(List.of(), "userId", integer(), "name", str(null), "email", str(null), "role", str(null),
                        "todaySeconds", integer(), "weekSeconds", integer(), "todayActivity", nullable("integer"), "weekActivity", nullable("integer"),
                        "contracts", array(obj(List.of(), "contractId", integer(), "title", str(null), "todaySeconds", integer(), "weekSeconds", integer()))))));
        s.putAll(SecuritySchemas.all());
        // Onboarding: offers, setup, invitations, organizations.
        s.put("Offer", obj(List.of("contractId", "state"), "contractId", integer(), "state", enumOf("OFFERED", "ACCEPTED", "DECLINED", "WITHDRAWN"),
                "toEmail", str("whom it was offered to"), "offeredBy", nullable("integer"), "offeredAt", instant(),
                "answeredBy", nullable("integer"), "answeredAt", nullable("string"),
                "link", Map.of("type", List.of("string", "null"), "description", "only when re-sent: the address to send the person "
                        + "(a one-time invitation link when they have no account)")));
        s.put("AcceptOffer", obj(List.of(), "agencyOrgId", Map.of("type", List.of("integer", "null"), "description",
                "accept for this agency (one you own or manage); null: for yourself, or the agency the offer was made through"),
                "freelancerId", Map.of("type", List.of("integer", "null"), "description", "the agency member who does the work; null: you")));
        s.put("AcceptOfferForm", obj(List.of("_csrf"), "_csrf", csrf, "agencyOrgId", str("blank: for yourself"),
                "freelancerId", str("the member who does the work")));
        s.put("SetupForm", obj(List.of("name", "email", "password", "zone", "orgName", "kind"), "name", str(null), "email", str(null),
                "password", str("at least 10 characters"), "zone", str("IANA zone"), "orgName", str(null),
                "kind", enumOf("AGENCY", "FREELANCER", "CLIENT")));
        s.put("AcceptInvitationForm", obj(List.of(), "_csrf", str("when signed in"), "name", str("anonymous: the new account's name"),
                "password", str("anonymous: at least 10 characters"), "zone", str("IANA zone"),
                "companyName", str("an invitation to set up a company: its name")));
        s.put("InviteForm", obj(List.of("_csrf", "email", "role"), "_csrf", csrf, "email", str(null),
                "role", enumOf("manager", "freelancer", "client")));
        s.put("InviteCompanyForm", obj(List.of("_csrf", "companyName", "kind", "email"), "_csrf", csrf, "companyName", str(null),
                "kind", enumOf("AGENCY", "FREELANCER", "CLIENT"), "email", str("the contact, who becomes its owner")));
        s.put("RoleForm", obj(List.of("_csrf", "role"), "_csrf", csrf, "role", enumOf("owner", "manager", "freelancer", "client")));
        s.put("RenameForm", obj(List.of("_csrf", "name"), "_csrf", csrf, "name", str(null)));
        Map<String, Object> role = enumOf("OWNER", "MANAGER", "FREELANCER", "CLIENT");
        Map<String, Object> kind = enumOf("AGENCY", "FREELANCER", "CLIENT");
        s.put("Invitation", obj(List.of(), "id", integer(), "email", str(null), "role", role, "companyName", nullable("string"),
                "companyKind", nullable("string"), "contractId", nullable("integer"), "createdAt", instant(), "expiresAt", instant(),
                "expired", bool(), "link", str("only in the answer that made or re-sent it"), "mailed", bool()));
        s.put("Organization", obj(List.of(), "id", integer(), "name", str(null), "kind", kind, "myRole", role,
                "members", array(obj(List.of(), "userId", integer(), "name", str(null), "email", str(null), "role", role,
                        "joinedAt", instant(), "lastSeenAt", nullable("string"))),
                "invitations", array(ref("Invitation"))));
        s.put("NewInvitation", obj(List.of("email"), "email", str(null), "role", role,
                "companyName", str("instead of role: the company they set up here"), "companyKind", kind));
        s.put("OrgRename", obj(List.of("name"), "name", str(null)));
        s.put("MemberRole", obj(List.of("role"), "role", role));
        RetainerSchemas.addTo(s);
        return s;
    }
}
