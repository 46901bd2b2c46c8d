package jp.city.lms.registry.control;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.city.lms.registry.entity.OrgUnit;
import jp.city.lms.registry.entity.OrgUnitVersion;

/**
 * Every org unit with all its versions, read at once: a city has hundreds of units, and an import
 * or the change of date needs the whole tree on a date and each unit's history to write into.
 */
public final class OrgHistory {

  final Map<String, OrgUnit> units = new HashMap<>();
  private final Map<String, List<OrgUnitVersion>> versions = new HashMap<>();

  public OrgHistory(EntityManager em) {
    em.createNamedQuery(OrgUnit.FIND_ALL, OrgUnit.class)
        .getResultStream()
        .forEach(u -> units.put(u.getCode(), u));
    em.createNamedQuery(OrgUnitVersion.ALL, OrgUnitVersion.class)
        .getResultStream()
        .forEach(v -> versions(v.getOrgUnit().getCode()).add(v));
  }

  /** The unit's versions; the list is the one the unit's changes keep up to date. */
  List<OrgUnitVersion> versions(String code) {
    return versions.computeIfAbsent(code, k -> new ArrayList<>());
  }

  /** The unit's version on the date; null when it was not open then. */
  OrgUnitVersion asOf(String code, LocalDate date) {
    for (OrgUnitVersion v : versions(code)) {
      if (v.covers(date)) {
        return v;
      }
    }
    return null;
  }

  /** Shows every unit as its history says of the date. */
  public void showAsOf(LocalDate date) {
    units.values().forEach(u -> u.showAsOf(date, versions(u.getCode())));
  }
}
