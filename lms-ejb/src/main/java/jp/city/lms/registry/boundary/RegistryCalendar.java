package jp.city.lms.registry.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.registry.control.OrgHistory;
import jp.city.lms.registry.control.People;
import jp.city.lms.registry.control.RegistryUpdate;
import jp.city.lms.registry.entity.Assignment;
import jp.city.lms.registry.entity.RegistryEvents;
import jp.city.lms.registry.entity.StaffEvent;
import jp.city.lms.security.entity.Role;

/**
 * The change of date: at the start of every city day (and at the next start of the server if it was
 * down then) the registry's present columns are brought to what its history says of today, so that
 * changes imported ahead of their date (a 1 April transfer sent in March, a leaver on the 31st)
 * take effect on their day: the leaver's sessions end and their login is refused from then on, the
 * transfer shows in the directory. Only people whose history changes between the day last shown and
 * today are read.
 */
@Singleton
@Startup
// after the demo's first load, which holds the registry's lock while it imports
@DependsOn({"DatabaseMigration", "DemoData"})
public class RegistryCalendar {

  private static final Logger LOG = Logger.getLogger(RegistryCalendar.class.getName());

  @PersistenceContext EntityManager em;
  @EJB RegistryUpdate update;
  @Inject CityClock clock;
  @Inject Event<RegistryEvents> registryEvents;

  @PostConstruct
  void atStart() {
    showToday();
  }

  @Schedule(hour = "0", minute = "0", second = "5", timezone = "Asia/Tokyo", persistent = false)
  void atStartOfDay() {
    showToday();
  }

  /**
   * Brings the registry to today now, as the daily job does; for administrators and for tests that
   * move the city's clock.
   *
   * @return the number of people whose present state changed
   */
  @RolesAllowed(Role.ADMIN)
  public int turnDay() {
    return showToday();
  }

  private int showToday() {
    LocalDate today = clock.today();
    update.lockRegistry();
    Object value =
        em.createNativeQuery("SELECT shown_on FROM registry_calendar WHERE id = 1")
            .getSingleResult();
    LocalDate shown = value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    if (today.equals(shown)) {
      return 0;
    }
    List<String> people =
        shown == null
            ? em.createQuery("SELECT s.employeeNo FROM Staff s", String.class).getResultList()
            : em.createNamedQuery(Assignment.CHANGING_BETWEEN, String.class)
                .setParameter("low", shown.isBefore(today) ? shown : today)
                .setParameter("high", shown.isBefore(today) ? today : shown)
                .getResultList();
    List<StaffEvent> events = People.read(em, people).showAsOf(today);
    new OrgHistory(em).showAsOf(today);
    em.createNativeQuery("UPDATE registry_calendar SET shown_on = ? WHERE id = 1")
        .setParameter(1, java.sql.Date.valueOf(today))
        .executeUpdate();
    if (!events.isEmpty()) {
      registryEvents.fire(new RegistryEvents(events));
    }
    LOG.info(
        () ->
            "Registry shown as of "
                + today
                + " (last "
                + shown
                + "): "
                + people.size()
                + " people read, "
                + events.size()
                + " changes took effect");
    return events.size();
  }
}
