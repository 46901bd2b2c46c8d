/**
 * Reading the programme's content: the DX talent programme (DX人材育成プロジェクト), its tiers, courses,
 * position-based training (階層別研修) and skill framework are YAML files in the project's {@code
 * content/} folder that the training office edits and reviews; this package reads them into the
 * immutable model of {@link jp.city.lms.curriculum.entity}, reports every mistake with file, line
 * and field, summarises what changed between two versions and filters the catalogue.
 */
package jp.city.lms.curriculum.control;
