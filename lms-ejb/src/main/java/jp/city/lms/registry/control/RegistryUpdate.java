package jp.city.lms.registry.control;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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
import jp.city.lms.registry.entity.Staff;
import jp.city.lms.security.boundary.LoginRevocations;

/**
 * Applies a read snapshot to the registry. The diff, the safeguards and every write happen in ONE
 * transaction together with the run's outcome, so a server killed in the middle leaves the registry
 * exactly as before (and the run RUNNING, which {@code RegistryRecovery} marks failed at the next
 * start), and readers never see half an import. The run's own bookkeeping (start, refusal, failure)
 * commits separately so that it survives a rollback.
 *
 * <p>Only the registry import boundary calls this; it checks who may import.
 */
@Stateless
public class RegistryUpdate {

  private static final int CHUNK = 1000;
  private static final Locale ENGLISH = Locale.ENGLISH;
  private static final Locale JAPANESE = Locale.JAPANESE;

  @PersistenceContext EntityManager em;

  @EJB ImportProgress progress;
  @EJB LoginRevocations revocations;
  @Inject CityClock clock;

  @Resource TransactionSynchronizationRegistry transactions;

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
   * Compares the snapshot with the registry, refuses it if a safeguard says so (unless an
   * administrator confirmed), and applies it unless this is a dry run.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Result diffAndApply(long runId, ParsedSnapshot snapshot) {
    // one import at a time, across servers too: two imports diffing the same registry would collide
    em.createNativeQuery(
            "SELECT next_val FROM id_gen WHERE gen_name = 'registry_import' FOR UPDATE")
        .getSingleResult();
    ImportRun run = em.find(ImportRun.class, runId);
    progress.at(runId, Phase.COMPARING, 20);
    RegistryChanges changes =
        RegistryDiff.compute(currentStaff(), currentOrgs(), snapshot, lastImportRows());
    run.found(changes.counts());
    changes.rejections().forEach(r -> record(run, r));
    Optional<SnapshotRefusedException> refusal = changes.safeguard();
    if (refusal.isPresent() && !run.isConfirmed()) {
      SnapshotRefusedException why = refusal.get();
      run.refused(
          why.reason().name(), why.getMessage(JAPANESE), why.getMessage(ENGLISH), clock.now());
    } else {
      if (!run.isDryRun()) {
        apply(runId, changes, snapshot, run.getEffective());
      }
      run.applied(clock.now());
    }
    progress.done(runId);
    return new Result(run, changes);
  }

  /** A run as it ended, with the diff it found (for the preview of changes). */
  public record Result(ImportRun run, RegistryChanges changes) {}

  private static void record(ImportRun run, Rejection r) {
    run.reject(r.file(), r.line(), r.field(), r.value(), r.reason(JAPANESE), r.reason(ENGLISH));
  }

  private Map<String, CurrentStaff> currentStaff() {
    Map<String, CurrentStaff> staff = new HashMap<>();
    em.createQuery(
            "SELECT NEW jp.city.lms.registry.control.CurrentStaff(s.employeeNo, s.name, s.nameKana,"
                + " o.code, s.position, s.jobCategory, s.hiredOn, s.status, s.email, s.managerNo)"
                + " FROM Staff s JOIN s.orgUnit o",
            CurrentStaff.class)
        .getResultStream()
        .forEach(s -> staff.put(s.employeeNo(), s));
    return staff;
  }

  private Map<String, CurrentOrg> currentOrgs() {
    Map<String, CurrentOrg> orgs = new HashMap<>();
    em.createQuery(
            "SELECT o.code, o.name, p.code, o.kind, o.closedOn FROM OrgUnit o LEFT JOIN o.parent p",
            Object[].class)
        .getResultStream()
        .forEach(
            r ->
                orgs.put(
                    (String) r[0],
                    new CurrentOrg(
                        (String) r[0], (String) r[1], (String) r[2], (String) r[3], r[4] != null)));
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

  private void apply(
      long runId, RegistryChanges changes, ParsedSnapshot snapshot, LocalDate effective) {
    Map<String, OrgUnit> units = applyOrgs(changes.orgs(), snapshot, effective);
    applyStaff(runId, changes.staff(), units, effective);
  }

  private Map<String, OrgUnit> applyOrgs(
      List<OrgChange> changes, ParsedSnapshot snapshot, LocalDate effective) {
    Map<String, OrgUnit> units = new HashMap<>();
    em.createNamedQuery(OrgUnit.FIND_ALL, OrgUnit.class)
        .getResultStream()
        .forEach(u -> units.put(u.getCode(), u));
    Map<String, String> newParents = new HashMap<>();
    snapshot.orgs().forEach(o -> newParents.put(o.code(), o.parentCode()));
    // parents before children in the new tree, so no unit is ever placed under a stale path
    List<OrgChange> ordered = new ArrayList<>(changes);
    ordered.sort(Comparator.comparingInt(change -> depth(change.code(), newParents)));
    for (OrgChange change : ordered) {
      OrgRow row = change.row();
      switch (change.kind()) {
        case ORG_ADDED -> {
          OrgUnit unit =
              new OrgUnit(row.code(), row.name(), row.kind(), parent(row, units), effective);
          em.persist(unit);
          units.put(unit.getCode(), unit);
        }
        case ORG_RENAMED, ORG_MOVED ->
            units.get(change.code()).revise(row.name(), row.kind(), parent(row, units), effective);
        case ORG_REOPENED ->
            units.get(change.code()).reopen(row.name(), row.kind(), parent(row, units), effective);
        case ORG_CLOSED -> units.get(change.code()).close(effective);
      }
    }
    if (!changes.isEmpty()) {
      Set<OrgUnit> placed = new HashSet<>();
      units.values().forEach(u -> replace(u, placed));
    }
    return units;
  }

  /** Re-computes the paths below moved units: each unit after its parent. */
  private static void replace(OrgUnit unit, Set<OrgUnit> placed) {
    if (!placed.add(unit)) {
      return;
    }
    if (unit.getParent() != null) {
      replace(unit.getParent(), placed);
    }
    unit.placeUnder(unit.getParent());
  }

  private static OrgUnit parent(OrgRow row, Map<String, OrgUnit> units) {
    return row.parentCode() == null ? null : units.get(row.parentCode());
  }

  private static int depth(String code, Map<String, String> parents) {
    int depth = 0;
    for (String c = parents.get(code); c != null && depth < parents.size(); c = parents.get(c)) {
      depth++;
    }
    return depth;
  }

  private void applyStaff(
      long runId, List<StaffChange> changes, Map<String, OrgUnit> units, LocalDate effective) {
    List<String> known = new ArrayList<>();
    for (StaffChange change : changes) {
      boolean isNew = change.kind() == StaffChange.Kind.HIRED && !change.rehire();
      if (!isNew && change.kind() != StaffChange.Kind.UNCHANGED) {
        known.add(change.employeeNo());
      }
    }
    Map<String, Assignment> open = openAssignments(known);
    Map<String, Staff> people = staff(known, open);
    List<String> leavers = new ArrayList<>();
    List<String> back = new ArrayList<>();
    List<StaffRow> newcomers = new ArrayList<>();
    int done = 0;
    for (StaffChange change : changes) {
      if (++done % CHUNK == 0) {
        progress.applying(runId, done, changes.size());
      }
      StaffRow row = change.row();
      Staff staff = people.get(change.employeeNo());
      Assignment current = open.get(change.employeeNo());
      switch (change.kind()) {
        case UNCHANGED -> {}
        case HIRED, TRANSFERRED, POSITION_CHANGED, UPDATED -> {
          if (staff == null) {
            newcomers.add(row);
            continue;
          }
          boolean rehired = change.kind() == StaffChange.Kind.HIRED;
          describe(staff, row);
          if (rehired || assignmentChanged(staff, row)) {
            staff.reassign(
                current,
                units.get(row.orgCode()),
                row.position(),
                row.managerNo(),
                row.status(),
                effective);
          }
          if (rehired) {
            back.add(row.employeeNo());
          }
        }
        case LEFT -> {
          staff.leave(current, effective);
          leavers.add(change.employeeNo());
        }
      }
    }
    em.flush();
    hire(newcomers, units, effective);
    afterCommit(leavers, back);
  }

  /**
   * Newcomers go in by JDBC batches on the transaction's own connection: a first import of a whole
   * city is 20,000 people and as many assignments, which the persistence context would take seconds
   * to build and flush. The rule is {@link Staff#hire}'s: one open assignment from the effective
   * date.
   */
  private void hire(List<StaffRow> rows, Map<String, OrgUnit> units, LocalDate effective) {
    if (rows.isEmpty()) {
      return;
    }
    Connection connection = em.unwrap(Connection.class);
    try {
      long staffId = reserveIds(connection, "staff", rows.size());
      long assignmentId = reserveIds(connection, "assignment", rows.size());
      try (PreparedStatement staff =
              connection.prepareStatement(
                  "INSERT INTO staff (id, employee_no, name, name_kana, search_text, email,"
                      + " job_category, hired_on, status, org_unit_id, position, manager_no, version)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)");
          PreparedStatement assignment =
              connection.prepareStatement(
                  "INSERT INTO assignment (id, staff_id, org_unit_id, position, manager_no, status,"
                      + " valid_from) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        int n = 0;
        for (StaffRow row : rows) {
          long id = staffId + n;
          long unit = units.get(row.orgCode()).getId();
          staff.setLong(1, id);
          staff.setString(2, row.employeeNo());
          staff.setString(3, row.name());
          staff.setString(4, row.nameKana());
          staff.setString(5, Staff.searchText(row.name(), row.nameKana(), row.employeeNo()));
          staff.setString(6, row.email());
          staff.setString(7, row.jobCategory());
          staff.setObject(8, row.hiredOn() == null ? null : Date.valueOf(row.hiredOn()));
          staff.setString(9, row.status().name());
          staff.setLong(10, unit);
          staff.setString(11, row.position());
          staff.setString(12, row.managerNo());
          staff.addBatch();
          assignment.setLong(1, assignmentId + n);
          assignment.setLong(2, id);
          assignment.setLong(3, unit);
          assignment.setString(4, row.position());
          assignment.setString(5, row.managerNo());
          assignment.setString(6, row.status().name());
          assignment.setDate(7, Date.valueOf(effective));
          assignment.addBatch();
          if (++n % CHUNK == 0) {
            staff.executeBatch();
            assignment.executeBatch();
          }
        }
        staff.executeBatch();
        assignment.executeBatch();
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

  private static boolean assignmentChanged(Staff staff, StaffRow row) {
    return !staff.getOrgUnit().getCode().equals(row.orgCode())
        || !staff.getPosition().equals(row.position())
        || !Objects.equals(staff.getManagerNo(), row.managerNo())
        || staff.getStatus() != row.status();
  }

  private static void describe(Staff staff, StaffRow row) {
    staff.describe(row.name(), row.nameKana(), row.email(), row.jobCategory());
    staff.hired(row.hiredOn());
  }

  private Map<String, Assignment> openAssignments(List<String> employeeNos) {
    Map<String, Assignment> open = new HashMap<>();
    for (int i = 0; i < employeeNos.size(); i += CHUNK) {
      em.createNamedQuery(Assignment.OPEN_FOR, Assignment.class)
          .setParameter(
              "employeeNos", employeeNos.subList(i, Math.min(employeeNos.size(), i + CHUNK)))
          .getResultStream()
          .forEach(a -> open.put(a.getStaff().getEmployeeNo(), a));
    }
    return open;
  }

  private Map<String, Staff> staff(List<String> employeeNos, Map<String, Assignment> open) {
    Map<String, Staff> staff = new HashMap<>();
    open.forEach((no, a) -> staff.put(no, a.getStaff()));
    List<String> rest = employeeNos.stream().filter(no -> !staff.containsKey(no)).toList();
    for (int i = 0; i < rest.size(); i += CHUNK) {
      em.createQuery("SELECT s FROM Staff s WHERE s.employeeNo IN :nos", Staff.class)
          .setParameter("nos", rest.subList(i, Math.min(rest.size(), i + CHUNK)))
          .getResultStream()
          .forEach(s -> staff.put(s.getEmployeeNo(), s));
    }
    return staff;
  }

  /** Sessions of leavers end only once their leaving is committed. */
  private void afterCommit(List<String> leavers, List<String> back) {
    if (leavers.isEmpty() && back.isEmpty()) {
      return;
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              revocations.revoke(leavers);
              revocations.restore(back);
            }
          }
        });
  }
}
