package org.hourbook.server.retainer;

import org.hourbook.server.contract.ContractUrls;
import org.hourbook.server.openapi.Operation.Param;

/** The addresses of the retainer pages, its API and its public link, for Java and templates alike. */
public final class RetainerUrls {
    public static final String API = ContractUrls.API_ONE + "/retainer";
    public static final String API_LINKS = API + "/links";
    public static final String API_LINK = API_LINKS + "/{linkId}";
    public static final Param API_LINK_ID = Param.path("linkId", "integer", "link id");

    public static final String PAGE = ContractUrls.PAGE + "/retainer";
    public static final String PAGE_LINK = PAGE + "/links/{linkId}";
    public static final Param PAGE_LINK_ID = Param.path("linkId", "integer", "link id");

    /** The public page; {@code /r/{token}/feed} is its Atom feed. */
    public static final String PUBLIC = "/r/{token}";
    public static final String PUBLIC_FEED = PUBLIC + "/feed";
    public static final Param TOKEN = Param.path("token", "string", "the link's secret");
    public static final String ROBOTS = "/robots.txt";

    private RetainerUrls() {}

    public static String page(long contractId) {
        return ContractUrls.page(contractId) + "/retainer";
    }

    public static String page(long contractId, String notice) {
        return page(contractId) + "?done=" + notice;
    }

    public static String log(long contractId) {
        return page(contractId) + "/log";
    }

    public static String curate(long contractId) {
        return page(contractId) + "/log/curate";
    }

    public static String links(long contractId) {
        return page(contractId) + "/links";
    }

    public static String revoke(long contractId, long linkId) {
        return links(contractId) + "/" + linkId + "/revoke";
    }

    public static String rotate(long contractId, long linkId) {
        return links(contractId) + "/" + linkId + "/rotate";
    }

    public static String terms(long contractId) {
        return page(contractId) + "/terms";
    }

    public static String alerts(long contractId) {
        return page(contractId) + "/alerts";
    }

    public static String api(long contractId) {
        return ContractUrls.api(contractId) + "/retainer";
    }

    /** The path of a public link (the server's public address goes in front of it). */
    public static String publicPath(String token) {
        return "/r/" + token;
    }

    public static String feedPath(String token) {
        return publicPath(token) + "/feed";
    }
}
