package org.hourbook.server.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Each test of the class gets the real server, started fresh over a new database in a temp
 * folder and stopped after it ({@link ServerExtension}):
 * <pre>
 * &#64;RealServer
 * class ContractApiIT {
 *     TestServer server;     // set before each test
 *     Fixtures fx;           // people, organizations and contracts named for intent
 *     WebWorld world;        // the small agency the page tests share (seeded only when declared)
 *
 *     &#64;Test void ... { var w = fx.hourlyContractWithLimit(20); var fran = server.api(w.freelancer().token()); ... }
 * }
 * </pre>
 * The database is SQLite unless the class declares a {@code Backend} field — with
 * {@code @ParameterizedClass @EnumSource(Backend.class)} and {@code @Parameter Backend backend}
 * every test runs on SQLite and on PostgreSQL.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ServerExtension.class)
public @interface RealServer {}
