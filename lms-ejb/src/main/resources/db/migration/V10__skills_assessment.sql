-- Skill assessments: dated levels of a skill of content/skills.yaml from one source (SELF, MANAGER, TEST).
-- Rows are only ever added: a new assessment is new history, never an update.
-- Portable between MySQL/MariaDB and H2 in MySQL mode.

INSERT INTO id_gen (gen_name, next_val) VALUES ('assessment', 0);

CREATE TABLE assessment (
    id BIGINT NOT NULL PRIMARY KEY,
    staff_id BIGINT NOT NULL,
    skill_code VARCHAR(32) NOT NULL,
    skill_level INT NOT NULL,
    source VARCHAR(16) NOT NULL,
    assessed_on DATE NOT NULL,
    framework_version VARCHAR(64) NOT NULL,
    recorded_by VARCHAR(64) NOT NULL,
    recorded_at DATETIME NOT NULL,
    CONSTRAINT fk_assessment_staff FOREIGN KEY (staff_id) REFERENCES staff (id)
);
-- "The latest per person, skill and source as of a date": the newest row of (staff, skill, source) with
-- assessed_on <= the date is the first one this index reads backwards from that date.
CREATE INDEX ix_assessment_latest ON assessment (staff_id, skill_code, source, assessed_on, recorded_at);
