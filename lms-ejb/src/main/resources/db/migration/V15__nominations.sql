-- Nominations (所属長推薦): rounds for a course or a tier with a deadline, seats and a pool of quota
-- left unused; a quota per department (top-level unit) whose row every nomination locks, so that the
-- count of nominations never passes the quota; and the nominations with the office's decision.
-- Portable between MySQL/MariaDB and H2 in MySQL mode.

INSERT INTO id_gen (gen_name, next_val) VALUES ('nomination_round', 0);
INSERT INTO id_gen (gen_name, next_val) VALUES ('department_quota', 0);
INSERT INTO id_gen (gen_name, next_val) VALUES ('nomination', 0);

CREATE TABLE nomination_round (
    id BIGINT NOT NULL PRIMARY KEY,
    title VARCHAR(200) NOT NULL,
    course_code VARCHAR(64),
    tier VARCHAR(32),
    fiscal_year INT NOT NULL,
    deadline DATE NOT NULL,
    seats INT NOT NULL,
    pool INT NOT NULL,
    status VARCHAR(16) NOT NULL,
    opened_by VARCHAR(64) NOT NULL,
    opened_at DATETIME NOT NULL,
    version BIGINT NOT NULL
);

CREATE TABLE department_quota (
    id BIGINT NOT NULL PRIMARY KEY,
    round_id BIGINT NOT NULL,
    unit_code VARCHAR(64) NOT NULL,
    unit_name VARCHAR(200) NOT NULL,
    quota INT NOT NULL,
    nominated INT NOT NULL,
    released INT NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_department_quota UNIQUE (round_id, unit_code),
    CONSTRAINT fk_department_quota_round FOREIGN KEY (round_id) REFERENCES nomination_round (id)
);
CREATE INDEX ix_department_quota_unit ON department_quota (unit_code);

CREATE TABLE nomination (
    id BIGINT NOT NULL PRIMARY KEY,
    round_id BIGINT NOT NULL,
    quota_id BIGINT NOT NULL,
    staff_id BIGINT NOT NULL,
    reason VARCHAR(1000) NOT NULL,
    nominated_by VARCHAR(64) NOT NULL,
    nominated_at DATETIME NOT NULL,
    status VARCHAR(16) NOT NULL,
    decided_by VARCHAR(64),
    decided_at DATETIME,
    decision_reason VARCHAR(1000),
    enrolled_offering BIGINT,
    version BIGINT NOT NULL,
    CONSTRAINT uq_nomination UNIQUE (round_id, staff_id),
    CONSTRAINT fk_nomination_round FOREIGN KEY (round_id) REFERENCES nomination_round (id),
    CONSTRAINT fk_nomination_quota FOREIGN KEY (quota_id) REFERENCES department_quota (id),
    CONSTRAINT fk_nomination_staff FOREIGN KEY (staff_id) REFERENCES staff (id)
);
CREATE INDEX ix_nomination_quota ON nomination (quota_id, nominated_at);
