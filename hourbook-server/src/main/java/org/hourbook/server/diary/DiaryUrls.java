package org.hourbook.server.diary;

import java.time.LocalDate;
import java.util.UUID;
import org.hourbook.server.contract.ContractUrls;
import org.hourbook.server.openapi.Operation.Param;

/**
 * The addresses of the Work Diary: a day's page and its forms, one segment's page, and the diary
 * API (segments, manual time, the day as JSON). For Java and templates alike.
 */
public final class DiaryUrls {
    public static final String API_SEGMENTS = ContractUrls.API_ONE + "/segments";
    public static final String API_SEGMENT = API_SEGMENTS + "/{sid}";
    public static final String API_DAY = ContractUrls.API_ONE + "/diary";
    public static final String API_MANUAL = ContractUrls.API_ONE + "/manual-time";
    public static final Param API_SID = Param.path("sid", "uuid", "segment id");

    public static final String DAY = ContractUrls.PAGE + "/diary";
    public static final String MEMO = DAY + "/memo";
    public static final String CONFIRM_DELETE = DAY + "/confirm-delete";
    public static final String DELETE = DAY + "/delete";
    public static final String MANUAL = DAY + "/manual";
    public static final String SEGMENT = ContractUrls.PAGE + "/segments/{segmentId}";
    public static final Param SEGMENT_ID = Param.path("segmentId", "uuid", "segment id");

    private DiaryUrls() {}

    /** Today in the viewer's zone. */
    public static String day(long contractId) {
        return ContractUrls.diary(contractId);
    }

    /** The day {@code date}, in UTC or the viewer's zone. */
    public static String day(long contractId, LocalDate date, boolean utc) {
        return ContractUrls.diary(contractId) + "?date=" + date + (utc ? "&tz=utc" : "");
    }

    /** Today, keeping the UTC switch. */
    public static String today(long contractId, boolean utc) {
        return ContractUrls.diary(contractId) + (utc ? "?tz=utc" : "");
    }

    /** After a change: back to the day (when known) with a fixed notice key, never user text. */
    public static String afterChange(long contractId, LocalDate date, boolean utc, String notice) {
        StringBuilder url = new StringBuilder(ContractUrls.diary(contractId)).append('?');
        if (date != null) url.append("date=").append(date).append('&');
        if (utc) url.append("tz=utc&");
        if (notice != null) url.append("done=").append(notice);
        return url.toString();
    }

    public static String memo(long contractId) {
        return ContractUrls.diary(contractId) + "/memo";
    }

    public static String confirmDelete(long contractId) {
        return ContractUrls.diary(contractId) + "/confirm-delete";
    }

    public static String delete(long contractId) {
        return ContractUrls.diary(contractId) + "/delete";
    }

    public static String manual(long contractId) {
        return ContractUrls.diary(contractId) + "/manual";
    }

    public static String segment(long contractId, String segmentId, boolean utc) {
        return segmentBase(contractId, segmentId) + (utc ? "?tz=utc" : "");
    }

    /** The htmx fragment with a segment's per-minute counts. */
    public static String minutes(long contractId, String segmentId, boolean utc) {
        return segmentBase(contractId, segmentId) + "/minutes" + (utc ? "?tz=utc" : "");
    }

    public static String label(long contractId, String segmentId) {
        return segmentBase(contractId, segmentId) + "/label";
    }

    /** Where a segment's card sits on its day's page. */
    public static String onItsDay(long contractId, LocalDate date, boolean utc, UUID segmentId) {
        return day(contractId, date, utc) + "#seg-" + segmentId;
    }

    static String segmentBase(long contractId, String segmentId) {
        return ContractUrls.page(contractId) + "/segments/" + segmentId;
    }
}
