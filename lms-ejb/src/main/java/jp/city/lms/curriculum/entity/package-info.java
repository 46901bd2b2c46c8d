/**
 * What the curriculum keeps in the database: the versions of the content loaded (content_version),
 * the courses other features refer to by key (course; retired, never deleted) and the offerings
 * (開催) the training office schedules.
 */
package jp.city.lms.curriculum.entity;
