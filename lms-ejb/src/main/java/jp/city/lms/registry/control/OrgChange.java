package jp.city.lms.registry.control;

/**
 * What an import does to one org unit (所属). Units are never deleted: a unit missing from the
 * snapshot is closed, and reopened if it comes back, so that past assignments still point
 * somewhere. Each unit gets one change, the most significant that applies (added, reopened, moved,
 * renamed); {@link Kind#ORG_RENAMED} covers a new name or a new kind (種別). Units left as they are
 * get no change.
 *
 * @param row the snapshot row to apply; null for a closed unit
 */
public record OrgChange(
    String code,
    String name,
    Kind kind,
    String fromName,
    String toName,
    String fromParentCode,
    String toParentCode,
    OrgRow row) {

  public enum Kind {
    ORG_ADDED,
    ORG_RENAMED,
    ORG_MOVED,
    ORG_CLOSED,
    ORG_REOPENED
  }
}
