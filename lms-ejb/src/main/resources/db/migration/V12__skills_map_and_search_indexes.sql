-- Skill maps and talent search read assessments as plain values from indexes alone (measured by SkillsBenchmark,
-- 20,000 staff and 3,000,000 assessments). Portable between MySQL/MariaDB and H2 in MySQL mode.

-- A map: every assessment of a few hundred people up to a date. Covering (InnoDB adds the id), so no row is read.
CREATE INDEX ix_assessment_people ON assessment (staff_id, assessed_on, skill_code, source, recorded_at, skill_level);

-- A talent search: who has a skill at a level or above by a date (of one source, or any), over the whole city.
CREATE INDEX ix_assessment_skill_level ON assessment (skill_code, skill_level, assessed_on, source, staff_id);
