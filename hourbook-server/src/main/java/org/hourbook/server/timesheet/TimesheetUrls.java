package org.hourbook.server.timesheet;

import java.time.LocalDate;
import org.hourbook.server.contract.ContractUrls;

/** The addresses of a contract's weekly timesheet: the page and the API (JSON or CSV). */
public final class TimesheetUrls {
    public static final String API = ContractUrls.API_ONE + "/timesheet";
    public static final String PAGE = ContractUrls.PAGE + "/timesheet";

    private TimesheetUrls() {}

    /** The page of the billing week containing {@code anyDay}. */
    public static String page(long contractId, LocalDate anyDay) {
        return ContractUrls.timesheet(contractId) + "?date=" + anyDay;
    }

    /** The week as CSV, to download. */
    public static String csv(long contractId, LocalDate weekStart) {
        return ContractUrls.api(contractId) + "/timesheet?week=" + weekStart + "&format=csv";
    }
}
