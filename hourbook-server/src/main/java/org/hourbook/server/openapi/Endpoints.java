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
 * Each handler runs behind the {@link Guard}, which reads the operation's description: what it
 * says (open or signed in, open to device tokens, a public form) is what is enforced, in one place
 * rather than in each handler.
 */
public final class Endpoints {
    /** A feature's routes (API or pages), registered in one place next to their handlers. */
    public interface Feature {
        void register(Endpoints endpoints);
    }

    /** Wraps each handler with the checks its operation's description asks for ({@code auth.Authenticator#guard}). */
    public interface Guard {
        Handler wrap(Operation operation, Handler handler);
    }

    private final RoutesConfig routes;
    private final Guard guard;
    private final List<Operation> documented = new ArrayList<>();

    public Endpoints(RoutesConfig routes, Guard guard) {
        this.routes = routes;
        this.guard = guard;
    }

    public Endpoints add(Operation.Builder doc, Handler unguarded) {
        Operation op = doc.build();
        Handler handler = guard.wrap(op, unguarded);
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
