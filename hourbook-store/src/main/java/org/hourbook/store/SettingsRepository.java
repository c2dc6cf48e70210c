package org.hourbook.store;

import java.util.Optional;

/**
 * Instance-wide settings, notably secrets generated on first start: every node calls
 * {@link #putIfAbsent} with its own fresh candidate and all of them end up with the same value.
 */
public final class SettingsRepository {
    private final HandleSource handles;

    SettingsRepository(HandleSource handles) {
        this.handles = handles;
    }

    public Optional<String> get(String name) {
        return handles.with(h -> h.createQuery("SELECT value FROM settings WHERE name = :name").bind("name", name).mapTo(String.class).findOne());
    }

    /** Stores {@code value} unless the setting exists; returns the value in effect. Race-free across nodes. */
    public String putIfAbsent(String name, String value) {
        return handles.atomically(h -> {
            h.createUpdate("INSERT INTO settings (name, value) VALUES (:name, :value) ON CONFLICT (name) DO NOTHING")
                    .bind("name", name).bind("value", value).execute();
            return h.createQuery("SELECT value FROM settings WHERE name = :name").bind("name", name).mapTo(String.class).one();
        });
    }

    public void put(String name, String value) {
        handles.write(h -> h.createUpdate("""
                        INSERT INTO settings (name, value) VALUES (:name, :value) ON CONFLICT (name) DO UPDATE SET value = excluded.value""")
                .bind("name", name).bind("value", value).execute());
    }
}
