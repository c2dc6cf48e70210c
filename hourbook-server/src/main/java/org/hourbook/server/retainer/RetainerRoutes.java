package org.hourbook.server.retainer;

import java.util.Map;
import org.hourbook.api.retainer.RetainerSpec;
import org.hourbook.server.Refusal;
import org.hourbook.server.auth.Auth;
import org.hourbook.server.auth.Viewer;
import org.hourbook.server.contract.ContractUrls;
import org.hourbook.server.http.Params;
import org.hourbook.server.openapi.Endpoints;
import org.hourbook.server.openapi.Operation;

/** {@code /api/v1/contracts/{id}/retainer}: balance and terms, the work log and its curation, public links. */
public final class RetainerRoutes implements Endpoints.Feature {
    private final RetainerService retainers;
    private final WorkLogService workLog;
    private final ShareLinkService links;

    public RetainerRoutes(RetainerService retainers, WorkLogService workLog, ShareLinkService links) {
        this.retainers = retainers;
        this.workLog = workLog;
        this.links = links;
    }

    @Override
    public void register(Endpoints endpoints) {
        var id = ContractUrls.API_ID;
        endpoints.add(Operation.get(RetainerUrls.API).tag("retainers").forDevices().summary("A retainer's terms and balance")
                .description("Terms in force this cycle (and the next cycle's when changed), the current cycle's balance, its work log as "
                        + "the client reads it, and past cycles. 404 for an hourly contract. The tracker reads it to show the hours left "
                        + "and to warn at the cap.").params(id).response("Retainer").errors(404),
                ctx -> {
                    var s = retainers.seen(Auth.require(ctx), Params.contractId(ctx));
                    ctx.json(RetainerJson.detail(s, retainers.book(s)));
                });
        endpoints.add(Operation.put(RetainerUrls.API).tag("retainers").summary("Change a retainer's terms")
                .description("From the next cycle on; the current cycle keeps its terms. Audited. The client's owners and managers only.")
                .params(id).request("RetainerTerms").response("Retainer").errors(403, 404, 409, 422),
                ctx -> {
                    Viewer v = Auth.require(ctx);
                    var s = retainers.changeTerms(v, Params.contractId(ctx), ctx.bodyAsClass(RetainerSpec.class));
                    ctx.json(RetainerJson.detail(s, retainers.book(s)));
                });
        endpoints.add(Operation.get(RetainerUrls.API + "/log").tag("retainers").summary("The work log with its raw entries")
                .description("Every line of the current cycle with the entries in it (memos and imported descriptions included) and the "
                        + "hidden entries: what the freelancer curates. The freelancer only.").params(id).response("WorkLog").errors(403, 404),
                ctx -> {
                    var s = retainers.seen(Auth.require(ctx), Params.contractId(ctx));
                    if (!s.contract().access().canEditTime()) throw Refusal.forbidden("access.worklog", null, "only the freelancer sees the raw entries");
                    ctx.json(RetainerJson.log(retainers.book(s)));
                });
        endpoints.add(Operation.post(RetainerUrls.API + "/log").tag("retainers").summary("Curate the work log")
                .description("One action: rename (line, text), unrename (line), merge (line into another), unmerge (line), move (entry into "
                        + "a line, or to a new line named by text), unmove, hide, unhide, publish (an entry's raw text is shown as is), unpublish.")
                .params(id).request("CurationAction").response("WorkLog").errors(403, 404, 409, 422),
                ctx -> ctx.json(RetainerJson.log(workLog.curate(Auth.require(ctx), Params.contractId(ctx),
                        ctx.bodyAsClass(WorkLogService.Action.class)))));
        endpoints.add(Operation.get(RetainerUrls.API_LINKS).tag("retainers").summary("Public links")
                .description("With each link's note and when it was last opened; the address itself is shown only when made.")
                .params(id).response("RetainerLinkList").errors(403, 404),
                ctx -> ctx.json(links.list(Auth.require(ctx), Params.contractId(ctx)).stream().map(l -> RetainerJson.link(l, null)).toList()));
        endpoints.add(Operation.post(RetainerUrls.API_LINKS).tag("retainers").summary("Make a public link")
                .description("Answers the address once (`url`); only its hash is kept.").params(id).request("NewRetainerLink")
                .status(201).response("RetainerLink").errors(403, 404, 422),
                ctx -> {
                    var body = ctx.bodyAsClass(Map.class);
                    Object note = body == null ? null : body.get("note");
                    var issued = links.create(Auth.require(ctx), Params.contractId(ctx), note == null ? null : note.toString());
                    ctx.status(201).json(RetainerJson.link(issued.link(), issued.url()));
                });
        endpoints.add(Operation.post(RetainerUrls.API_LINK + "/revoke").tag("retainers").summary("Revoke a public link")
                .description("The address answers 410 from now on.").params(id, RetainerUrls.API_LINK_ID).response("RetainerLink").errors(403, 404),
                ctx -> ctx.json(RetainerJson.link(links.revoke(Auth.require(ctx), Params.contractId(ctx),
                        Params.longParam(ctx, "linkId", "link")), null)));
        endpoints.add(Operation.post(RetainerUrls.API_LINK + "/rotate").tag("retainers").summary("Rotate a public link")
                .description("Revokes the link and makes a new one with the same note; answers the new address once.")
                .params(id, RetainerUrls.API_LINK_ID).status(201).response("RetainerLink").errors(403, 404, 409),
                ctx -> {
                    var issued = links.rotate(Auth.require(ctx), Params.contractId(ctx), Params.longParam(ctx, "linkId", "link"));
                    ctx.status(201).json(RetainerJson.link(issued.link(), issued.url()));
                });
    }
}
