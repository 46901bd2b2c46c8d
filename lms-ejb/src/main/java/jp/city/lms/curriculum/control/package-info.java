/**
 * The programme's curriculum as reviewed data: the DX talent programme (DX人材育成プロジェクト), its tiers,
 * courses, position-based training (階層別研修) and skill framework are YAML files in the project's
 * {@code content/} folder that the training office edits and reviews; this package loads them into
 * an immutable model, reports every mistake with file, line and field, and summarises what changed
 * between two versions.
 */
package jp.city.lms.curriculum.control;
