-- Cross-document checks: a link joins two submissions of one department — a pair (the year's budget, other_id, and
-- final accounts, checked_id) or a series (year N−1, other_id, and year N of the same kind, checked_id). Links are
-- found automatically (origin 'auto', replaced when a newer revision arrives) or set by a bureau user (origin
-- 'manual', never replaced automatically). Each check of a link under a rule-set version is stored once per run.
CREATE TABLE submission_links (
    id TEXT PRIMARY KEY,
    scope TEXT NOT NULL,
    checked_id TEXT NOT NULL REFERENCES submissions (id),
    other_id TEXT NOT NULL REFERENCES submissions (id),
    origin TEXT NOT NULL,
    set_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (scope, checked_id)
);
CREATE INDEX ix_submission_links_other ON submission_links (other_id);

CREATE TABLE link_checks (
    id TEXT PRIMARY KEY,
    link_id TEXT NOT NULL REFERENCES submission_links (id),
    checked_id TEXT NOT NULL REFERENCES submissions (id),
    other_id TEXT NOT NULL REFERENCES submissions (id),
    run_id TEXT NOT NULL,
    rule_sets_key TEXT NOT NULL,
    checked_at TEXT NOT NULL,
    errors INTEGER NOT NULL,
    warnings INTEGER NOT NULL,
    infos INTEGER NOT NULL,
    findings_json TEXT NOT NULL,
    UNIQUE (link_id, checked_id, other_id, run_id, rule_sets_key)
);
CREATE INDEX ix_link_checks_link ON link_checks (link_id, checked_at);
