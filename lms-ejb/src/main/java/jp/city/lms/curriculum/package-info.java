/**
 * The programme as content (研修体系): the DX talent programme's tiers, courses, position-based
 * training (階層別研修), skill framework and targets are reviewed YAML files in {@code content/} that
 * the training office edits without a developer. The LMS loads and validates them at start and when
 * an administrator reloads them, keeps running on the last good version when they are broken,
 * records every version it used, and keeps a course row per course code so that offerings (開催) and
 * later enrolments have something to refer to. Every other feature reads the programme from {@link
 * jp.city.lms.curriculum.boundary.Curriculum}.
 */
package jp.city.lms.curriculum;
