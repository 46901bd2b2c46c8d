package jp.city.lms.registry.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import jp.city.lms.registry.entity.ChangeCounts;
import jp.city.lms.registry.entity.StaffStatus;

/**
 * What importing a snapshot would change in the registry: a pure function of the registry as it is,
 * the snapshot, and the size of the last import, so that a dry run and a real run show the same
 * diff. The snapshot is the full registry, hence anyone (and any org unit) it does not mention has
 * left (closed) — unless their row was rejected, because a row that could not be read says nothing
 * about whether that person is still there. Importing a snapshot the registry already equals
 * changes nothing.
 *
 * <p>A person in the snapshot with status 退職 who is unknown to the registry, or already known as
 * having left, is unchanged: the registry does not follow people after they leave.
 */
public final class RegistryDiff {

  private RegistryDiff() {}

  /**
   * Computes the changes.
   *
   * @param registry the staff in the registry by employee number, including those who left
   * @param orgUnits the org units in the registry by code, including closed ones
   * @param snapshot the snapshot as read
   * @param lastImportRows {@link RegistryChanges#snapshotStaffRows()} of the last applied import, 0
   *     if none
   */
  public static RegistryChanges compute(
      Map<String, CurrentStaff> registry,
      Map<String, CurrentOrg> orgUnits,
      ParsedSnapshot snapshot,
      int lastImportRows) {
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(orgUnits, "orgUnits");
    Objects.requireNonNull(snapshot, "snapshot");
    List<OrgChange> orgChanges = orgChanges(orgUnits, snapshot);
    List<StaffChange> staffChanges = staffChanges(registry, snapshot);
    int activeBefore = 0;
    for (CurrentStaff person : registry.values()) {
      if (person.status() != StaffStatus.LEFT) {
        activeBefore++;
      }
    }
    int snapshotStaffRows = 0;
    for (StaffRow row : snapshot.staff()) {
      if (row.status() != StaffStatus.LEFT) {
        snapshotStaffRows++;
      }
    }
    return new RegistryChanges(
        staffChanges,
        orgChanges,
        counts(staffChanges, orgChanges, snapshotStaffRows),
        snapshot.rejections(),
        activeBefore,
        lastImportRows);
  }

  private static List<OrgChange> orgChanges(
      Map<String, CurrentOrg> orgUnits, ParsedSnapshot snapshot) {
    List<OrgChange> changes = new ArrayList<>();
    Set<String> present = new HashSet<>(snapshot.orgs().size() * 2);
    for (OrgRow row : snapshot.orgs()) {
      present.add(row.code());
      CurrentOrg current = orgUnits.get(row.code());
      OrgChange.Kind kind;
      if (current == null) {
        kind = OrgChange.Kind.ORG_ADDED;
      } else if (current.closed()) {
        kind = OrgChange.Kind.ORG_REOPENED;
      } else if (!same(current.parentCode(), row.parentCode())) {
        kind = OrgChange.Kind.ORG_MOVED;
      } else if (!same(current.name(), row.name()) || !same(current.kind(), row.kind())) {
        kind = OrgChange.Kind.ORG_RENAMED;
      } else {
        continue;
      }
      changes.add(
          new OrgChange(
              row.code(),
              row.name(),
              kind,
              current == null ? null : current.name(),
              row.name(),
              current == null ? null : current.parentCode(),
              row.parentCode(),
              row));
    }
    List<CurrentOrg> closed = new ArrayList<>();
    for (Map.Entry<String, CurrentOrg> entry : orgUnits.entrySet()) {
      String code = entry.getKey();
      if (!entry.getValue().closed()
          && !present.contains(code)
          && !snapshot.rejectedOrgCodes().contains(code)) {
        closed.add(entry.getValue());
      }
    }
    closed.sort(Comparator.comparing(CurrentOrg::code));
    for (CurrentOrg org : closed) {
      changes.add(
          new OrgChange(
              org.code(),
              org.name(),
              OrgChange.Kind.ORG_CLOSED,
              org.name(),
              null,
              org.parentCode(),
              null,
              null));
    }
    return changes;
  }

  private static List<StaffChange> staffChanges(
      Map<String, CurrentStaff> registry, ParsedSnapshot snapshot) {
    List<StaffChange> changes = new ArrayList<>(Math.max(registry.size(), snapshot.staff().size()));
    Set<String> present = new HashSet<>(snapshot.staff().size() * 2);
    for (StaffRow row : snapshot.staff()) {
      present.add(row.employeeNo());
      CurrentStaff current = registry.get(row.employeeNo());
      changes.add(change(current, row));
    }
    List<CurrentStaff> leavers = new ArrayList<>();
    for (Map.Entry<String, CurrentStaff> entry : registry.entrySet()) {
      String employeeNo = entry.getKey();
      if (entry.getValue().status() != StaffStatus.LEFT
          && !present.contains(employeeNo)
          && !snapshot.rejectedEmployeeNos().contains(employeeNo)) {
        leavers.add(entry.getValue());
      }
    }
    leavers.sort(Comparator.comparing(CurrentStaff::employeeNo));
    for (CurrentStaff person : leavers) {
      changes.add(
          new StaffChange(
              person.employeeNo(),
              person.name(),
              StaffChange.Kind.LEFT,
              person.orgCode(),
              null,
              person.position(),
              null,
              null));
    }
    return changes;
  }

  private static StaffChange change(CurrentStaff current, StaffRow row) {
    boolean leaving = row.status() == StaffStatus.LEFT;
    if (current == null) {
      return leaving
          ? new StaffChange(
              row.employeeNo(), row.name(), StaffChange.Kind.UNCHANGED, null, null, null, null, row)
          : assignment(StaffChange.Kind.HIRED, null, row);
    }
    if (current.status() == StaffStatus.LEFT) {
      return leaving
          ? new StaffChange(
              current.employeeNo(),
              current.name(),
              StaffChange.Kind.UNCHANGED,
              current.orgCode(),
              current.orgCode(),
              current.position(),
              current.position(),
              row)
          : assignment(StaffChange.Kind.HIRED, current, row);
    }
    if (leaving) {
      return new StaffChange(
          current.employeeNo(),
          current.name(),
          StaffChange.Kind.LEFT,
          current.orgCode(),
          null,
          current.position(),
          null,
          row);
    }
    StaffChange.Kind kind;
    if (!same(current.orgCode(), row.orgCode())) {
      kind = StaffChange.Kind.TRANSFERRED;
    } else if (!same(current.position(), row.position())) {
      kind = StaffChange.Kind.POSITION_CHANGED;
    } else if (!sameAttributes(current, row)) {
      kind = StaffChange.Kind.UPDATED;
    } else {
      kind = StaffChange.Kind.UNCHANGED;
    }
    return assignment(kind, current, row);
  }

  private static StaffChange assignment(StaffChange.Kind kind, CurrentStaff current, StaffRow row) {
    return new StaffChange(
        row.employeeNo(),
        row.name(),
        kind,
        current == null ? null : current.orgCode(),
        row.orgCode(),
        current == null ? null : current.position(),
        row.position(),
        row);
  }

  private static boolean sameAttributes(CurrentStaff current, StaffRow row) {
    return same(current.name(), row.name())
        && same(current.nameKana(), row.nameKana())
        && same(current.jobCategory(), row.jobCategory())
        && Objects.equals(current.hiredOn(), row.hiredOn())
        && current.status() == row.status()
        && same(current.email(), row.email())
        && same(current.managerNo(), row.managerNo());
  }

  /** Equal text, where a blank value and no value are the same. */
  private static boolean same(String a, String b) {
    return Objects.equals(a == null || a.isEmpty() ? null : a, b == null || b.isEmpty() ? null : b);
  }

  private static ChangeCounts counts(
      List<StaffChange> staffChanges, List<OrgChange> orgChanges, int staffRows) {
    Map<StaffChange.Kind, Integer> staff = new EnumMap<>(StaffChange.Kind.class);
    for (StaffChange change : staffChanges) {
      staff.merge(change.kind(), 1, Integer::sum);
    }
    Map<OrgChange.Kind, Integer> orgs = new EnumMap<>(OrgChange.Kind.class);
    for (OrgChange change : orgChanges) {
      orgs.merge(change.kind(), 1, Integer::sum);
    }
    return new ChangeCounts(
        staff.getOrDefault(StaffChange.Kind.HIRED, 0),
        staff.getOrDefault(StaffChange.Kind.TRANSFERRED, 0),
        staff.getOrDefault(StaffChange.Kind.POSITION_CHANGED, 0),
        staff.getOrDefault(StaffChange.Kind.UPDATED, 0),
        staff.getOrDefault(StaffChange.Kind.LEFT, 0),
        staff.getOrDefault(StaffChange.Kind.UNCHANGED, 0),
        orgs.getOrDefault(OrgChange.Kind.ORG_ADDED, 0),
        orgs.getOrDefault(OrgChange.Kind.ORG_RENAMED, 0),
        orgs.getOrDefault(OrgChange.Kind.ORG_MOVED, 0),
        orgs.getOrDefault(OrgChange.Kind.ORG_CLOSED, 0),
        orgs.getOrDefault(OrgChange.Kind.ORG_REOPENED, 0),
        staffRows);
  }
}
