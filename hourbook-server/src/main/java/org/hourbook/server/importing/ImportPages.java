package org.hourbook.server.importing;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.hourbook.server.Refusal;
import org.hourbook.server.auth.Viewer;
import org.hourbook.server.contract.ContractUrls;
import org.hourbook.server.http.ErrorMapping;
import org.hourbook.server.openapi.Endpoints;
import org.hourbook.server.openapi.Operation;
import org.hourbook.server.retainer.RetainerService;
import org.hourbook.server.web.Pages;
import org.hourbook.server.web.WebContext;

/**
 * CSV import in the app: upload, preview (format, rows, hours, dates, every problem by line and
 * column, the day/month question), then import or change the choices and preview again; past
 * imports with undo. Works as plain forms; the browser shows the upload's progress itself.
 */
public final class ImportPages implements Endpoints.Feature {
    private static final Map<String, String> NOTICES = Map.of("imported", "Imported.", "undone", "The import was undone: its rows are gone.");

    private final ImportService imports;
    private final RetainerService retainers;
    private final Pages pages;

    public ImportPages(ImportService imports, RetainerService retainers, Pages pages) {
        this.imports = imports;
        this.retainers = retainers;
        this.pages = pages;
    }

    @Override
    public void register(Endpoints endpoints) {
        var id = ContractUrls.PAGE_ID;
        endpoints.add(Operation.page("GET", ImportUrls.PAGE, "Import time from a CSV file; past imports").params(id), this::form);
        endpoints.add(Operation.form("POST", ImportUrls.PAGE, "Upload a CSV file and preview it", "ImportUploadForm")
                .description("Shows the preview (200); nothing is imported yet.").status(200).params(id), this::upload);
        endpoints.add(Operation.form("POST", ImportUrls.PAGE_PREVIEW, "Preview the uploaded file again with other choices", "ImportForm")
                .status(200).params(id), this::again);
        endpoints.add(Operation.form("POST", ImportUrls.PAGE_CONFIRM, "Import the previewed file", "ImportForm").params(id), this::confirm);
        endpoints.add(Operation.form("POST", ImportUrls.PAGE_UNDO, "Undo an import", "CsrfForm").params(id, ImportUrls.PAGE_IMPORT_ID), this::undo);
    }

    private void form(Context ctx) {
        show(ctx, 200, null, null, ctx.queryParam("done") == null ? null : NOTICES.get(ctx.queryParam("done")), null);
    }

    private void show(Context ctx, int status, ImportService.Preview preview, ImportRequest req, String notice, String error) {
        Viewer v = WebContext.viewer(ctx);
        var s = retainers.seen(v, WebContext.contractId(ctx));
        pages.show(ctx, status, "importing/import.jte", new ImportPage(v, s.id(), s.contract().terms().title(), imports.list(v, s.id()),
                preview, req, notice, error));
    }

    private void upload(Context ctx) throws IOException {
        Viewer v = WebContext.viewer(ctx);
        long id = WebContext.contractId(ctx);
        UploadedFile file = ctx.uploadedFile("file");
        if (file == null || file.size() == 0) {
            show(ctx, 422, null, null, null, "Choose a CSV file to upload.");
            return;
        }
        ImportRequest req = ImportRequestParams.from(name -> name.equals("fileName") ? file.filename() : WebContext.field(ctx, name));
        try (InputStream in = file.content()) {
            var upload = imports.upload(v, id, file.filename(), in);
            show(ctx, 200, imports.preview(v, id, upload, req), req, null, null);
        } catch (Refusal.NotFound e) {
            throw e;
        } catch (Refusal r) {
            show(ctx, ErrorMapping.status(r), null, req, null, r.getMessage());
        }
    }

    private ImportService.Upload sealed(Context ctx) {
        return new ImportService.Upload(WebContext.field(ctx, "upload"), WebContext.field(ctx, "fileName"), WebContext.field(ctx, "seal"));
    }

    private void again(Context ctx) {
        Viewer v = WebContext.viewer(ctx);
        long id = WebContext.contractId(ctx);
        ImportRequest req = ImportRequestParams.from(name -> WebContext.field(ctx, name));
        try {
            show(ctx, 200, imports.preview(v, id, sealed(ctx), req), req, null, null);
        } catch (Refusal.NotFound e) {
            throw e;
        } catch (Refusal r) {
            show(ctx, ErrorMapping.status(r), null, req, null, r.getMessage());
        }
    }

    private void confirm(Context ctx) {
        Viewer v = WebContext.viewer(ctx);
        long id = WebContext.contractId(ctx);
        ImportRequest req = ImportRequestParams.from(name -> WebContext.field(ctx, name));
        var upload = sealed(ctx);
        try {
            var r = imports.commit(v, id, upload, req);
            ctx.redirect(ImportUrls.page(id, "imported") + "&added=" + r.stored().rowsAdded(), HttpStatus.SEE_OTHER);
        } catch (Refusal.NotFound e) {
            throw e;
        } catch (Refusal r) {
            ImportService.Preview p = null;
            try {
                p = imports.preview(v, id, upload, req);
            } catch (Refusal ignored) {
                // the file itself is unreadable: the message says so
            }
            show(ctx, ErrorMapping.status(r), p, req, null, r.getMessage());
        }
    }

    private void undo(Context ctx) {
        Viewer v = WebContext.viewer(ctx);
        long id = WebContext.contractId(ctx);
        long importId;
        try {
            importId = Long.parseLong(ctx.pathParam("importId"));
        } catch (NumberFormatException e) {
            throw Refusal.notFound("import");
        }
        try {
            imports.undo(v, id, importId);
            ctx.redirect(ImportUrls.page(id, "undone"), HttpStatus.SEE_OTHER);
        } catch (Refusal.NotFound e) {
            throw e;
        } catch (Refusal r) {
            show(ctx, ErrorMapping.status(r), null, null, null, r.getMessage());
        }
    }
}
