-- The latest assessment per person, skill and source (the newest by assessed_on, then recorded_at, then id, the
-- order of SkillProfile), kept by every write of assessments in the same transaction. Skill maps and talent
-- searches read it instead of the history while no row of it is dated after the date asked about (then it is the
-- latest as of that date too); the history stays the record and answers any earlier date.
-- Portable between MySQL/MariaDB and H2 in MySQL mode.

CREATE TABLE assessment_latest (
    staff_id BIGINT NOT NULL,
    skill_code VARCHAR(32) NOT NULL,
    source VARCHAR(16) NOT NULL,
    skill_level INT NOT NULL,
    assessed_on DATE NOT NULL,
    recorded_at DATETIME NOT NULL,
    assessment_id BIGINT NOT NULL,
    PRIMARY KEY (staff_id, skill_code, source),
    CONSTRAINT fk_assessment_latest_staff FOREIGN KEY (staff_id) REFERENCES staff (id)
);
-- A talent search by one source, and by the best of the sources (covering: InnoDB adds the primary key).
CREATE INDEX ix_assessment_latest_source_level ON assessment_latest (skill_code, source, skill_level);
CREATE INDEX ix_assessment_latest_level ON assessment_latest (skill_code, skill_level);
-- Whether any row is dated after the date asked about (then the history answers).
CREATE INDEX ix_assessment_latest_date ON assessment_latest (assessed_on);

INSERT INTO assessment_latest (staff_id, skill_code, source, skill_level, assessed_on, recorded_at, assessment_id)
SELECT staff_id, skill_code, source, skill_level, assessed_on, recorded_at, id FROM (
    SELECT a.staff_id, a.skill_code, a.source, a.skill_level, a.assessed_on, a.recorded_at, a.id,
        ROW_NUMBER() OVER (PARTITION BY a.staff_id, a.skill_code, a.source
            ORDER BY a.assessed_on DESC, a.recorded_at DESC, a.id DESC) AS newest
    FROM assessment a
) ranked WHERE newest = 1;
