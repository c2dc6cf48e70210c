package org.hourbook.server.screenshot;

import java.util.UUID;
import org.hourbook.server.contract.ContractUrls;

/** The addresses of a segment's screenshot and thumbnail: for the pages, and in the API. */
public final class ScreenshotUrls {
    public static final String API_SCREENSHOT = ContractUrls.API_ONE + "/segments/{sid}/screenshot";
    public static final String API_THUMBNAIL = ContractUrls.API_ONE + "/segments/{sid}/thumbnail";
    public static final String PAGE_IMAGE = ContractUrls.PAGE + "/segments/{segmentId}/screenshot";
    public static final String PAGE_THUMB = ContractUrls.PAGE + "/segments/{segmentId}/thumb";

    private ScreenshotUrls() {}

    public static String image(long contractId, String segmentId) {
        return ContractUrls.page(contractId) + "/segments/" + segmentId + "/screenshot";
    }

    public static String thumb(long contractId, String segmentId) {
        return ContractUrls.page(contractId) + "/segments/" + segmentId + "/thumb";
    }

    public static String apiImage(long contractId, UUID segmentId) {
        return ContractUrls.api(contractId) + "/segments/" + segmentId + "/screenshot";
    }

    public static String apiThumbnail(long contractId, UUID segmentId) {
        return ContractUrls.api(contractId) + "/segments/" + segmentId + "/thumbnail";
    }
}
