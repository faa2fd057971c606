CREATE TABLE submissions (
    id TEXT PRIMARY KEY,
    department TEXT NOT NULL,
    district TEXT NULL,
    year BIGINT NOT NULL,
    kind TEXT NOT NULL,
    file_name TEXT NOT NULL,
    content_type TEXT NULL,
    content_hash TEXT NOT NULL,
    size_bytes BIGINT NOT NULL,
    received_at TEXT NOT NULL,
    document_json TEXT NOT NULL,
    UNIQUE (department, content_hash)
);
CREATE INDEX ix_submissions_filter ON submissions (year, kind, department);

CREATE TABLE submission_files (
    submission_id TEXT PRIMARY KEY REFERENCES submissions (id),
    content BYTEA NOT NULL
);

CREATE TABLE runs (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    filter_json TEXT NULL,
    requested_by TEXT NULL,
    schedule_name TEXT NULL,
    created_at TEXT NOT NULL,
    finished_at TEXT NULL,
    total BIGINT NOT NULL
);

CREATE TABLE run_items (
    run_id TEXT NOT NULL REFERENCES runs (id),
    submission_id TEXT NOT NULL REFERENCES submissions (id),
    status TEXT NOT NULL,
    attempts BIGINT NOT NULL DEFAULT 0,
    error TEXT NULL,
    check_id TEXT NULL,
    PRIMARY KEY (run_id, submission_id)
);
CREATE INDEX ix_run_items_status ON run_items (run_id, status);

CREATE TABLE checks (
    id TEXT PRIMARY KEY,
    run_id TEXT NOT NULL REFERENCES runs (id),
    submission_id TEXT NOT NULL REFERENCES submissions (id),
    rule_sets_key TEXT NOT NULL,
    rule_sets_json TEXT NOT NULL,
    node TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    duration_ms BIGINT NOT NULL,
    errors BIGINT NOT NULL,
    warnings BIGINT NOT NULL,
    infos BIGINT NOT NULL,
    findings_json TEXT NOT NULL,
    UNIQUE (run_id, submission_id, rule_sets_key)
);
CREATE INDEX ix_checks_submission ON checks (submission_id, finished_at);

CREATE TABLE findings (
    check_id TEXT NOT NULL REFERENCES checks (id),
    ordinal BIGINT NOT NULL,
    rule_id TEXT NOT NULL,
    rule_set TEXT NOT NULL,
    severity TEXT NOT NULL,
    message TEXT NOT NULL,
    stated TEXT NULL,
    computed TEXT NULL,
    location_key TEXT NOT NULL,
    PRIMARY KEY (check_id, ordinal)
);

CREATE TABLE api_keys (
    id TEXT PRIMARY KEY,
    key_hash TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL,
    name TEXT NULL,
    created_at TEXT NOT NULL,
    revoked_at TEXT NULL
);

CREATE TABLE schedules (
    name TEXT PRIMARY KEY,
    cron TEXT NOT NULL,
    time_zone TEXT NOT NULL,
    job TEXT NOT NULL,
    filter_json TEXT NULL,
    enabled BIGINT NOT NULL,
    source TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT NULL
);

CREATE TABLE weekly_reports (
    week TEXT PRIMARY KEY,
    computed_at TEXT NOT NULL,
    digest_json TEXT NOT NULL
);

CREATE TABLE job_history (
    id TEXT PRIMARY KEY,
    job TEXT NOT NULL,
    trigger_name TEXT NULL,
    node TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    duration_ms BIGINT NOT NULL,
    succeeded BIGINT NOT NULL,
    recovering BIGINT NOT NULL,
    error TEXT NULL
);
CREATE INDEX ix_job_history_started ON job_history (started_at);
