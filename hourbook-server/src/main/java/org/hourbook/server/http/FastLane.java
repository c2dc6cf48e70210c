package org.hourbook.server.http;

import java.util.List;
import java.util.concurrent.Executor;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.VirtualThreads;

/**
 * The outermost handler: a few answers kept in memory go out on the thread that read the request,
 * everything else goes to Javalin on a virtual thread, as it would without this. Jetty runs a
 * handler on the reading thread only when the whole server says it never blocks, so this one says
 * so and hands off the rest itself. Only for answers that need no database and no lock held long
 * ({@link Shortcut}); the public retainer page went from 0.17 to 0.64–0.67 of nginx serving the
 * same bytes (bench/README.md, "d"): working it out per view, the hand-off to another thread and
 * Javalin's servlet path were most of its cost. For other requests the diary bench read 0.61
 * of bare SQL against 0.51 before, in the same hour, with a longer tail: p99 7.9 ms against
 * 5.0 ms (goal &lt; 10 ms). Declaring the server "either" instead, or running Javalin in place
 * when already on a virtual thread, cut the diary to 0.28.
 * <pre>
 *  Jetty reads a request ─┬─ a shortcut has the answer ──> written from memory, logged
 *                         └─ otherwise ──> virtual thread ──> Javalin (before-handlers, routes, pages)
 * </pre>
 */
public final class FastLane extends Handler.Wrapper {
    /** An answer kept in memory. Must not block: no database, no file, no waiting. */
    public interface Shortcut {
        /** The route template it answers, for the request log and metrics. */
        String route();

        /**
         * Answers {@code request} when it can, calling {@code callback} once written; false when
         * it cannot, and then it has touched neither the response nor the callback.
         */
        boolean answer(Request request, Response response, Callback callback);
    }

    /** What the server does around every answer: whether it takes requests, counting them in and out, and the request log. */
    public interface Admission {
        /** False while stopping: the request goes the usual way, which says so. Else counted in until {@link #leave}. */
        boolean enter();

        /** Counts a request out; {@code route} is {@code null} when no shortcut answered it (it goes the usual way). */
        void leave(String method, String route, int status, long nanos);
    }

    private final List<Shortcut> shortcuts;
    private final Admission admission;
    private volatile Executor executor;

    public FastLane(List<Shortcut> shortcuts, Admission admission) {
        this.shortcuts = List.copyOf(shortcuts);
        this.admission = admission;
    }

    @Override
    public InvocationType getInvocationType() {
        return InvocationType.NON_BLOCKING;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        Executor virtual = VirtualThreads.getVirtualThreadsExecutor(getServer().getThreadPool());
        executor = virtual != null ? virtual : getServer().getThreadPool();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        if (!shortcuts.isEmpty() && admission.enter()) {
            long start = System.nanoTime();
            for (Shortcut s : shortcuts) {
                if (s.answer(request, response, counted(s.route(), request, response, callback, start))) return true;
            }
            admission.leave(request.getMethod(), null, 0, 0);
        }
        executor.execute(() -> {
            try {
                if (!super.handle(request, response, callback)) Response.writeError(request, response, callback, 404);
            } catch (Throwable t) {
                Response.writeError(request, response, callback, t);
            }
        });
        return true;
    }

    /** {@code callback}, counting the request out and logging it once the answer is written. */
    private Callback counted(String route, Request request, Response response, Callback callback, long start) {
        return new Callback() {
            @Override
            public void succeeded() {
                admission.leave(request.getMethod(), route, response.getStatus(), System.nanoTime() - start);
                callback.succeeded();
            }

            @Override
            public void failed(Throwable x) {
                admission.leave(request.getMethod(), route, response.getStatus(), System.nanoTime() - start);
                callback.failed(x);
            }

            @Override
            public InvocationType getInvocationType() {
                return callback.getInvocationType();
            }
        };
    }
}
