package org.hourbook.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Core is the rules of time and money and nothing else: no files, sockets, SQL, HTTP, UI, and no
 * reading of the clock (a {@link Clock} or an {@code Instant now} is passed in, so tests pin time).
 */
class CorePurityTest {
    static JavaClasses core;

    static final ArchRule NO_IO_SQL_HTTP_OR_UI = noClasses().that().resideInAPackage("org.hourbook.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "java.sql..", "javax.sql..", "java.net..", "java.nio.file..", "java.nio.channels..",
                    "java.awt..", "javax.swing..", "io.javalin..", "org.jdbi..", "jakarta.servlet..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.File")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileInputStream")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileOutputStream")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileReader")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.FileWriter")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.io.RandomAccessFile")
            .because("core holds rules only; storage, network and UI live in the outer modules");

    static final ArchRule NO_CLOCK_READS = noClasses().that().resideInAPackage("org.hourbook.core..")
            .should().callMethod(Instant.class, "now")
            .orShould().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(LocalTime.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now")
            .orShould().callMethod(OffsetDateTime.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(System.class, "nanoTime")
            .orShould().callMethod(Clock.class, "systemUTC")
            .orShould().callMethod(Clock.class, "systemDefaultZone")
            .because("rules take the time as an argument so that tests can pin it");

    static final ArchRule NO_OUTER_MODULES = noClasses().that().resideInAPackage("org.hourbook.core..")
            .should().dependOnClassesThat().resideInAnyPackage("org.hourbook.store..", "org.hourbook.server..", "org.hourbook.app..", "org.hourbook.tracker..")
            .because("dependencies point one way: outer modules -> core");

    @BeforeAll
    static void importCore() {
        // Not ImportOption.DO_NOT_INCLUDE_TESTS: it only knows ".../target/test-classes", and our builds may use -Dhb.buildDir.
        ImportOption mainOnly = location -> !location.contains("/test-classes/");
        core = new ClassFileImporter().withImportOption(mainOnly).importPackages("org.hourbook.core");
    }

    @Test
    void core_classes_were_found() {
        assertThat(core).extracting(c -> c.getSimpleName()).contains("Segment", "WeeklyLimitPolicy", "DiaryDay");
    }

    @Test
    void core_does_no_io_sql_http_or_ui() {
        NO_IO_SQL_HTTP_OR_UI.check(core);
    }

    @Test
    void core_never_reads_the_clock() {
        NO_CLOCK_READS.check(core);
    }

    @Test
    void core_depends_on_no_outer_module() {
        NO_OUTER_MODULES.check(core);
    }

    /** Guards the guards: each rule must catch a class that breaks it. */
    @Test
    void the_rules_catch_offenders() {
        JavaClasses offenders = new ClassFileImporter().importClasses(ClockReader.class, FileReaderOffender.class);
        assertThat(NO_CLOCK_READS.evaluate(offenders).hasViolation()).isTrue();
        assertThat(NO_IO_SQL_HTTP_OR_UI.evaluate(offenders).hasViolation()).isTrue();
        JavaClasses passing = new ClassFileImporter().importClasses(ClockTaker.class);
        assertThat(NO_CLOCK_READS.evaluate(passing).hasViolation()).isFalse();
    }

    static class ClockReader {
        Instant read() {
            return Instant.now();
        }
    }

    static class ClockTaker {
        Instant read(Clock clock) {
            return Instant.now(clock);
        }
    }

    static class FileReaderOffender {
        boolean exists(String path) {
            return new java.io.File(path).exists();
        }
    }
}
