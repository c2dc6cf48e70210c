package org.hourbook.server.importing;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import org.hourbook.server.auth.Auth;
import org.hourbook.server.auth.Viewer;
import org.hourbook.server.contract.ContractUrls;
import org.hourbook.server.http.Params;
import org.hourbook.server.openapi.Endpoints;
import org.hourbook.server.openapi.Operation;
import org.hourbook.server.openapi.Operation.Param;
import org.hourbook.store.importing.StoredImport;

/** {@code /api/v1/contracts/{id}/imports}: preview or import a CSV file, list imports, undo one. */
public final class ImportRoutes implements Endpoints.Feature {
    private final ImportService imports;

    public ImportRoutes(ImportService imports) {
        this.imports = imports;
    }

    @Override
    public void register(Endpoints endpoints) {
        endpoints.add(Operation.post(ImportUrls.API).tag("imports").summary("Preview or import a CSV file")
                .description("The body is the file as exported (Toggl Track, Clockify or Harvest detailed report, or a date, description, "
                        + "hours file; UTF-8 with or without BOM or UTF-16; comma, semicolon or tab). With dryRun=true nothing is stored and "
                        + "the answer is the preview; else the rows are imported in one transaction (201), rows the contract already has "
                        + "are counted as alreadyThere and not added. Any problem refuses the import unless skipProblemRows=true; a file "
                        + "whose dates read both ways needs dayOrder. The freelancer only.")
                .params(ContractUrls.API_ID, Param.query("dryRun", "boolean", false, "preview only"),
                        Param.query("fileName", "string", false, "for the import's record"),
                        Param.query("dayOrder", "string", false, "DAY_FIRST or MONTH_FIRST"),
                        Param.query("format", "string", false, "TOGGL, CLOCKIFY, HARVEST or GENERIC instead of detecting it"),
                        Param.query("filterBy", "string", false, "client or project"),
                        Param.query("filterValue", "string", false, "import only the rows of this client or project"),
                        Param.query("skipProblemRows", "boolean", false, "import the good rows, leave out the rows with problems"))
                .request("CsvFile").status(201).response("ImportSummary").errors(403, 404, 409, 422), this::post);
        endpoints.add(Operation.get(ImportUrls.API).tag("imports").summary("A retainer's imports")
                .params(ContractUrls.API_ID).response("ImportList").errors(404),
                ctx -> ctx.json(imports.list(Auth.require(ctx), Params.contractId(ctx)).stream().map(ImportRoutes::view).toList()));
        endpoints.add(Operation.post(ImportUrls.API_UNDO).tag("imports").summary("Undo an import")
                .description("Deletes every row the import added; the import stays listed, marked undone. The freelancer only.")
                .params(ContractUrls.API_ID, ImportUrls.API_IMPORT_ID).response("Import").errors(403, 404, 409),
                ctx -> ctx.json(view(imports.undo(Auth.require(ctx), Params.contractId(ctx), Params.longParam(ctx, "importId", "import")))));
    }

    private void post(Context ctx) throws java.io.IOException {
        Viewer v = Auth.require(ctx);
        long id = Params.contractId(ctx);
        ImportRequest req = ImportRequestParams.from(ctx::queryParam);
        ImportService.Upload upload;
        try (var body = ctx.bodyInputStream()) {
            upload = imports.upload(v, id, req.name(), body);
        }
        if ("true".equalsIgnoreCase(ctx.queryParam("dryRun"))) {
            ctx.json(ImportJson.of(imports.preview(v, id, upload, req), null, null));
        } else {
            ctx.status(201).json(ImportJson.of(imports.commit(v, id, upload, req)));
        }
    }

    static Map<String, Object> view(StoredImport i) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("id", i.id());
        m.put("fileName", i.fileName());
        m.put("format", i.format());
        m.put("createdAt", i.createdAt());
        m.put("rows", i.rowsRead());
        m.put("added", i.rowsAdded());
        m.put("alreadyThere", i.rowsAlready());
        m.put("hours", org.hourbook.core.week.Hours.decimal(i.secondsAdded()));
        m.put("undoneAt", i.undoneAt());
        return m;
    }

    static List<Map<String, Object>> views(List<StoredImport> list) {
        return list.stream().map(ImportRoutes::view).toList();
    }
}
