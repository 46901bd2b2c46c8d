package jp.city.lms.skills.control;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import jp.city.lms.skills.entity.Assessment;
import jp.city.lms.skills.entity.LatestAssessment;

/**
 * Keeps {@link LatestAssessment} (table {@code assessment_latest}) the latest of every person,
 * skill and source, in the transaction that adds assessments: the boundaries after each one they
 * record, the bulk JDBC loaders by rebuilding it from the history at the end of their load. Both
 * compare the rows as the database stored them (a recording time loses its fraction of a second in
 * a {@code DATETIME}), by date, then recording time, then id, as {@link
 * jp.city.lms.skills.entity.SkillProfile} orders them, so the table is what the history says.
 */
public final class LatestAssessments {

  /**
   * The latest of each person, skill and source from the history; the migration (V16) fills the
   * table with the same.
   */
  static final String FROM_HISTORY =
      "INSERT INTO assessment_latest (staff_id, skill_code, source, skill_level, assessed_on,"
          + " recorded_at, assessment_id)"
          + " SELECT staff_id, skill_code, source, skill_level, assessed_on, recorded_at, id FROM ("
          + " SELECT a.staff_id, a.skill_code, a.source, a.skill_level, a.assessed_on,"
          + " a.recorded_at, a.id, ROW_NUMBER() OVER (PARTITION BY a.staff_id, a.skill_code,"
          + " a.source ORDER BY a.assessed_on DESC, a.recorded_at DESC, a.id DESC) AS newest"
          + " FROM assessment a) ranked WHERE newest = 1";

  /**
   * The first of its person, skill and source. IGNORE, because a row already there (or one another
   * transaction is adding, which this waits for) is the case of the update; the values come from an
   * assessment just stored, so no other error is hidden.
   */
  private static final String FIRST =
      "INSERT IGNORE INTO assessment_latest (staff_id, skill_code, source, skill_level,"
          + " assessed_on, recorded_at, assessment_id)"
          + " SELECT staff_id, skill_code, source, skill_level, assessed_on, recorded_at, id"
          + " FROM assessment WHERE id = ?";

  /**
   * Replaces the row by a newer assessment; one dated earlier (entered late) or recorded earlier on
   * the same date leaves it. The recording time is taken as stored.
   */
  private static final String NEWER =
      "UPDATE assessment_latest SET skill_level = ?, assessed_on = ?,"
          + " recorded_at = (SELECT n.recorded_at FROM assessment n WHERE n.id = ?),"
          + " assessment_id = ?"
          + " WHERE staff_id = ? AND skill_code = ? AND source = ?"
          + " AND EXISTS (SELECT 1 FROM assessment n WHERE n.id = ?"
          + " AND (n.assessed_on > assessment_latest.assessed_on"
          + " OR (n.assessed_on = assessment_latest.assessed_on"
          + " AND (n.recorded_at > assessment_latest.recorded_at"
          + " OR (n.recorded_at = assessment_latest.recorded_at"
          + " AND n.id > assessment_latest.assessment_id)))))";

  private LatestAssessments() {}

  /**
   * After the boundary persisted the assessments, in its transaction: writes them (flushed first,
   * to compare them as stored) and takes each that is the newest of its person, skill and source.
   */
  public static void record(EntityManager em, List<Assessment> added) {
    if (added.isEmpty()) {
      return;
    }
    em.flush();
    for (Assessment a : added) {
      int inserted = em.createNativeQuery(FIRST).setParameter(1, a.getId()).executeUpdate();
      if (inserted == 0) {
        em.createNativeQuery(NEWER)
            .setParameter(1, a.getLevel())
            .setParameter(2, Date.valueOf(a.getAssessedOn()))
            .setParameter(3, a.getId())
            .setParameter(4, a.getId())
            .setParameter(5, a.getStaff().getId())
            .setParameter(6, a.getSkillCode())
            .setParameter(7, a.getSource().name())
            .setParameter(8, a.getId())
            .executeUpdate();
      }
    }
  }

  /**
   * Whether the table is the latest as of a date: no row of it is dated after the date, so no
   * assessment is (each row is the newest of its history), and the newest of each history up to the
   * date is its row. True for today and later, as nothing is assessed ahead of today; for an
   * earlier date the history answers.
   */
  public static boolean isLatestAsOf(EntityManager em, LocalDate asOf) {
    return em.createNamedQuery(LatestAssessment.AFTER, Long.class)
        .setParameter("asOf", asOf)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /**
   * For a bulk load by JDBC, at its end on its connection and in its transaction: the table again
   * from the whole history, in two statements rather than one per row written.
   */
  public static void rebuild(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate("DELETE FROM assessment_latest");
      statement.executeUpdate(FROM_HISTORY);
    }
  }
}
