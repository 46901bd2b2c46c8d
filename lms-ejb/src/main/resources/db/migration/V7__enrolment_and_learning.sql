-- The learning loop: enrolments in offerings (with the waitlist in order of arrival), the completions that
-- attendance and the e-learning platforms record, and the tiers people achieve by them.
-- Portable between MySQL/MariaDB and H2 in MySQL mode.

INSERT INTO id_gen (gen_name, next_val) VALUES ('enrolment', 0);
INSERT INTO id_gen (gen_name, next_val) VALUES ('completion', 0);
INSERT INTO id_gen (gen_name, next_val) VALUES ('tier_achievement', 0);

-- The offering counts its seats itself, under the row lock every enrolment takes: the catalogue reads
-- seats left without counting, and the count can never pass the capacity whatever arrives at once.
ALTER TABLE offering ADD COLUMN enrolled INT NOT NULL DEFAULT 0;
ALTER TABLE offering ADD COLUMN waitlisted INT NOT NULL DEFAULT 0;
ALTER TABLE offering ADD COLUMN arrivals BIGINT NOT NULL DEFAULT 0;

-- live is TRUE while the enrolment is ENROLLED or WAITLISTED and NULL after: the unique key then allows
-- one live enrolment per person and offering, and any number of ended ones.
CREATE TABLE enrolment (
    id BIGINT NOT NULL PRIMARY KEY,
    offering_id BIGINT NOT NULL,
    staff_id BIGINT NOT NULL,
    status VARCHAR(16) NOT NULL,
    live BOOLEAN,
    arrival BIGINT NOT NULL,
    requested_at DATETIME NOT NULL,
    requested_by VARCHAR(64) NOT NULL,
    seated_at DATETIME,
    ended_at DATETIME,
    ended_by VARCHAR(64),
    version BIGINT NOT NULL,
    CONSTRAINT uq_enrolment_live UNIQUE (offering_id, staff_id, live),
    CONSTRAINT fk_enrolment_offering FOREIGN KEY (offering_id) REFERENCES offering (id),
    CONSTRAINT fk_enrolment_staff FOREIGN KEY (staff_id) REFERENCES staff (id)
);
CREATE INDEX ix_enrolment_staff ON enrolment (staff_id, status);
CREATE INDEX ix_enrolment_offering ON enrolment (offering_id, status, arrival);

-- One row per person, course and day: the same completion twice is recorded once.
CREATE TABLE completion (
    id BIGINT NOT NULL PRIMARY KEY,
    staff_id BIGINT NOT NULL,
    course_id BIGINT NOT NULL,
    completed_on DATE NOT NULL,
    fiscal_year INT NOT NULL,
    passed BOOLEAN NOT NULL,
    score INT,
    source VARCHAR(200),
    enrolment_id BIGINT,
    recorded_at DATETIME NOT NULL,
    recorded_by VARCHAR(64) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_completion UNIQUE (staff_id, course_id, completed_on),
    CONSTRAINT fk_completion_staff FOREIGN KEY (staff_id) REFERENCES staff (id),
    CONSTRAINT fk_completion_course FOREIGN KEY (course_id) REFERENCES course (id)
);
CREATE INDEX ix_completion_course ON completion (course_id, completed_on);
CREATE INDEX ix_completion_year ON completion (fiscal_year, course_id);

-- A tier someone achieved, with the content version that judged it: kept whatever the content becomes.
CREATE TABLE tier_achievement (
    id BIGINT NOT NULL PRIMARY KEY,
    staff_id BIGINT NOT NULL,
    tier VARCHAR(32) NOT NULL,
    achieved_on DATE NOT NULL,
    fiscal_year INT NOT NULL,
    content_version_id BIGINT,
    judged_at DATETIME NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_tier_achievement UNIQUE (staff_id, tier),
    CONSTRAINT fk_tier_achievement_staff FOREIGN KEY (staff_id) REFERENCES staff (id)
);
CREATE INDEX ix_tier_achievement_year ON tier_achievement (tier, fiscal_year, achieved_on);
