-- Cohorts assigned to courses with a due date (and maybe placed in offerings), and the requirements
-- (必修) that follow for each person: from a cohort's assignment or from position-based training
-- (階層別研修) of a fiscal year. source_key names where a requirement comes from
-- ('cohort-assignment:12', 'position:new-director:2026'): one per person and source, so that
-- evaluating again never requires anything twice. A requirement that no longer applies is ended, not
-- deleted.
-- Portable between MySQL/MariaDB and H2 in MySQL mode.

INSERT INTO id_gen (gen_name, next_val) VALUES ('cohort_assignment', 0);
INSERT INTO id_gen (gen_name, next_val) VALUES ('requirement', 0);

CREATE TABLE cohort_assignment (
    id BIGINT NOT NULL PRIMARY KEY,
    cohort_id BIGINT NOT NULL,
    course_id BIGINT NOT NULL,
    due_on DATE NOT NULL,
    mode VARCHAR(16) NOT NULL,
    overflow VARCHAR(16),
    assigned_on DATE NOT NULL,
    assigned_by VARCHAR(64) NOT NULL,
    assigned_at DATETIME NOT NULL,
    CONSTRAINT fk_cohort_assignment_cohort FOREIGN KEY (cohort_id) REFERENCES cohort (id),
    CONSTRAINT fk_cohort_assignment_course FOREIGN KEY (course_id) REFERENCES course (id)
);

CREATE TABLE requirement (
    id BIGINT NOT NULL PRIMARY KEY,
    staff_id BIGINT NOT NULL,
    course_id BIGINT NOT NULL,
    due_on DATE NOT NULL,
    counts_from DATE NOT NULL,
    source_key VARCHAR(100) NOT NULL,
    cohort_assignment_id BIGINT,
    position_training VARCHAR(64),
    required_from DATE NOT NULL,
    ended_on DATE,
    CONSTRAINT uq_requirement UNIQUE (source_key, staff_id),
    CONSTRAINT fk_requirement_staff FOREIGN KEY (staff_id) REFERENCES staff (id),
    CONSTRAINT fk_requirement_course FOREIGN KEY (course_id) REFERENCES course (id),
    CONSTRAINT fk_requirement_assignment FOREIGN KEY (cohort_assignment_id) REFERENCES cohort_assignment (id)
);
CREATE INDEX ix_requirement_staff ON requirement (staff_id, ended_on);
CREATE INDEX ix_requirement_open ON requirement (ended_on, due_on);
