package jp.city.lms.registry.control;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.city.lms.registry.entity.Assignment;
import jp.city.lms.registry.entity.Staff;
import jp.city.lms.registry.entity.StaffEvent;

/**
 * Staff with all their assignments, read a thousand people per query: what writing a snapshot into
 * history, showing a new day, or asking since when someone holds a position needs.
 */
public final class People {

  private static final int CHUNK = 1000;

  private final Map<String, Staff> staff = new HashMap<>();
  private final Map<String, List<Assignment>> histories = new HashMap<>();

  private People() {}

  public static People read(EntityManager em, Collection<String> employeeNos) {
    People people = new People();
    for (List<String> chunk : chunks(List.copyOf(employeeNos))) {
      em.createNamedQuery(Staff.FIND_BY_EMPLOYEE_NOS, Staff.class)
          .setParameter("employeeNos", chunk)
          .getResultStream()
          .forEach(s -> people.staff.put(s.getEmployeeNo(), s));
      em.createNamedQuery(Assignment.OF_PEOPLE, Assignment.class)
          .setParameter("employeeNos", chunk)
          .getResultStream()
          .forEach(a -> people.history(a.getStaff().getEmployeeNo()).add(a));
    }
    return people;
  }

  /** The person, or null when the registry does not know them. */
  public Staff get(String employeeNo) {
    return staff.get(employeeNo);
  }

  /** The person's assignments, oldest first; the list their changes keep up to date. */
  public List<Assignment> history(String employeeNo) {
    return histories.computeIfAbsent(employeeNo, k -> new ArrayList<>());
  }

  /** Shows everyone as their history says of the date; answers what took effect. */
  public List<StaffEvent> showAsOf(LocalDate date) {
    List<StaffEvent> events = new ArrayList<>();
    staff.forEach((no, person) -> person.showAsOf(date, history(no)).ifPresent(events::add));
    return events;
  }

  /** Lists of at most a thousand, for IN clauses. */
  public static List<List<String>> chunks(List<String> all) {
    List<List<String>> chunks = new ArrayList<>();
    for (int i = 0; i < all.size(); i += CHUNK) {
      chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
    }
    return chunks;
  }
}
