package jp.city.lms.skills.control;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import jp.city.lms.platform.control.SqlRows;
import jp.city.lms.skills.entity.AssessedLevel;
import jp.city.lms.skills.entity.AssessmentSource;
import jp.city.lms.skills.entity.SkillProfile;
import jp.city.lms.skills.entity.TalentCriteria;

/**
 * What the skill map and the talent search read of many people at once: their latest level per
 * skill and source as of a date, the tiers they achieved, and who could meet a search's
 * requirements with the levels that decide it. Each is one statement per {@link #CHUNK} people that
 * joins the person's number in the database and answers plain values (no entities, no second
 * statement to translate ids into numbers), because a map of 300 people reads some 13,000 levels
 * and a search of the city may find thousands.
 *
 * <p>As of a date on which {@link LatestAssessments#isLatestAsOf} holds, the levels are the rows of
 * {@code assessment_latest} (one per person, skill and source: exactly the latest); for an earlier
 * date they are the newest of the history up to that date by {@link SkillProfile#latestLevels}.
 */
public final class SkillLevels {

  /** How many people one statement asks about. */
  public static final int CHUNK = 1_000;

  /**
   * Someone who could meet a search's requirements.
   *
   * @param levels the latest level per skill asked for and source as of the date
   */
  public record Candidate(
      long staffId,
      String employeeNo,
      String jobCategory,
      Map<String, Map<AssessmentSource, Integer>> levels) {}

  /**
   * The latest levels of some people.
   *
   * @param staffIds the person's id by employee number, for everyone asked about in the registry
   * @param levels per employee number, the latest level per skill code and source; someone with no
   *     assessment by then is left out
   */
  public record PeopleLevels(
      Map<String, Long> staffIds,
      Map<String, Map<String, Map<AssessmentSource, Integer>>> levels) {}

  private SkillLevels() {}

  /**
   * The latest level per skill code and source of each person as of a date, and their ids. One
   * statement per {@link #CHUNK} reads their rows of {@code assessment_latest} (and their ids, also
   * of those never assessed); for someone whose rows are all dated on or before the date, they are
   * exactly the latest as of it (each is the newest of its history, so it is the newest up to the
   * date, and a skill and source without a row has no history). Only someone with a row dated after
   * the date (which as of today nobody has) has their history up to the date read instead.
   */
  public static PeopleLevels ofPeople(EntityManager em, List<String> employeeNos, LocalDate asOf) {
    Map<String, Long> ids = new HashMap<>();
    Map<String, Map<String, Map<AssessmentSource, Integer>>> levels = new HashMap<>();
    Map<Long, String> later = new HashMap<>();
    inChunks(
        employeeNos,
        numbers ->
            "SELECT s.employee_no, s.id, l.skill_code, l.source, l.skill_level, l.assessed_on"
                + " FROM staff s LEFT JOIN assessment_latest l ON l.staff_id = s.id"
                + " WHERE s.employee_no IN ("
                + numbers
                + ")",
        List.of(),
        em,
        r -> {
          String no = (String) r[0];
          long id = number(r[1]).longValue();
          ids.put(no, id);
          if (r[2] == null) {
            return;
          }
          if (SqlRows.date(r[5]).isAfter(asOf)) {
            later.put(id, no);
          }
          levels
              .computeIfAbsent(no, k -> new HashMap<>())
              .computeIfAbsent((String) r[2], k -> new EnumMap<>(AssessmentSource.class))
              .put(AssessmentSource.valueOf((String) r[3]), number(r[4]).intValue());
        });
    if (!later.isEmpty()) {
      later.values().forEach(levels::remove);
      Map<String, List<AssessedLevel>> history = new HashMap<>();
      byIds(
          List.copyOf(later.keySet()),
          chunk ->
              "SELECT a.staff_id, a.skill_code, a.source, a.skill_level, a.assessed_on,"
                  + " a.recorded_at, a.id FROM assessment a WHERE a.staff_id IN ("
                  + chunk
                  + ") AND a.assessed_on <= ?",
          List.of(java.sql.Date.valueOf(asOf)),
          em,
          r ->
              history
                  .computeIfAbsent(later.get(number(r[0]).longValue()), k -> new ArrayList<>())
                  .add(assessed(r, 1)));
      history.forEach((no, list) -> levels.put(no, SkillProfile.latestLevels(list, asOf)));
    }
    return new PeopleLevels(ids, levels);
  }

  /** The day each tier was achieved, per person by id; someone with none is left out. */
  public static Map<Long, Map<String, LocalDate>> tiersOf(
      EntityManager em, Collection<Long> staffIds) {
    Map<Long, Map<String, LocalDate>> achieved = new HashMap<>();
    byIds(
        List.copyOf(staffIds),
        ids ->
            "SELECT t.staff_id, t.tier, t.achieved_on FROM tier_achievement t"
                + " WHERE t.staff_id IN ("
                + ids
                + ")",
        List.of(),
        em,
        r ->
            achieved
                .computeIfAbsent(number(r[0]).longValue(), k -> new HashMap<>())
                .put((String) r[1], SqlRows.date(r[2])));
    return achieved;
  }

  /**
   * Everyone who could meet every requirement, with their levels of the skills asked for (of the
   * source asked for, if one is). The database narrows the city down per requirement, from its
   * index on skill and level, to those with a level at least as high. From the latest, those are
   * exactly the ones who meet it ({@link #latestCandidates}). From the history, someone whose
   * latest level reaches it has some assessment at that level or above by the date; only the rows
   * of those skills of the people who pass every requirement are read, a statement per {@link
   * #CHUNK}, and the latest of each as of the date taken. Whether they meet the requirements is
   * then {@link TalentCriteria#fit} of the levels. (One statement with a subquery per requirement
   * lets the database read every row of the skills asked for instead, measured four times slower.)
   */
  public static List<Candidate> candidates(
      EntityManager em, TalentCriteria criteria, LocalDate asOf, boolean latest) {
    if (latest) {
      return latestCandidates(em, criteria);
    }
    String bySource = criteria.source() == null ? "" : " AND a.source = ?";
    Set<Long> meetingAll = null;
    for (TalentCriteria.Requirement r : criteria.requirements()) {
      List<Object> parameters = new ArrayList<>(List.of(r.skill(), r.atLeast()));
      parameters.add(java.sql.Date.valueOf(asOf));
      if (criteria.source() != null) {
        parameters.add(criteria.source().name());
      }
      Set<Long> meeting = new HashSet<>();
      bind(
              SqlRows.of(
                  em,
                  "SELECT DISTINCT a.staff_id FROM assessment a WHERE a.skill_code = ? AND a.skill_level >= ?"
                      + " AND a.assessed_on <= ?"
                      + bySource),
              parameters,
              1)
          .forEach(row -> meeting.add(number(row[0]).longValue()));
      if (meetingAll == null) {
        meetingAll = meeting;
      } else {
        meetingAll.retainAll(meeting);
      }
      if (meetingAll.isEmpty()) {
        return List.of();
      }
    }
    if (meetingAll == null) {
      return List.of();
    }
    Set<String> skills = new LinkedHashSet<>();
    criteria.requirements().forEach(r -> skills.add(r.skill()));
    List<Object> parameters = new ArrayList<>(skills);
    parameters.add(java.sql.Date.valueOf(asOf));
    if (criteria.source() != null) {
      parameters.add(criteria.source().name());
    }
    Map<String, String> jobs = new HashMap<>();
    Map<String, Long> ids = new HashMap<>();
    Map<String, Map<String, Map<AssessmentSource, Integer>>> levels = new HashMap<>();
    Map<String, List<AssessedLevel>> history = new HashMap<>();
    List<Long> meeting = List.copyOf(meetingAll);
    for (int from = 0; from < meeting.size(); from += CHUNK) {
      String chunk = SqlRows.ids(meeting.subList(from, Math.min(meeting.size(), from + CHUNK)));
      SqlRows query =
          SqlRows.of(
              em,
              "SELECT s.employee_no, s.job_category, a.skill_code, a.source, a.skill_level"
                  + ", a.assessed_on, a.recorded_at, a.id, a.staff_id"
                  + " FROM assessment a JOIN staff s ON s.id = a.staff_id WHERE a.staff_id IN ("
                  + chunk
                  + ") AND a.skill_code IN ("
                  + String.join(",", Collections.nCopies(skills.size(), "?"))
                  + ") AND a.assessed_on <= ?"
                  + bySource);
      for (Object[] r : rows(bind(query, parameters, 1))) {
        String no = (String) r[0];
        jobs.put(no, (String) r[1]);
        ids.put(no, number(r[r.length - 1]).longValue());
        history.computeIfAbsent(no, k -> new ArrayList<>()).add(assessed(r, 2));
      }
    }
    history.forEach((no, list) -> levels.put(no, SkillProfile.latestLevels(list, asOf)));
    List<Candidate> candidates = new ArrayList<>();
    levels.forEach((no, l) -> candidates.add(new Candidate(ids.get(no), no, jobs.get(no), l)));
    return candidates;
  }

  /**
   * {@link #candidates} from the latest levels: one statement per requirement reads the levels at
   * or above it (of the source asked for, if one is), and who is in every answer is a candidate.
   * Only those rows can count: the level that counts for a skill is the one source's or the best of
   * them, so whoever meets a requirement meets it with a level that statement read, and whoever
   * does not is missing from it. A person's number and job category are read once for the
   * candidates, not with each of their levels (which was a third of a search's time in the server).
   *
   * @return the candidates, each with their levels at or above the requirements
   */
  private static List<Candidate> latestCandidates(EntityManager em, TalentCriteria criteria) {
    Map<Long, Map<String, Map<AssessmentSource, Integer>>> levels = null;
    for (TalentCriteria.Requirement r : criteria.requirements()) {
      SqlRows query =
          SqlRows.of(
                  em,
                  "SELECT a.staff_id, a.source, a.skill_level FROM assessment_latest a"
                      + " WHERE a.skill_code = ? AND a.skill_level >= ?"
                      + (criteria.source() == null ? "" : " AND a.source = ?"))
              .with(1, r.skill())
              .with(2, r.atLeast());
      if (criteria.source() != null) {
        query.with(3, criteria.source().name());
      }
      Map<Long, Map<AssessmentSource, Integer>> meeting = new HashMap<>();
      query.forEach(
          row ->
              meeting
                  .computeIfAbsent(
                      number(row[0]).longValue(), k -> new EnumMap<>(AssessmentSource.class))
                  .put(AssessmentSource.valueOf((String) row[1]), number(row[2]).intValue()));
      if (levels == null) {
        levels = new HashMap<>();
        for (var e : meeting.entrySet()) {
          levels.computeIfAbsent(e.getKey(), k -> new HashMap<>()).put(r.skill(), e.getValue());
        }
      } else {
        levels.keySet().retainAll(meeting.keySet());
        levels.forEach((id, skills) -> skills.merge(r.skill(), meeting.get(id), SkillLevels::best));
      }
      if (levels.isEmpty()) {
        return List.of();
      }
    }
    if (levels == null) {
      return List.of();
    }
    Map<Long, Map<String, Map<AssessmentSource, Integer>>> found = levels;
    List<Candidate> candidates = new ArrayList<>();
    byIds(
        List.copyOf(found.keySet()),
        ids ->
            "SELECT s.id, s.employee_no, s.job_category FROM staff s WHERE s.id IN (" + ids + ")",
        List.of(),
        em,
        r -> {
          long id = number(r[0]).longValue();
          candidates.add(new Candidate(id, (String) r[1], (String) r[2], found.get(id)));
        });
    return candidates;
  }

  /**
   * The levels of a skill asked for twice (at two levels): the rows read for the lower include
   * those for the higher.
   */
  private static Map<AssessmentSource, Integer> best(
      Map<AssessmentSource, Integer> one, Map<AssessmentSource, Integer> other) {
    return one.size() >= other.size() ? one : other;
  }

  /** Binds the values to the positional parameters from {@code first} on. */
  private static SqlRows bind(SqlRows query, List<Object> values, int first) {
    for (int i = 0; i < values.size(); i++) {
      query.with(first + i, values.get(i));
    }
    return query;
  }

  /**
   * Runs a statement for each part of at most {@link #CHUNK} employee numbers, bound as parameters
   * after the fixed ones.
   */
  private static void inChunks(
      List<String> employeeNos,
      java.util.function.Function<String, String> sql,
      List<Object> fixed,
      EntityManager em,
      Consumer<Object[]> each) {
    for (int from = 0; from < employeeNos.size(); from += CHUNK) {
      Collection<String> chunk =
          employeeNos.subList(from, Math.min(employeeNos.size(), from + CHUNK));
      SqlRows query =
          SqlRows.of(em, sql.apply(String.join(",", Collections.nCopies(chunk.size(), "?"))));
      int position = 1;
      for (String no : chunk) {
        query.with(position++, no);
      }
      for (Object value : fixed) {
        query.with(position++, value);
      }
      rows(query).forEach(each);
    }
  }

  /**
   * Runs a statement for each part of at most {@link #CHUNK} ids. Ids are numbers read from the
   * database, so they are written into the statement: binding a thousand parameters costs the
   * server more than the database's answer.
   */
  private static void byIds(
      List<Long> ids,
      java.util.function.Function<String, String> sql,
      List<Object> fixed,
      EntityManager em,
      Consumer<Object[]> each) {
    for (int from = 0; from < ids.size(); from += CHUNK) {
      SqlRows query =
          SqlRows.of(
              em, sql.apply(SqlRows.ids(ids.subList(from, Math.min(ids.size(), from + CHUNK)))));
      rows(bind(query, fixed, 1)).forEach(each);
    }
  }

  /**
   * An assessment read as {@code skill, source, level, assessed_on, recorded_at, id} from a column.
   */
  private static AssessedLevel assessed(Object[] r, int from) {
    return new AssessedLevel(
        (String) r[from],
        AssessmentSource.valueOf((String) r[from + 1]),
        number(r[from + 2]).intValue(),
        SqlRows.date(r[from + 3]),
        dateTime(r[from + 4]),
        number(r[from + 5]).longValue());
  }

  private static List<Object[]> rows(SqlRows query) {
    return query.list();
  }

  /** A DATETIME as the driver answers it: Timestamp from one, LocalDateTime from another. */
  private static LocalDateTime dateTime(Object value) {
    return value instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
  }

  private static Number number(Object value) {
    return (Number) value;
  }
}
