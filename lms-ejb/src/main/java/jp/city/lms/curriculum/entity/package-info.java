/**
 * The programme and what the curriculum keeps of it. The programme as content is an immutable model
 * of records ({@link jp.city.lms.curriculum.entity.ProgrammeContent} and its tiers, {@link
 * jp.city.lms.curriculum.entity.CourseDefinition course definitions}, position-based training,
 * skill framework and targets), read from the content folder and never stored field by field. The
 * database keeps the versions of the content loaded (content_version), the courses other features
 * refer to by key ({@link jp.city.lms.curriculum.entity.Course}, one row per course code; retired,
 * never deleted) and the offerings (開催) the training office schedules.
 */
package jp.city.lms.curriculum.entity;
