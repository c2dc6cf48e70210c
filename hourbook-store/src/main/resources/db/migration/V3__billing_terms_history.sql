-- Billing terms (rate, currency, weekly limit, rounding) per billing week, so that changing them
-- never re-bills a week whose timesheet is final. A row is in force from the billing week that
-- starts at effective_from (epoch seconds of a Monday 00:00 UTC) until the next row. A contract
-- whose billing terms never changed has no rows: its contracts row is in force for every week.
-- The contracts row always holds the latest terms.
CREATE TABLE contract_billing_terms (
    contract_id BIGINT NOT NULL REFERENCES contracts (id),
    effective_from BIGINT NOT NULL,
    rate_minor BIGINT NOT NULL,
    currency TEXT NOT NULL,
    weekly_limit_hours INTEGER,
    rounding TEXT NOT NULL CHECK (rounding IN ('SEGMENT', 'EXACT')),
    PRIMARY KEY (contract_id, effective_from)
);
