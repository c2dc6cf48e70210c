package org.hourbook.server.importing;

import org.hourbook.server.contract.ContractUrls;
import org.hourbook.server.openapi.Operation.Param;

/** The addresses of CSV import, for Java and templates alike. */
public final class ImportUrls {
    public static final String API = ContractUrls.API_ONE + "/imports";
    public static final String API_UNDO = API + "/{importId}/undo";
    public static final Param API_IMPORT_ID = Param.path("importId", "integer", "import id");

    public static final String PAGE = ContractUrls.PAGE + "/retainer/import";
    public static final String PAGE_PREVIEW = PAGE + "/preview";
    public static final String PAGE_CONFIRM = PAGE + "/confirm";
    public static final String PAGE_UNDO = PAGE + "/{importId}/undo";
    public static final Param PAGE_IMPORT_ID = Param.path("importId", "integer", "import id");

    private ImportUrls() {}

    public static String page(long contractId) {
        return ContractUrls.page(contractId) + "/retainer/import";
    }

    public static String page(long contractId, String notice) {
        return page(contractId) + "?done=" + notice;
    }

    public static String preview(long contractId) {
        return page(contractId) + "/preview";
    }

    public static String confirm(long contractId) {
        return page(contractId) + "/confirm";
    }

    public static String undo(long contractId, long importId) {
        return page(contractId) + "/" + importId + "/undo";
    }

    public static String api(long contractId) {
        return ContractUrls.api(contractId) + "/imports";
    }
}
