package org.hourbook.server.openapi;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;

/**
 * Where every feature registers its endpoints: each route together with its OpenAPI description,
 * so the document ({@code /api/v1/openapi.json}) lists exactly what is served.
 * <pre>
 * endpoints.add(Operation.get(ContractUrls.API_ONE).tag("contracts").summary("Read a contract")
 *         .params(ContractUrls.ID).response("Contract").errors(404), ctx -> ...);
 * </pre>
 */
public final class Endpoints {
    /** A feature's routes (API or pages), registered in one place next to their handlers. */
    public interface Feature {
        void register(Endpoints endpoints);
    }

    private final RoutesConfig routes;
    private final List<Operation> documented = new ArrayList<>();

    public Endpoints(RoutesConfig routes) {
        this.routes = routes;
    }

    public Endpoints add(Operation.Builder doc, Handler handler) {
        Operation op = doc.build();
        switch (op.method()) {
            case "GET" -> routes.get(op.path(), handler);
            case "POST" -> routes.post(op.path(), handler);
            case "PUT" -> routes.put(op.path(), handler);
            case "PATCH" -> routes.patch(op.path(), handler);
            case "DELETE" -> routes.delete(op.path(), handler);
            default -> throw new IllegalArgumentException("no such method: " + op.method());
        }
        documented.add(op);
        return this;
    }

    /** Hooks that are not endpoints of their own (exception mappers, before-filters). */
    public RoutesConfig routes() {
        return routes;
    }

    /** Every operation registered so far, in registration order. */
    public List<Operation> documented() {
        return List.copyOf(documented);
    }
}
