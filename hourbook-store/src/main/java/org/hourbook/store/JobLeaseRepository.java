package org.hourbook.store;

import java.time.Duration;
import java.time.Instant;

/**
 * Leases that let one node at a time run a periodic job when several serve the same database.
 * <pre>
 * if (db.jobLeases().tryAcquire("purge-sessions", nodeId, clock.instant(), Duration.ofMinutes(5))) purge();
 * </pre>
 * A lease is taken when nobody holds it or the holder's lease expired; the holder renews it by
 * acquiring again. Decided by one atomic statement, so two nodes never both win.
 */
public final class JobLeaseRepository {
    private final HandleSource handles;

    JobLeaseRepository(HandleSource handles) {
        this.handles = handles;
    }

    /** @return whether {@code holder} now holds the lease on {@code job} until {@code now + ttl} */
    public boolean tryAcquire(String job, String holder, Instant now, Duration ttl) {
        return handles.atomically(h -> h.createQuery("""
                        INSERT INTO job_leases (name, holder, expires_at_ms) VALUES (:job, :holder, :until)
                        ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at_ms = excluded.expires_at_ms
                        WHERE job_leases.expires_at_ms <= :now OR job_leases.holder = excluded.holder
                        RETURNING holder""")
                .bind("job", job).bind("holder", holder).bind("now", now.toEpochMilli()).bind("until", now.plus(ttl).toEpochMilli())
                .mapTo(String.class).findOne().isPresent());
    }

    /** Gives the lease up early (e.g. on graceful shutdown); only its holder can. */
    public boolean release(String job, String holder) {
        return handles.write(h -> h.createUpdate("DELETE FROM job_leases WHERE name = :job AND holder = :holder")
                .bind("job", job).bind("holder", holder).execute()) == 1;
    }
}
