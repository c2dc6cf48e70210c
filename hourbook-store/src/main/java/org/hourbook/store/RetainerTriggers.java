package org.hourbook.store;

/**
 * The one piece of schema the two databases cannot share: triggers that bump a retainer's
 * {@code data_version} whenever one of its segments is added, changed or deleted, whoever writes
 * it (V12). The public retainer page caches its work-out per version, so a segment that arrives
 * through any path shows on the next load.
 */
final class RetainerTriggers {
    private RetainerTriggers() {}

    static String of(Dialect dialect) {
        return switch (dialect) {
            case SQLITE -> """
                    CREATE TRIGGER segments_retainer_insert AFTER INSERT ON segments BEGIN
                        UPDATE retainer_terms SET data_version = data_version + 1 WHERE contract_id = NEW.contract_id;
                    END;
                    CREATE TRIGGER segments_retainer_update AFTER UPDATE ON segments BEGIN
                        UPDATE retainer_terms SET data_version = data_version + 1 WHERE contract_id IN (OLD.contract_id, NEW.contract_id);
                    END;
                    CREATE TRIGGER segments_retainer_delete AFTER DELETE ON segments BEGIN
                        UPDATE retainer_terms SET data_version = data_version + 1 WHERE contract_id = OLD.contract_id;
                    END;
                    """;
            case POSTGRES -> """
                    CREATE FUNCTION segments_retainer_bump() RETURNS trigger AS $$
                    BEGIN
                        IF TG_OP <> 'INSERT' THEN
                            UPDATE retainer_terms SET data_version = data_version + 1 WHERE contract_id = OLD.contract_id;
                        END IF;
                        IF TG_OP <> 'DELETE' THEN
                            UPDATE retainer_terms SET data_version = data_version + 1 WHERE contract_id = NEW.contract_id;
                        END IF;
                        RETURN NULL;
                    END
                    $$ LANGUAGE plpgsql;
                    CREATE TRIGGER segments_retainer_bump AFTER INSERT OR UPDATE OR DELETE ON segments
                        FOR EACH ROW EXECUTE FUNCTION segments_retainer_bump();
                    """;
        };
    }
}
