package jp.city.lms.registry.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.registry.control.ImportProgress.Phase;
import jp.city.lms.registry.entity.Assignment;
import jp.city.lms.registry.entity.ImportRun;
import jp.city.lms.registry.entity.OrgUnit;
import jp.city.lms.registry.entity.OrgUnitVersion;
import jp.city.lms.registry.entity.RegistryEvents;
import jp.city.lms.registry.entity.Staff;
import jp.city.lms.registry.entity.StaffEvent;
import jp.city.lms.registry.entity.StaffStatus;

/**
 * Applies a read snapshot to the registry. The diff, the safeguards and every write happen in ONE
 * transaction together with the run's outcome, so a server killed in the middle leaves the registry
 * exactly as before (and the run RUNNING, which {@code RegistryRecovery} marks failed at the next
 * start), and readers never see half an import. The run's own bookkeeping (start, refusal, failure)
 * commits separately so that it survives a rollback.
 *
 * <p>A snapshot says what held on its effective date D, and goes on holding until the next snapshot
 * already applied after it, if any (then up to the day before, E): the diff is taken against the
 * registry's history as of D, and the changes are written into history over [D, E], so a snapshot
 * dated before the last one goes into history at its place and never rewrites later history. What
 * "today" sees (the present columns of staff and org units, and the events the registry fires)
 * changes only for changes that have taken effect by today; those dated ahead take effect on their
 * day ({@code RegistryCalendar}).
 *
 * <p>Only the registry import boundary calls this; it checks who may import.
 */
@Stateless
public class RegistryUpdate {

  private static final int CHUNK = 1000;

  /** Rows per JDBC batch of newcomers: fewer round trips, within MySQL's default packet size. */
  private static final int BATCH = 5000;

  private static final Locale ENGLISH = Locale.ENGLISH;
  private static final Locale JAPANESE = Locale.JAPANESE;

  @PersistenceContext EntityManager em;

  @EJB ImportProgress progress;
  @Inject CityClock clock;

  @Inject Event<RegistryEvents> registryEvents;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public long start(ImportRun run) {
    em.persist(run);
    em.flush();
    progress.at(run.getId(), Phase.READING, 5);
    return run.getId();
  }

  /**
   * The snapshot was refused before anything was compared: nothing changes but the run's record.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public ImportRun refuse(long runId, SnapshotRefusedException why) {
    ImportRun run = em.find(ImportRun.class, runId);
    run.refused(
        why.reason().name(), why.getMessage(JAPANESE), why.getMessage(ENGLISH), clock.now());
    progress.done(runId);
    return run;
  }

  /** The run broke off ({@code run.failed} with the cause, or {@code run.interrupted}). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public ImportRun fail(long runId, String messageKey, Object... args) {
    ImportRun run = em.find(ImportRun.class, runId);
    run.failed(
        RegistryMessages.format(JAPANESE, messageKey, List.of(args)),
        RegistryMessages.format(ENGLISH, messageKey, List.of(args)),
        clock.now());
    progress.done(runId);
    return run;
  }

  /**
   * Compares the snapshot with the registry as of its date, refuses it if a safeguard says so
   * (unless an administrator confirmed), and applies it unless this is a dry run.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Result diffAndApply(long runId, ParsedSnapshot snapshot) {
    lockRegistry();
    ImportRun run = em.find(ImportRun.class, runId);
    progress.at(runId, Phase.COMPARING, 20);
    LocalDate effective = run.getEffective();
    OrgHistory orgs = new OrgHistory(em);
    Set<String> knownLater = new HashSet<>();
    RegistryChanges changes =
        RegistryDiff.compute(
            staffAsOf(effective, knownLater),
            orgsAsOf(effective, orgs),
            snapshot,
            lastImportRows());
    run.found(changes.counts());
    changes.rejections().forEach(r -> record(run, r));
    Optional<SnapshotRefusedException> refusal = changes.safeguard();
    if (refusal.isPresent() && !run.isConfirmed()) {
      SnapshotRefusedException why = refusal.get();
      run.refused(
          why.reason().name(), why.getMessage(JAPANESE), why.getMessage(ENGLISH), clock.now());
    } else {
      if (!run.isDryRun()) {
        Span span = new Span(effective, nextSnapshotAfter(effective));
        Map<String, OrgUnit> units = applyOrgs(snapshot, orgs, span);
        applyStaff(runId, changes.staff(), knownLater, units, span);
      }
      run.applied(clock.now());
    }
    progress.done(runId);
    return new Result(run, changes);
  }

  /** A run as it ended, with the diff it found (for the preview of changes). */
  public record Result(ImportRun run, RegistryChanges changes) {}

  /**
   * The days a snapshot speaks for: from its date to the day before the next snapshot already
   * applied after it ({@code to} null: from then on).
   */
  record Span(LocalDate from, LocalDate to) {

    boolean covers(LocalDate date) {
      return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }
  }

  /**
   * One registry change at a time, across servers too: two imports diffing the same registry (or an
   * import and the change of date) would collide.
   */
  public void lockRegistry() {
    em.createNativeQuery(
            "SELECT next_val FROM id_gen WHERE gen_name = 'registry_import' FOR UPDATE")
        .getSingleResult();
  }

  private static void record(ImportRun run, Rejection r) {
    run.reject(r.file(), r.line(), r.field(), r.value(), r.reason(JAPANESE), r.reason(ENGLISH));
  }

  private LocalDate nextSnapshotAfter(LocalDate effective) {
    LocalDate next =
        em.createQuery(
                "SELECT MIN(r.effective) FROM ImportRun r"
                    + " WHERE r.outcome = :applied AND r.effective > :effective",
                LocalDate.class)
            .setParameter("applied", ImportRun.Outcome.APPLIED)
            .setParameter("effective", effective)
            .getSingleResult();
    return next == null ? null : next.minusDays(1);
  }

  /**
   * The registry as of a date, from its history: who worked there then (with name, reading and the
   * other undated attributes as they are now), and as LEFT those who had worked there before but
   * not on that date. People the registry only knows from later on are not there: they go into
   * {@code knownLater}, so that the import writes into their history instead of hiring them twice.
   */
  private Map<String, CurrentStaff> staffAsOf(LocalDate date, Set<String> knownLater) {
    Map<String, CurrentStaff> staff = new HashMap<>();
    List<Object[]> notThen = new ArrayList<>();
    // one pass over the staff with the assignment of the date, if any: native SQL, as EclipseLink's
    // JPQL for the same join took ten times as long for 20,000 rows (issue 7's benchmark)
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT s.employee_no, s.name, s.name_kana, o.code, a.position, s.job_category,"
                    + " s.hired_on, a.status, s.email, a.manager_no, so.code, s.position,"
                    + " s.manager_no FROM staff s JOIN org_unit so ON so.id = s.org_unit_id"
                    + " LEFT JOIN assignment a ON a.staff_id = s.id AND a.valid_from <= ?1"
                    + " AND (a.valid_to IS NULL OR a.valid_to >= ?1)"
                    + " LEFT JOIN org_unit o ON o.id = a.org_unit_id")
            .setParameter(1, java.sql.Date.valueOf(date))
            .getResultList();
    for (Object[] r : rows) {
      r[6] = date(r[6]);
      if (r[7] != null) {
        staff.put((String) r[0], currentStaff(r, StaffStatus.valueOf((String) r[7])));
      } else {
        notThen.add(r);
      }
    }
    if (notThen.isEmpty()) {
      return staff;
    }
    Map<String, LocalDate> firstDays = new HashMap<>();
    em.createQuery(
            "SELECT s.employeeNo, MIN(a.validFrom) FROM Assignment a JOIN a.staff s"
                + " GROUP BY s.employeeNo",
            Object[].class)
        .getResultStream()
        .forEach(r -> firstDays.put((String) r[0], date(r[1])));
    for (Object[] r : notThen) {
      LocalDate first = firstDays.get((String) r[0]);
      if (first != null && first.isBefore(date)) {
        // left by then: shown with the unit and position they are known by
        r[3] = r[10];
        r[4] = r[11];
        r[9] = r[12];
        staff.put((String) r[0], currentStaff(r, StaffStatus.LEFT));
      } else {
        knownLater.add((String) r[0]);
      }
    }
    return staff;
  }

  private static CurrentStaff currentStaff(Object[] r, StaffStatus status) {
    return new CurrentStaff(
        (String) r[0],
        (String) r[1],
        (String) r[2],
        (String) r[3],
        (String) r[4],
        (String) r[5],
        (LocalDate) r[6],
        status,
        (String) r[8],
        (String) r[9]);
  }

  /** The org tree as of a date: the units open then, and as closed those that had been before. */
  private static Map<String, CurrentOrg> orgsAsOf(LocalDate date, OrgHistory history) {
    Map<String, CurrentOrg> orgs = new HashMap<>();
    history.units.forEach(
        (code, unit) -> {
          OrgUnitVersion now = history.asOf(code, date);
          if (now != null) {
            orgs.put(
                code,
                new CurrentOrg(
                    code,
                    now.getName(),
                    now.getParent() == null ? null : now.getParent().getCode(),
                    now.getKind(),
                    false));
          } else if (history.versions(code).stream()
              .anyMatch(v -> v.getValidFrom().isBefore(date))) {
            orgs.put(code, new CurrentOrg(code, unit.getName(), null, unit.getKind(), true));
          }
        });
    return orgs;
  }

  private int lastImportRows() {
    return em.createNamedQuery(ImportRun.WITH_OUTCOME, ImportRun.class)
        .setParameter("outcome", ImportRun.Outcome.APPLIED)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(ImportRun::getStaffRows)
        .orElse(0);
  }

  /**
   * Writes the org tree the snapshot describes into history over the span: every unit whose name,
   * kind, parent or path (which follows from its parents') differs from its version on the first
   * day gets a new version; units the snapshot leaves out are closed over the span. A unit whose
   * row was rejected keeps what it had.
   */
  private Map<String, OrgUnit> applyOrgs(ParsedSnapshot snapshot, OrgHistory history, Span span) {
    Map<String, OrgRow> wanted = new HashMap<>();
    snapshot.orgs().forEach(row -> wanted.put(row.code(), row));
    Map<String, OrgUnit> units = history.units;
    Map<String, String> parents = new HashMap<>();
    wanted.values().forEach(row -> parents.put(row.code(), row.parentCode()));
    for (String code : snapshot.rejectedOrgCodes()) {
      OrgUnitVersion kept = history.asOf(code, span.from());
      if (kept != null && !wanted.containsKey(code)) {
        parents.put(code, kept.getParent() == null ? null : kept.getParent().getCode());
      }
    }
    Map<String, String> paths = paths(parents);
    // parents before children, so that a new unit's parent exists when it is opened
    List<String> codes = new ArrayList<>(paths.keySet());
    codes.sort(Comparator.comparing(paths::get));
    for (String code : codes) {
      OrgRow row = wanted.get(code);
      if (row == null) {
        continue;
      }
      OrgUnit parent = row.parentCode() == null ? null : units.get(row.parentCode());
      OrgUnit unit = units.get(code);
      if (unit == null) {
        unit =
            OrgUnit.open(
                code, row.name(), row.kind(), parent, paths.get(code), span.from(), span.to());
        em.persist(unit);
        units.put(code, unit);
        continue;
      }
      OrgUnitVersion now = history.asOf(code, span.from());
      if (now == null || !now.describes(row.name(), row.kind(), parent, paths.get(code))) {
        unit.describe(
            history.versions(code),
            span.from(),
            span.to(),
            row.name(),
            row.kind(),
            parent,
            paths.get(code));
      }
    }
    for (OrgUnit unit : units.values()) {
      if (!paths.containsKey(unit.getCode())) {
        if (history.versions(unit.getCode()).stream()
            .anyMatch(v -> v.getValidTo() == null || !v.getValidTo().isBefore(span.from()))) {
          unit.absent(history.versions(unit.getCode()), span.from(), span.to());
        }
      }
    }
    history.showAsOf(clock.today());
    return units;
  }

  /** Each unit's path in a tree given as child to parent (the reader refused cycles). */
  private static Map<String, String> paths(Map<String, String> parents) {
    Map<String, String> paths = new HashMap<>();
    for (String code : parents.keySet()) {
      Deque<String> line = new ArrayDeque<>();
      String at = code;
      while (at != null && !paths.containsKey(at) && line.size() <= parents.size()) {
        line.push(at);
        at = parents.get(at);
      }
      String path = at == null ? null : paths.get(at);
      while (!line.isEmpty()) {
        String next = line.pop();
        path = OrgUnit.pathUnder(path, next);
        paths.put(next, path);
      }
    }
    return paths;
  }

  /**
   * Writes each person's change into history over the span, then shows today's state where the span
   * has begun, and tells those who watch the registry what took effect.
   */
  private void applyStaff(
      long runId,
      List<StaffChange> changes,
      Set<String> knownLater,
      Map<String, OrgUnit> units,
      Span span) {
    // the people the registry has: all but the newcomers (a first import is only newcomers)
    List<String> touched = new ArrayList<>();
    for (StaffChange change : changes) {
      boolean newcomer =
          change.kind() == StaffChange.Kind.HIRED
              && !change.rehire()
              && !knownLater.contains(change.employeeNo());
      if (change.kind() != StaffChange.Kind.UNCHANGED && !newcomer) {
        touched.add(change.employeeNo());
      }
    }
    People people = People.read(em, touched);
    List<StaffRow> newcomers = new ArrayList<>();
    int done = 0;
    for (StaffChange change : changes) {
      if (++done % CHUNK == 0) {
        progress.applying(runId, done, changes.size());
      }
      if (change.kind() == StaffChange.Kind.UNCHANGED) {
        continue;
      }
      Staff staff = people.get(change.employeeNo());
      if (staff == null) {
        newcomers.add(change.row());
        continue;
      }
      List<Assignment> history = people.history(change.employeeNo());
      StaffRow row = change.row();
      if (change.kind() == StaffChange.Kind.LEFT) {
        staff.absent(history, span.from(), span.to());
        continue;
      }
      staff.describe(row.name(), row.nameKana(), row.email(), row.jobCategory());
      staff.hired(row.hiredOn());
      Assignment then =
          history.stream().filter(a -> a.covers(span.from())).findFirst().orElse(null);
      if (then == null || assignmentChanged(then, row)) {
        staff.assign(
            history,
            span.from(),
            span.to(),
            units.get(row.orgCode()),
            row.position(),
            row.managerNo(),
            row.status());
      }
    }
    LocalDate today = clock.today();
    List<StaffEvent> events =
        span.from().isAfter(today) ? new ArrayList<>() : people.showAsOf(today);
    em.flush();
    hire(newcomers, units, span, today, events);
    if (!events.isEmpty()) {
      registryEvents.fire(new RegistryEvents(events));
    }
  }

  private static boolean assignmentChanged(Assignment then, StaffRow row) {
    return !then.getOrgUnit().getCode().equals(row.orgCode())
        || !then.getPosition().equals(row.position())
        || !Objects.equals(then.getManagerNo(), row.managerNo())
        || then.getStatus() != row.status();
  }

  /**
   * Newcomers go in by JDBC batches on the transaction's own connection, and their assignments by
   * one INSERT ... SELECT from those rows: a first import of a whole city is 20,000 people and as
   * many assignments, which the persistence context would take seconds to build and flush. The
   * rules are {@link Staff#hire} and {@link Staff#showAsOf}'s: one assignment over the span, and
   * today's columns as that span says of today (working, not yet, or left the day after the span).
   */
  private void hire(
      List<StaffRow> rows,
      Map<String, OrgUnit> units,
      Span span,
      LocalDate today,
      List<StaffEvent> events) {
    if (rows.isEmpty()) {
      return;
    }
    boolean working = span.covers(today);
    Connection connection = em.unwrap(Connection.class);
    try {
      long staffId = reserveIds(connection, "staff", rows.size());
      long assignmentId = reserveIds(connection, "assignment", rows.size());
      try (PreparedStatement staff =
          connection.prepareStatement(
              "INSERT INTO staff (id, employee_no, name, name_kana, search_text, email,"
                  + " job_category, hired_on, status, org_unit_id, position, manager_no, version)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)")) {
        int n = 0;
        for (StaffRow row : rows) {
          staff.setLong(1, staffId + n);
          staff.setString(2, row.employeeNo());
          staff.setString(3, row.name());
          staff.setString(4, row.nameKana());
          staff.setString(5, Staff.searchText(row.name(), row.nameKana(), row.employeeNo()));
          staff.setString(6, row.email());
          staff.setString(7, row.jobCategory());
          staff.setObject(8, row.hiredOn() == null ? null : Date.valueOf(row.hiredOn()));
          staff.setString(9, row.status().name());
          staff.setLong(10, units.get(row.orgCode()).getId());
          staff.setString(11, row.position());
          staff.setString(12, row.managerNo());
          staff.addBatch();
          if (++n % BATCH == 0) {
            staff.executeBatch();
          }
          if (working) {
            events.add(
                new StaffEvent(
                    StaffEvent.Kind.HIRED,
                    row.employeeNo(),
                    span.from(),
                    null,
                    row.orgCode(),
                    null,
                    row.position()));
          }
        }
        staff.executeBatch();
      }
      // the assignments follow from the rows just written, in the database
      try (PreparedStatement assignments =
          connection.prepareStatement(
              "INSERT INTO assignment (id, staff_id, org_unit_id, position, manager_no, status,"
                  + " valid_from, valid_to) SELECT s.id - ? + ?, s.id, s.org_unit_id, s.position,"
                  + " s.manager_no, s.status, ?, ? FROM staff s WHERE s.id BETWEEN ? AND ?")) {
        assignments.setLong(1, staffId);
        assignments.setLong(2, assignmentId);
        assignments.setDate(3, Date.valueOf(span.from()));
        assignments.setObject(4, span.to() == null ? null : Date.valueOf(span.to()));
        assignments.setLong(5, staffId);
        assignments.setLong(6, staffId + rows.size() - 1);
        assignments.executeUpdate();
      }
      if (!working) {
        // not yet (a snapshot dated ahead), or no longer (one dated before the next)
        boolean started = !span.from().isAfter(today);
        try (PreparedStatement shown =
            connection.prepareStatement(
                "UPDATE staff SET status = ?, left_on = ? WHERE id BETWEEN ? AND ?")) {
          shown.setString(1, (started ? StaffStatus.LEFT : StaffStatus.JOINING).name());
          shown.setObject(2, started ? Date.valueOf(span.to().plusDays(1)) : null);
          shown.setLong(3, staffId);
          shown.setLong(4, staffId + rows.size() - 1);
          shown.executeUpdate();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("hiring " + rows.size() + " newcomers failed", e);
    }
  }

  /**
   * Takes a block of ids from the same table generator the entities use; ids the persistence unit
   * has already preallocated lie below the block, and its next block above it.
   */
  private static long reserveIds(Connection connection, String generator, int count)
      throws SQLException {
    try (PreparedStatement bump =
            connection.prepareStatement(
                "UPDATE id_gen SET next_val = next_val + ? WHERE gen_name = ?");
        PreparedStatement read =
            connection.prepareStatement("SELECT next_val FROM id_gen WHERE gen_name = ?")) {
      bump.setInt(1, count);
      bump.setString(2, generator);
      bump.executeUpdate();
      read.setString(1, generator);
      try (ResultSet value = read.executeQuery()) {
        value.next();
        return value.getLong(1) - count + 1;
      }
    }
  }

  /**
   * A date from a query that the provider does not convert (a scalar subquery, a native query): the
   * JDBC driver's {@code java.sql.Date} or already a {@code LocalDate}.
   */
  public static LocalDate date(Object value) {
    return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
  }
}
