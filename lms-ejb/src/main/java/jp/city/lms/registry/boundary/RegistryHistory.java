package jp.city.lms.registry.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.city.lms.registry.entity.Assignment;
import jp.city.lms.registry.entity.OrgUnitVersion;
import jp.city.lms.registry.entity.Staff;
import jp.city.lms.registry.entity.StaffStatus;
import jp.city.lms.security.entity.Role;

/**
 * The registry as of a date: where someone worked and under whom, who worked in an org unit and
 * everything below it, as the tree stood then. Every report that asks "as of" comes through here.
 */
@Stateless
@RolesAllowed({Role.HR_FEED, Role.ADMIN, Role.TRAINING_OFFICE})
public class RegistryHistory {

  /**
   * A person on a date. Someone who had left by then is LEFT, with the last assignment they had.
   */
  public record PersonAsOf(
      String employeeNo,
      String name,
      StaffStatus status,
      String orgCode,
      String orgName,
      String position,
      String managerNo) {}

  @PersistenceContext EntityManager em;

  /** Empty when the registry did not know the person on that date. */
  public Optional<PersonAsOf> person(@NotNull String employeeNo, @NotNull LocalDate date) {
    List<Assignment> upToDate =
        em.createNamedQuery(Assignment.OF_PERSON_UNTIL, Assignment.class)
            .setParameter("employeeNo", employeeNo)
            .setParameter("date", date)
            .setMaxResults(1)
            .getResultList();
    if (upToDate.isEmpty()) {
      return Optional.empty();
    }
    Assignment latest = upToDate.get(0);
    Staff staff = latest.getStaff();
    StaffStatus status = latest.covers(date) ? latest.getStatus() : StaffStatus.LEFT;
    return Optional.of(
        new PersonAsOf(
            staff.getEmployeeNo(),
            staff.getName(),
            status,
            latest.getOrgUnit().getCode(),
            nameAsOf(latest.getOrgUnit().getCode(), date).orElse(latest.getOrgUnit().getName()),
            latest.getPosition(),
            latest.getManagerNo()));
  }

  /**
   * Everyone assigned on that date to the org unit or, with its subtree, to any unit below it then.
   */
  public List<PersonAsOf> members(
      @NotNull String orgCode, @NotNull LocalDate date, boolean withSubtree) {
    Map<String, OrgUnitVersion> tree = treeAsOf(date);
    if (!tree.containsKey(orgCode)) {
      return List.of();
    }
    Set<String> codes = withSubtree ? subtree(orgCode, tree) : Set.of(orgCode);
    List<PersonAsOf> members = new ArrayList<>();
    List<String> all = List.copyOf(codes);
    for (int i = 0; i < all.size(); i += 1000) {
      em.createNamedQuery(Assignment.IN_UNITS_AS_OF, Assignment.class)
          .setParameter("codes", all.subList(i, Math.min(all.size(), i + 1000)))
          .setParameter("date", date)
          .getResultStream()
          .forEach(
              a ->
                  members.add(
                      new PersonAsOf(
                          a.getStaff().getEmployeeNo(),
                          a.getStaff().getName(),
                          a.getStatus(),
                          a.getOrgUnit().getCode(),
                          tree.get(a.getOrgUnit().getCode()).getName(),
                          a.getPosition(),
                          a.getManagerNo())));
    }
    members.sort(java.util.Comparator.comparing(PersonAsOf::employeeNo));
    return members;
  }

  /** An org unit's name on a date, if it existed then. */
  public Optional<String> nameAsOf(@NotNull String orgCode, @NotNull LocalDate date) {
    return Optional.ofNullable(treeAsOf(date).get(orgCode)).map(OrgUnitVersion::getName);
  }

  /** The codes of the units below a unit on a date, the unit included. */
  public Set<String> subtreeAsOf(@NotNull String orgCode, @NotNull LocalDate date) {
    Map<String, OrgUnitVersion> tree = treeAsOf(date);
    return tree.containsKey(orgCode) ? subtree(orgCode, tree) : Set.of();
  }

  private Map<String, OrgUnitVersion> treeAsOf(LocalDate date) {
    Map<String, OrgUnitVersion> tree = new HashMap<>();
    em.createNamedQuery(OrgUnitVersion.AS_OF, OrgUnitVersion.class)
        .setParameter("date", date)
        .getResultStream()
        .forEach(v -> tree.put(v.getOrgUnit().getCode(), v));
    return tree;
  }

  private static Set<String> subtree(String root, Map<String, OrgUnitVersion> tree) {
    Map<String, List<String>> children = new HashMap<>();
    tree.values()
        .forEach(
            v -> {
              if (v.getParent() != null) {
                children
                    .computeIfAbsent(v.getParent().getCode(), k -> new ArrayList<>())
                    .add(v.getOrgUnit().getCode());
              }
            });
    Set<String> codes = new HashSet<>();
    List<String> open = new ArrayList<>(List.of(root));
    while (!open.isEmpty()) {
      String code = open.remove(open.size() - 1);
      if (codes.add(code)) {
        open.addAll(children.getOrDefault(code, List.of()));
      }
    }
    return codes;
  }
}
