package jp.city.lms.registry.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.city.lms.registry.entity.OrgUnit;
import jp.city.lms.registry.entity.SearchText;
import jp.city.lms.registry.entity.Staff;
import jp.city.lms.registry.entity.StaffStatus;
import jp.city.lms.security.entity.Role;

/**
 * The staff directory (職員名簿) of the training office and administrators: search by name, reading or
 * employee number, narrowed to an org unit and everything below it. Filtering, sorting and paging
 * happen in the database, because the city has thousands of staff.
 */
@Stateless
@RolesAllowed({Role.TRAINING_OFFICE, Role.ADMIN})
public class StaffDirectory {

  /**
   * What the directory is asked: free text, an org unit whose subtree to search, and whether
   * leavers count.
   */
  public record Criteria(
      @Size(max = 100) String text, @Size(max = 32) String orgCode, boolean includeLeft) {

    public static Criteria all() {
      return new Criteria(null, null, false);
    }
  }

  /** The columns people sort by; anything else is refused rather than pasted into a query. */
  public enum SortBy {
    EMPLOYEE_NO("s.employeeNo"),
    NAME_KANA("s.nameKana"),
    ORG_UNIT("o.path"),
    POSITION("s.position"),
    HIRED_ON("s.hiredOn");

    private final String path;

    SortBy(String path) {
      this.path = path;
    }
  }

  @PersistenceContext EntityManager em;

  public List<Staff> search(
      @NotNull Criteria criteria,
      @Min(0) int first,
      @Min(1) @Max(500) int pageSize,
      @NotNull SortBy sortBy,
      boolean ascending) {
    String order = sortBy.path + (ascending ? " ASC" : " DESC");
    TypedQuery<Staff> query =
        em.createQuery(
            "SELECT s FROM Staff s JOIN FETCH s.orgUnit o"
                + where(criteria)
                + " ORDER BY "
                + order
                + ", s.employeeNo",
            Staff.class);
    bind(query, criteria, subtreeOf(criteria));
    List<Staff> page = query.setFirstResult(first).setMaxResults(pageSize).getResultList();
    page.forEach(s -> s.getOrgUnit().getLabel());
    return page;
  }

  public long count(@NotNull Criteria criteria) {
    TypedQuery<Long> query =
        em.createQuery(
            "SELECT COUNT(s) FROM Staff s JOIN s.orgUnit o" + where(criteria), Long.class);
    bind(query, criteria, subtreeOf(criteria));
    return query.getSingleResult();
  }

  /** Every org unit open today, parents before children, for the subtree filter. */
  public List<OrgUnit> orgUnits() {
    return em.createNamedQuery(OrgUnit.FIND_ALL, OrgUnit.class)
        .getResultStream()
        .filter(u -> !u.isClosed())
        .toList();
  }

  private static String where(Criteria criteria) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    // people a snapshot dated ahead brings in are not here yet; leavers only when asked for
    where.append(" AND s.status IN :shown");
    if (hasText(criteria.text())) {
      where.append(" AND s.searchText LIKE :text ESCAPE '!'");
    }
    if (hasText(criteria.orgCode())) {
      where.append(" AND o.path LIKE :subtree ESCAPE '!'");
    }
    return where.toString();
  }

  /** The path prefix of the chosen org unit's subtree; an unknown code matches nobody. */
  private String subtreeOf(Criteria criteria) {
    if (!hasText(criteria.orgCode())) {
      return null;
    }
    return em.createNamedQuery(OrgUnit.FIND_BY_CODE, OrgUnit.class)
        .setParameter("code", criteria.orgCode().strip())
        .getResultStream()
        .findFirst()
        .map(unit -> SearchText.escapeLike(unit.getPath()) + "%")
        .orElse("");
  }

  private static void bind(TypedQuery<?> query, Criteria criteria, String subtree) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put(
        "shown",
        criteria.includeLeft()
            ? List.of(StaffStatus.ACTIVE, StaffStatus.ON_LEAVE, StaffStatus.LEFT)
            : List.of(StaffStatus.ACTIVE, StaffStatus.ON_LEAVE));
    if (hasText(criteria.text())) {
      parameters.put(
          "text", "%" + SearchText.escapeLike(SearchText.normalise(criteria.text())) + "%");
    }
    if (subtree != null) {
      parameters.put("subtree", subtree);
    }
    parameters.forEach(query::setParameter);
  }

  private static boolean hasText(String s) {
    return s != null && !s.isBlank();
  }
}
