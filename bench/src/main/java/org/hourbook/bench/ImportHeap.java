package org.hourbook.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.hourbook.core.account.OrgKind;
import org.hourbook.core.contract.BillingRounding;
import org.hourbook.core.contract.ContractStatus;
import org.hourbook.core.contract.ContractTerms;
import org.hourbook.core.contract.ScreenshotPolicy;
import org.hourbook.core.retainer.CycleRule;
import org.hourbook.core.retainer.RetainerTerms;
import org.hourbook.server.Config;
import org.hourbook.server.Services;
import org.hourbook.server.importing.ImportRequest;
import org.hourbook.store.Database;
import org.hourbook.store.StoreConfig;
import org.hourbook.store.blob.LocalBlobStore;

/**
 * f. Run in a JVM of its own with {@code -Xmx256m}: writes a file of N rows, imports it into a new
 * retainer (preview pass and import pass, as {@code hourbook import} does) and prints the rows, the
 * time and the heap's peak. An out-of-memory error would end it with a failure.
 * <pre>java -Xmx256m -cp bench/target/benchmarks.jar org.hourbook.bench.ImportHeap DIR 1000000</pre>
 */
public final class ImportHeap {
    private ImportHeap() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args[0]));
        int rows = Integer.parseInt(args[1]);
        Path file = RetainerBench.csv(dir.resolve("rows.csv"), rows);
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) p.resetPeakUsage();
        Instant now = Instant.now();
        try (Database db = Database.open(StoreConfig.sqlite(dir))) {
            Services services = Services.create(Config.local("127.0.0.1", 0, dir), db, new LocalBlobStore(dir.resolve("blobs")),
                    java.time.Clock.systemUTC());
            long client = db.accounts().createOrganization("Heap bench", OrgKind.CLIENT, now).id();
            long user = db.accounts().createUser("heap@bench.example", "Heap", ZoneOffset.UTC, null, now).id();
            ContractTerms c = db.contracts().create(new ContractTerms(0, client, user, null, "Heap bench", 0, "EUR", null, true, List.of(),
                    ScreenshotPolicy.NONE, 10, ZoneOffset.UTC, ContractStatus.ACTIVE, BillingRounding.SEGMENT));
            db.retainers().create(c.id(), new RetainerTerms(40 * 3600L, new CycleRule.Monthly(1), null, true, ZoneOffset.UTC), false,
                    now.minus(Duration.ofDays(400)));
            long t0 = System.nanoTime();
            var r = services.imports().commitLocal(c.id(), () -> Files.newInputStream(file), ImportRequest.of("rows.csv"));
            double s = (System.nanoTime() - t0) / 1e9;
            long peak = 0;
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                if (p.getType() == MemoryType.HEAP) peak += p.getPeakUsage().getUsed();
            }
            System.out.printf("f. import of %,d rows (%,d MB file) with -Xmx%d MB: %,d rows added in %.1f s (%,.0f rows/s); heap peak %d MB%n",
                    rows, Files.size(file) >> 20, Runtime.getRuntime().maxMemory() >> 20, r.stored().rowsAdded(), s, rows / s, peak >> 20);
        }
    }
}
