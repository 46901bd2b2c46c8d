-- Effective-dated history of the registry, and the record of every import run.
-- An assignment (配属) is who worked where, in which position, under whom, from a date to a date (inclusive;
-- open-ended while current). Org units keep versions of their name, kind and parent the same way.

ALTER TABLE org_unit ADD COLUMN closed_on DATE;
ALTER TABLE staff ADD COLUMN left_on DATE;

CREATE TABLE org_unit_version (
    id BIGINT NOT NULL PRIMARY KEY,
    org_unit_id BIGINT NOT NULL,
    name VARCHAR(200) NOT NULL,
    kind VARCHAR(32),
    parent_id BIGINT,
    valid_from DATE NOT NULL,
    valid_to DATE,
    CONSTRAINT fk_org_unit_version_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_org_unit_version_parent FOREIGN KEY (parent_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_org_unit_version_unit ON org_unit_version (org_unit_id, valid_from);

CREATE TABLE assignment (
    id BIGINT NOT NULL PRIMARY KEY,
    staff_id BIGINT NOT NULL,
    org_unit_id BIGINT NOT NULL,
    position VARCHAR(64) NOT NULL,
    manager_no VARCHAR(32),
    status VARCHAR(16) NOT NULL,
    valid_from DATE NOT NULL,
    valid_to DATE,
    CONSTRAINT fk_assignment_staff FOREIGN KEY (staff_id) REFERENCES staff (id),
    CONSTRAINT fk_assignment_org_unit FOREIGN KEY (org_unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_assignment_staff ON assignment (staff_id, valid_from);
CREATE INDEX ix_assignment_org_unit ON assignment (org_unit_id, valid_from);

-- what the registry held before history existed becomes its first version
INSERT INTO org_unit_version (id, org_unit_id, name, kind, parent_id, valid_from, valid_to)
    SELECT id, id, name, kind, parent_id, DATE '2023-04-01', NULL FROM org_unit;
INSERT INTO assignment (id, staff_id, org_unit_id, position, manager_no, status, valid_from, valid_to)
    SELECT id, id, org_unit_id, position, manager_no, status, DATE '2023-04-01', NULL FROM staff WHERE status <> 'LEFT';
INSERT INTO id_gen (gen_name, next_val) SELECT 'org_unit_version', COALESCE(MAX(id), 0) FROM org_unit;
INSERT INTO id_gen (gen_name, next_val) SELECT 'assignment', COALESCE(MAX(id), 0) FROM staff;

CREATE TABLE import_run (
    id BIGINT NOT NULL PRIMARY KEY,
    started_at TIMESTAMP NOT NULL,
    finished_at TIMESTAMP NULL,
    started_by VARCHAR(64) NOT NULL,
    channel VARCHAR(16) NOT NULL,
    orgs_file VARCHAR(255),
    staff_file VARCHAR(255),
    effective DATE NOT NULL,
    dry_run BOOLEAN NOT NULL,
    confirmed BOOLEAN NOT NULL,
    outcome VARCHAR(16) NOT NULL,
    refused_reason VARCHAR(32),
    refused_because VARCHAR(1000),
    refused_because_en VARCHAR(1000),
    hired INT NOT NULL,
    transferred INT NOT NULL,
    position_changed INT NOT NULL,
    updated INT NOT NULL,
    left_count INT NOT NULL,
    unchanged INT NOT NULL,
    rejected INT NOT NULL,
    orgs_added INT NOT NULL,
    orgs_renamed INT NOT NULL,
    orgs_moved INT NOT NULL,
    orgs_closed INT NOT NULL,
    orgs_reopened INT NOT NULL,
    staff_rows INT NOT NULL,
    duration_ms BIGINT NOT NULL
);
CREATE INDEX ix_import_run_started ON import_run (started_at);

CREATE TABLE import_rejection (
    id BIGINT NOT NULL PRIMARY KEY,
    run_id BIGINT NOT NULL,
    file_name VARCHAR(255) NOT NULL,
    line_no INT NOT NULL,
    field VARCHAR(100),
    field_value VARCHAR(500),
    reason VARCHAR(1000) NOT NULL,
    reason_en VARCHAR(1000) NOT NULL,
    CONSTRAINT fk_import_rejection_run FOREIGN KEY (run_id) REFERENCES import_run (id)
);
CREATE INDEX ix_import_rejection_run ON import_rejection (run_id, line_no);
INSERT INTO id_gen (gen_name, next_val) VALUES ('import_run', 0);
INSERT INTO id_gen (gen_name, next_val) VALUES ('import_rejection', 0);
