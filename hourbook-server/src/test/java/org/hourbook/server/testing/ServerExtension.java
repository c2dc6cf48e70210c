package org.hourbook.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.hourbook.store.testing.Backend;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts a {@link TestServer} before each test (over the backend the test class names, SQLite
 * by default) and stops it after; sets the test's fields of type {@link TestServer},
 * {@link Fixtures} and {@link WebWorld}, and resolves parameters of those types. See
 * {@link RealServer}.
 */
public final class ServerExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(ServerExtension.class);

    private record Running(TestServer server, Fixtures fixtures, WebWorld world, Path dir) {}

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        Object test = context.getRequiredTestInstance();
        Path dir = Files.createTempDirectory("hourbook-it-");
        TestServer server = TestServer.start(backendOf(test), dir);
        Fixtures fixtures = new Fixtures(server);
        WebWorld world = declares(test, WebWorld.class) ? WebWorld.seed(server) : null;
        context.getStore(NS).put(Running.class, new Running(server, fixtures, world, dir));
        for (Class<?> c = test.getClass(); c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                Object value = f.getType() == TestServer.class ? server : f.getType() == Fixtures.class ? fixtures
                        : f.getType() == WebWorld.class ? world : null;
                if (value == null) continue;
                f.setAccessible(true);
                f.set(test, value);
            }
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Running running = context.getStore(NS).remove(Running.class, Running.class);
        if (running == null) return;
        try {
            running.server().close();
        } finally {
            delete(running.dir());
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
        Class<?> type = p.getParameter().getType();
        return type == TestServer.class || type == Fixtures.class || type == WebWorld.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
        Running r = e.getStore(NS).get(Running.class, Running.class);
        Class<?> type = p.getParameter().getType();
        if (type == TestServer.class) return r.server();
        if (type == Fixtures.class) return r.fixtures();
        return r.world() != null ? r.world() : WebWorld.seed(r.server());
    }

    /** The value of the test's {@code Backend} field (a {@code @Parameter} of a parameterized class), else SQLite. */
    private static Backend backendOf(Object test) throws IllegalAccessException {
        for (Class<?> c = test.getClass(); c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getType() != Backend.class) continue;
                f.setAccessible(true);
                Backend b = (Backend) f.get(test);
                if (b != null) return b;
            }
        }
        return Backend.SQLITE;
    }

    private static boolean declares(Object test, Class<?> type) {
        for (Class<?> c = test.getClass(); c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) if (f.getType() == type) return true;
        }
        return false;
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
