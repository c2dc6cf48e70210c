package org.hourbook.server.contract;

import org.hourbook.server.openapi.Operation.Param;

/**
 * The addresses of the contract pages and the contract API, for Java and templates alike
 * ({@code ${ContractUrls.settings(page.contractId())}}); the path templates are what the routes
 * are registered under. Each feature of a contract (diary, timesheet, audit) has its own.
 */
public final class ContractUrls {
    public static final String API = "/api/v1/contracts";
    /** One contract in the API; also the prefix of its diary, screenshots, timesheet and audit log there. */
    public static final String API_ONE = API + "/{id}";
    public static final Param API_ID = Param.path("id", "integer", "contract id");

    public static final String LIST = "/contracts";
    public static final String NEW = "/contracts/new";
    /** One contract's pages: {@code /contracts/{contractId}/...}. */
    public static final String PAGE = "/contracts/{contractId}";
    public static final Param PAGE_ID = Param.path("contractId", "integer", "contract id");

    private ContractUrls() {}

    /** {@code /contracts/42}: the prefix of every page of one contract. */
    public static String page(long contractId) {
        return LIST + "/" + contractId;
    }

    /** {@code /api/v1/contracts/42}. */
    public static String api(long contractId) {
        return API + "/" + contractId;
    }

    /** The contract's Work Diary (today in the viewer's zone); {@code diary.DiaryUrls} builds the rest of its addresses. */
    public static String diary(long contractId) {
        return page(contractId) + "/diary";
    }

    public static String timesheet(long contractId) {
        return page(contractId) + "/timesheet";
    }

    public static String audit(long contractId) {
        return page(contractId) + "/audit";
    }

    public static String settings(long contractId) {
        return page(contractId) + "/settings";
    }

    /** The terms page after a change, with the notice to show (a fixed key, never user text). */
    public static String settings(long contractId, String notice) {
        return settings(contractId) + "?done=" + notice;
    }

    public static String close(long contractId) {
        return page(contractId) + "/close";
    }

    /** The offer page of a contract that started as an offer: terms, answer, withdraw. */
    public static String offer(long contractId) {
        return page(contractId) + "/offer";
    }

    /** The offer page after an answer, with the notice to show (a fixed key, never user text). */
    public static String offer(long contractId, String notice) {
        return offer(contractId) + "?done=" + notice;
    }
}
