-- Cohorts (対象者グループ): the training office's rules on the registry, each rule version kept, and the
-- membership as spells (valid_from..valid_to, both inclusive, valid_to NULL while it lasts) with why each
-- began and ended (rule version, registry run). Spells are closed, never rewritten.
-- Portable between MySQL/MariaDB and H2 in MySQL mode.

INSERT INTO id_gen (gen_name, next_val) VALUES ('cohort', 0);
INSERT INTO id_gen (gen_name, next_val) VALUES ('cohort_rule_version', 0);
INSERT INTO id_gen (gen_name, next_val) VALUES ('cohort_membership', 0);

CREATE TABLE cohort (
    id BIGINT NOT NULL PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    rule_text VARCHAR(4000) NOT NULL,
    rule_version INT NOT NULL,
    created_on DATE NOT NULL,
    created_by VARCHAR(64) NOT NULL,
    created_at DATETIME NOT NULL,
    version BIGINT NOT NULL
);

CREATE TABLE cohort_rule_version (
    id BIGINT NOT NULL PRIMARY KEY,
    cohort_id BIGINT NOT NULL,
    rule_version INT NOT NULL,
    rule_text VARCHAR(4000) NOT NULL,
    saved_by VARCHAR(64) NOT NULL,
    saved_at DATETIME NOT NULL,
    CONSTRAINT uq_cohort_rule_version UNIQUE (cohort_id, rule_version),
    CONSTRAINT fk_cohort_rule_version_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id)
);

CREATE TABLE cohort_membership (
    id BIGINT NOT NULL PRIMARY KEY,
    cohort_id BIGINT NOT NULL,
    staff_id BIGINT NOT NULL,
    valid_from DATE NOT NULL,
    valid_to DATE,
    joined_version INT NOT NULL,
    joined_run BIGINT,
    left_version INT,
    left_run BIGINT,
    CONSTRAINT fk_cohort_membership_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_cohort_membership_staff FOREIGN KEY (staff_id) REFERENCES staff (id)
);
-- "members on D" and "joined/left between": by cohort and dates; "this person's spells": by person
CREATE INDEX ix_cohort_membership_dates ON cohort_membership (cohort_id, valid_from, valid_to);
CREATE INDEX ix_cohort_membership_staff ON cohort_membership (staff_id, cohort_id, valid_to);
