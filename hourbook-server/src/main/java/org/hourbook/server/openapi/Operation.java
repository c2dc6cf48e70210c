package org.hourbook.server.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One documented endpoint, written next to its handler by the feature that serves it.
 * <pre>
 * Operation.get("/api/v1/contracts/{id}").tag("contracts").summary("Read a contract")
 *         .params(ContractUrls.ID).response("Contract").errors(404)
 * Operation.page("GET", "/contracts/{contractId}/settings", "Contract terms page").params(...)
 * Operation.form("POST", "/contracts/new", "Create a contract", "NewContractForm")
 * </pre>
 *
 * @param auth       whether a signed-in caller (bearer token or session + CSRF) is required
 * @param request    name of the request body schema, or {@code null}
 * @param response   name of the success response schema, or {@code null} for a non-JSON body
 * @param errors     error statuses this operation may answer, besides 401
 * @param devices    whether a tracker's device token may call it ({@link Builder#forDevices}); closed by default
 */
public record Operation(String method, String path, String tag, String summary, String description, boolean auth, List<Param> params,
                        String request, int status, String response, List<Integer> errors, boolean devices) {

    public Operation {
        params = List.copyOf(params);
        errors = List.copyOf(errors);
    }

    /** A browser form anyone may post (sign-in, setup, invitation, password links): it carries a pre-session CSRF token. */
    public boolean publicForm() {
        return !auth && !path.startsWith("/api/") && !method.equals("GET");
    }

    /** A path or query parameter. */
    public record Param(String name, String in, String type, boolean required, String description) {
        public static Param path(String name, String type, String description) {
            return new Param(name, "path", type, true, description);
        }

        public static Param query(String name, String type, boolean required, String description) {
            return new Param(name, "query", type, required, description);
        }
    }

    public static Builder get(String path) {
        return new Builder("GET", path);
    }

    public static Builder post(String path) {
        return new Builder("POST", path);
    }

    public static Builder put(String path) {
        return new Builder("PUT", path);
    }

    public static Builder patch(String path) {
        return new Builder("PATCH", path);
    }

    public static Builder delete(String path) {
        return new Builder("DELETE", path);
    }

    /** A page of the web UI: HTML for a signed-in browser (anonymous GETs redirect to sign-in). */
    public static Builder page(String method, String path, String summary) {
        return new Builder(method, path).tag("web pages").summary(summary).errors(404);
    }

    /** A form post of the web UI: 303 to the next page on success; a refusal re-renders the form. */
    public static Builder form(String method, String path, String summary, String formSchema) {
        return new Builder(method, path).tag("web pages").summary(summary).request(formSchema).status(303).errors(403, 404, 422);
    }

    /** Fills an {@link Operation}; every field but method and path has a default (authenticated, 200, no body). */
    public static final class Builder {
        private final String method;
        private final String path;
        private String tag = "";
        private String summary = "";
        private String description = "";
        private boolean auth = true;
        private final List<Param> params = new ArrayList<>();
        private String request;
        private int status = 200;
        private String response;
        private final List<Integer> errors = new ArrayList<>();
        private boolean devices;

        private Builder(String method, String path) {
            this.method = Objects.requireNonNull(method);
            this.path = Objects.requireNonNull(path);
        }

        public Builder tag(String tag) {
            this.tag = tag;
            return this;
        }

        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /**
         * Open to a tracker's device token too. Everything else answers a device token 403
         * {@code auth.device_scope} before its handler runs, so a new endpoint is closed to
         * devices unless it says otherwise here. A tracker reads the person's contracts and diary
         * totals, uploads segments and screenshots, and deletes its captures.
         */
        public Builder forDevices() {
            this.devices = true;
            return this;
        }

        /** Open to anonymous callers. */
        public Builder open() {
            this.auth = false;
            return this;
        }

        public Builder params(Param... params) {
            this.params.addAll(List.of(params));
            return this;
        }

        public Builder request(String schema) {
            this.request = schema;
            return this;
        }

        public Builder status(int status) {
            this.status = status;
            return this;
        }

        public Builder response(String schema) {
            this.response = schema;
            return this;
        }

        public Builder errors(Integer... statuses) {
            for (Integer s : statuses) if (!errors.contains(s)) errors.add(s);
            return this;
        }

        public String method() {
            return method;
        }

        public String path() {
            return path;
        }

        public Operation build() {
            return new Operation(method, path, tag, summary, description, auth, params, request, status, response, errors, devices);
        }
    }
}
