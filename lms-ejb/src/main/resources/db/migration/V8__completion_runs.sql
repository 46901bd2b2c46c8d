-- Runs of the completions import (completions.csv from the e-learning platforms), so that the office can
-- see past runs, and the rows each run rejected. Portable between MySQL/MariaDB and H2 in MySQL mode.

INSERT INTO id_gen (gen_name, next_val) VALUES ('completion_run', 0);
INSERT INTO id_gen (gen_name, next_val) VALUES ('completion_rejection', 0);
-- the row every completions import locks, so that two imports never record the same completion at once
INSERT INTO id_gen (gen_name, next_val) VALUES ('completion_import', 0);

CREATE TABLE completion_run (
    id BIGINT NOT NULL PRIMARY KEY,
    started_at DATETIME NOT NULL,
    finished_at DATETIME,
    started_by VARCHAR(64) NOT NULL,
    channel VARCHAR(16) NOT NULL,
    file_name VARCHAR(255),
    dry_run BOOLEAN NOT NULL,
    outcome VARCHAR(16) NOT NULL,
    row_count INT NOT NULL,
    recorded INT NOT NULL,
    unchanged INT NOT NULL,
    rejected INT NOT NULL,
    tiers_achieved INT NOT NULL,
    refused_because VARCHAR(1000),
    refused_because_en VARCHAR(1000),
    duration_ms BIGINT NOT NULL
);
CREATE INDEX ix_completion_run_started ON completion_run (started_at);

CREATE TABLE completion_rejection (
    id BIGINT NOT NULL PRIMARY KEY,
    run_id BIGINT NOT NULL,
    file_name VARCHAR(255) NOT NULL,
    line_no INT NOT NULL,
    field VARCHAR(100),
    field_value VARCHAR(500),
    reason VARCHAR(1000) NOT NULL,
    reason_en VARCHAR(1000) NOT NULL,
    CONSTRAINT fk_completion_rejection_run FOREIGN KEY (run_id) REFERENCES completion_run (id)
);
CREATE INDEX ix_completion_rejection_run ON completion_rejection (run_id, line_no);
