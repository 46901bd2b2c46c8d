package jp.city.lms.registry.control;

import java.util.List;
import java.util.Set;

/**
 * A registry snapshot as read from orgs.csv and staff.csv: the rows that can be imported, the rows
 * that cannot and why, and who is on the rejected rows. The rejected employee numbers and org codes
 * matter to the diff: a person or unit whose row was rejected is not missing from the snapshot and
 * must not be marked as left or closed.
 *
 * @param orgRowCount data rows of orgs.csv, accepted or not
 * @param staffRowCount data rows of staff.csv, accepted or not
 */
public record ParsedSnapshot(
    String orgsFile,
    String staffFile,
    List<OrgRow> orgs,
    List<StaffRow> staff,
    List<Rejection> rejections,
    Set<String> rejectedEmployeeNos,
    Set<String> rejectedOrgCodes,
    int orgRowCount,
    int staffRowCount) {

  public ParsedSnapshot {
    orgs = List.copyOf(orgs);
    staff = List.copyOf(staff);
    rejections = List.copyOf(rejections);
    rejectedEmployeeNos = Set.copyOf(rejectedEmployeeNos);
    rejectedOrgCodes = Set.copyOf(rejectedOrgCodes);
  }
}
