package org.hourbook.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import org.hourbook.core.canary.ReadsTheClock;
import org.hourbook.core.canary.UsesTheServer;
import org.hourbook.server.Config;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way across modules: app → server → store → core, and the API's wire
 * types (api → core) for the server and its clients. Core holds the rules
 * of time and money and must stay testable in milliseconds, so it knows nothing of I/O, SQL,
 * HTTP, Swing or the system clock. (The core module has its own purity test; this one sees every
 * module's classes together, which only the app's classpath can.)
 */
class LayeringTest {
    private static final LayeredArchitecture LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("core").definedBy("org.hourbook.core..")
            .layer("api").definedBy("org.hourbook.api..")
            .layer("store").definedBy("org.hourbook.store..")
            .layer("server").definedBy("org.hourbook.server..")
            .layer("tracker").definedBy("org.hourbook.tracker..")
            .layer("app").definedBy("org.hourbook.app..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("tracker").mayOnlyBeAccessedByLayers("app")
            .whereLayer("server").mayOnlyBeAccessedByLayers("app")
            .whereLayer("store").mayOnlyBeAccessedByLayers("server", "app")
            .whereLayer("api").mayOnlyBeAccessedByLayers("server", "tracker", "app")
            .whereLayer("core").mayOnlyBeAccessedByLayers("api", "store", "server", "tracker", "app");

    private static final ArchRule CORE_READS_NO_CLOCK = noClasses().that().resideInAPackage("org.hourbook.core..")
            .should().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(System.class, "nanoTime")
            .orShould().callMethod(java.time.Instant.class, "now")
            .orShould().callMethod(java.time.LocalDate.class, "now")
            .orShould().callMethod(java.time.LocalDateTime.class, "now")
            .orShould().callMethod(java.time.ZonedDateTime.class, "now")
            .orShould().callMethod(java.time.OffsetDateTime.class, "now")
            .orShould().callMethod(java.time.LocalTime.class, "now")
            .orShould().callMethod(java.time.Clock.class, "systemUTC")
            .orShould().callMethod(java.time.Clock.class, "systemDefaultZone")
            .because("a Clock is passed in, so that tests pin time");

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        // Not ImportOption.DO_NOT_INCLUDE_TESTS: it knows only target/test-classes, and parallel
        // builds here use other output folders (-Dhb.buildDir=target-x).
        ImportOption productionOnly = location -> !location.contains("/test-classes/") && !location.contains("-tests.jar");
        classes = new ClassFileImporter().withImportOption(productionOnly).importPackages("org.hourbook");
    }

    @Test
    void modules_depend_only_on_the_layers_below_them() {
        LAYERS.check(classes);
    }

    @Test
    void core_depends_on_nothing_of_ours_but_itself() {
        noClasses().that().resideInAPackage("org.hourbook.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hourbook.store..", "org.hourbook.server..", "org.hourbook.app..")
                .check(classes);
    }

    @Test
    void core_knows_nothing_of_io_sql_http_or_user_interfaces() {
        noClasses().that().resideInAPackage("org.hourbook.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "java.io..", "java.nio.file..", "java.nio.channels..", "java.net..", "java.sql..", "javax.sql..",
                        "java.awt..", "javax.swing..", "javax.imageio..", "java.net.http..",
                        "org.jdbi..", "org.flywaydb..", "com.zaxxer..", "org.sqlite..", "org.postgresql..",
                        "io.javalin..", "jakarta.servlet..", "org.eclipse.jetty..", "gg.jte..", "com.fasterxml..",
                        "software.amazon..", "org.slf4j..", "io.micrometer..")
                .because("core is the rules of time and money, tested in milliseconds without any I/O")
                .check(classes);
    }

    @Test
    void core_never_reads_the_clock_itself() {
        CORE_READS_NO_CLOCK.check(classes);
    }

    @Test
    void the_rules_catch_a_core_class_that_reads_the_clock_or_reaches_up_into_the_server() {
        JavaClasses canaries = new ClassFileImporter().importClasses(ReadsTheClock.class, UsesTheServer.class, Config.class);
        assertThatThrownBy(() -> CORE_READS_NO_CLOCK.check(canaries)).isInstanceOf(AssertionError.class).hasMessageContaining("ReadsTheClock");
        // The canaries alone leave the upper layers empty, which is fine for this check only.
        assertThatThrownBy(() -> LAYERS.withOptionalLayers(true).check(canaries)).isInstanceOf(AssertionError.class).hasMessageContaining("UsesTheServer");
    }

    @Test
    void services_know_nothing_of_http() {
        noClasses().that().resideInAPackage("org.hourbook.server..")
                .and().haveSimpleNameEndingWith("Service").or().haveSimpleName("SegmentEdits").or().haveSimpleName("SegmentUploads")
                .or().haveSimpleName("Credentials")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "jakarta.servlet..", "org.eclipse.jetty..")
                .because("services return domain results (or throw a Refusal); one mapping at the edge turns them into statuses")
                .check(classes);
    }

    @Test
    void the_wire_types_know_nothing_of_the_server_or_the_store() {
        noClasses().that().resideInAPackage("org.hourbook.api..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hourbook.server..", "org.hourbook.store..", "io.javalin..")
                .check(classes);
    }

    @Test
    void store_knows_nothing_of_http_or_web_pages() {
        noClasses().that().resideInAPackage("org.hourbook.store..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "jakarta.servlet..", "org.eclipse.jetty..", "gg.jte..")
                .check(classes);
    }
}
