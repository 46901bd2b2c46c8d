/**
 * Nominations (所属長推薦): the training office opens a round for a course or a tier in a fiscal year,
 * with a deadline and a quota per department (entered, or computed from so many per section);
 * managers nominate people of their scope within their department's quota, with a reason; the
 * office selects or declines each nomination and enrols the selected. Quota left unused at the
 * deadline goes back to the round's pool, which the office may give to departments again. A quota
 * is never exceeded, also when two managers of one department nominate at the same moment: each
 * nomination takes the department's quota row under a lock. Managers and nominees are told the
 * outcome by mail through the notice outbox.
 */
package jp.city.lms.nomination;
