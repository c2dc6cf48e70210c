package org.hourbook.server.openapi;

import java.util.List;

/**
 * One documented API operation.
 *
 * @param auth       whether a signed-in caller (bearer token or session + CSRF) is required
 * @param request    name of the request body schema, or {@code null}
 * @param response   name of the success response schema, or {@code null} for a non-JSON body
 * @param errors     error statuses this operation may answer, besides 401
 */
record Operation(String method, String path, String tag, String summary, String description, boolean auth, List<Param> params,
                 String request, int status, String response, List<Integer> errors) {

    record Param(String name, String in, String type, boolean required, String description) {
        static Param path(String name, String type, String description) {
            return new Param(name, "path", type, true, description);
        }

        static Param query(String name, String type, boolean required, String description) {
            return new Param(name, "query", type, required, description);
        }
    }
}
