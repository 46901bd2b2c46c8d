package jp.city.lms.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.city.lms.audit.entity.AuditEntry;
import jp.city.lms.security.entity.Role;

/**
 * Administrators read the audit log: by person (who acted, or whom it was about), by kind and by
 * date, newest first, a page at a time or all of it for an export.
 */
@Stateless
@RolesAllowed(Role.ADMIN)
public class AuditLog {

  /** At most this many entries go into one export. */
  public static final int EXPORT_MAX = 100_000;

  /** What to look for; each part may be empty. Dates are the city's, both ends included. */
  public record Search(String person, String kind, LocalDate from, LocalDate to) {}

  @PersistenceContext EntityManager em;

  public List<AuditEntry> find(Search search, int first, int max) {
    return query(search, "SELECT e", " ORDER BY e.happenedAt DESC, e.id DESC", AuditEntry.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long count(Search search) {
    return query(search, "SELECT COUNT(e)", "", Long.class).getSingleResult();
  }

  /** Everything that matches, newest first, up to {@link #EXPORT_MAX}. */
  public List<AuditEntry> export(Search search) {
    return find(search, 0, EXPORT_MAX);
  }

  /** The kinds of change recorded so far, for the page's filter. */
  public List<String> kinds() {
    return em.createQuery("SELECT DISTINCT e.kind FROM AuditEntry e ORDER BY e.kind", String.class)
        .getResultList();
  }

  private <T> TypedQuery<T> query(Search search, String select, String order, Class<T> type) {
    List<String> where = new ArrayList<>();
    Map<String, Object> parameters = new HashMap<>();
    if (search.person() != null && !search.person().isBlank()) {
      where.add("(e.actor = :person OR e.subject = :person)");
      // employee numbers as typed: full-width digits find the same person
      parameters.put("person", Normalizer.normalize(search.person(), Normalizer.Form.NFKC).strip());
    }
    if (search.kind() != null && !search.kind().isBlank()) {
      where.add("e.kind = :kind");
      parameters.put("kind", search.kind());
    }
    if (search.from() != null) {
      where.add("e.happenedAt >= :from");
      parameters.put("from", search.from().atStartOfDay());
    }
    if (search.to() != null) {
      where.add("e.happenedAt < :to");
      parameters.put("to", search.to().plusDays(1).atStartOfDay());
    }
    String jpql =
        select
            + " FROM AuditEntry e"
            + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
            + order;
    TypedQuery<T> query = em.createQuery(jpql, type);
    parameters.forEach(query::setParameter);
    return query;
  }
}
