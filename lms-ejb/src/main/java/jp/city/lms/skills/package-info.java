/**
 * Skills (スキル評価): dated assessments of staff on the skill framework of {@code content/skills.yaml}
 * (the Digital Skill Standard, デジタルスキル標準), each from one source: the person themself (SELF, 自己評価),
 * a manager of their scope (MANAGER, 所属長評価) or a test the training office records (TEST).
 * Assessments are never overwritten: a new one adds history, and a skill profile shows, per skill,
 * the latest level of each source as of a date against the target of the person's tier. It reads
 * what the registry, the curriculum and the learning record say; none of them knows it.
 */
package jp.city.lms.skills;
