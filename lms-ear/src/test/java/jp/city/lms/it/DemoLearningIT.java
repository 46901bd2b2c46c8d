package jp.city.lms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import jp.city.lms.demo.boundary.DemoData;
import jp.city.lms.enrolment.boundary.Enrolments;
import jp.city.lms.enrolment.entity.EnrolmentStatus;
import jp.city.lms.learning.boundary.LearningRecord;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.security.entity.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo city starts with its learning history, loaded on the first start: the city's numbers
 * (about 700 silver a year), offering counters that are the counts of their rows, full offerings
 * with a waitlist, nothing after someone left or in the future, and the demo staff login with
 * bronze and places to come, read through the same boundaries as the pages.
 */
@ExtendWith(ArquillianExtension.class)
class DemoLearningIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @Resource(lookup = "java:jboss/datasources/LmsDS")
  DataSource dataSource;

  @EJB AsAdmin admin;
  @EJB LearningRecord learning;
  @EJB Enrolments enrolments;

  @Test
  void silverPerFiscalYearLooksLikeTheCitys() throws Exception {
    Map<String, Map<Integer, Long>> byTier = new HashMap<>();
    try (Connection c = dataSource.getConnection();
        ResultSet rows =
            c.createStatement()
                .executeQuery(
                    "SELECT tier, fiscal_year, COUNT(*) FROM tier_achievement"
                        + " GROUP BY tier, fiscal_year")) {
      while (rows.next()) {
        byTier
            .computeIfAbsent(rows.getString(1), k -> new HashMap<>())
            .put(rows.getInt(2), rows.getLong(3));
      }
    }
    Map<Integer, Long> silver = byTier.getOrDefault("silver", Map.of());
    Map<Integer, Long> gold = byTier.getOrDefault("gold", Map.of());
    for (int year : new int[] {2023, 2024}) {
      long n = silver.getOrDefault(year, 0L);
      assertTrue(n >= 600 && n <= 800, "silver FY" + year + ": " + silver);
    }
    long gold2024 = gold.getOrDefault(2024, 0L);
    assertTrue(gold2024 >= 45 && gold2024 <= 75, "gold FY2024: " + gold);
    assertEquals(0L, gold.getOrDefault(2023, 0L), "gold from FY2024");
  }

  @Test
  void offeringCountersAreTheCountsOfTheirRows() throws Exception {
    try (Connection c = dataSource.getConnection()) {
      assertEquals(
          0,
          count(
              c,
              "SELECT COUNT(*) FROM offering o WHERE o.enrolled <> (SELECT COUNT(*) FROM enrolment e"
                  + " WHERE e.offering_id = o.id AND e.status IN"
                  + " ('ENROLLED', 'COMPLETED', 'NOT_COMPLETED', 'NO_SHOW'))"
                  + " OR o.waitlisted <> (SELECT COUNT(*) FROM enrolment e"
                  + " WHERE e.offering_id = o.id AND e.status = 'WAITLISTED')"
                  + " OR o.arrivals < (SELECT COUNT(*) FROM enrolment e WHERE e.offering_id = o.id)"
                  + " OR o.enrolled > o.capacity"));
      assertTrue(count(c, "SELECT COUNT(*) FROM offering") > 500);
      assertTrue(count(c, "SELECT COUNT(*) FROM enrolment WHERE status = 'ENROLLED'") > 1_000);
      assertTrue(
          count(
                  c,
                  "SELECT COUNT(*) FROM offering o WHERE o.enrolled = o.capacity AND o.waitlisted > 0"
                      + " AND o.status = 'SCHEDULED' AND o.starts_at > CURRENT_TIMESTAMP")
              >= 3,
          "full offerings to come with a waitlist");
      // the waitlist is behind the seats
      assertEquals(
          0,
          count(
              c,
              "SELECT COUNT(*) FROM enrolment w JOIN enrolment s ON s.offering_id = w.offering_id"
                  + " WHERE w.status = 'WAITLISTED' AND s.status = 'ENROLLED'"
                  + " AND s.arrival > w.arrival"));
      // the persistence unit goes on above the loaded ids
      for (String table :
          new String[] {"offering", "enrolment", "completion", "tier_achievement"}) {
        assertTrue(
            count(c, "SELECT next_val FROM id_gen WHERE gen_name = '" + table + "'")
                >= count(c, "SELECT COALESCE(MAX(id), 0) FROM " + table),
            table);
      }
    }
  }

  @Test
  void nothingAfterLeavingOrInTheFuture() throws Exception {
    LocalDate today = CityClock.systemToday();
    try (Connection c = dataSource.getConnection()) {
      assertTrue(count(c, "SELECT COUNT(*) FROM completion") > 30_000);
      assertTrue(
          count(
                  c,
                  "SELECT COUNT(*) FROM completion c JOIN staff s ON s.id = c.staff_id"
                      + " WHERE s.left_on IS NOT NULL")
              > 0,
          "leavers keep their learning");
      assertEquals(
          0,
          count(
              c,
              "SELECT COUNT(*) FROM completion c JOIN staff s ON s.id = c.staff_id"
                  + " WHERE c.completed_on > ? OR (s.left_on IS NOT NULL AND c.completed_on >= s.left_on)",
              today));
      assertEquals(
          0,
          count(
              c,
              "SELECT COUNT(*) FROM enrolment e JOIN staff s ON s.id = e.staff_id"
                  + " WHERE s.left_on IS NOT NULL AND e.requested_at >= s.left_on"));
      assertEquals(
          0,
          count(
              c,
              "SELECT COUNT(*) FROM enrolment e JOIN staff s ON s.id = e.staff_id"
                  + " WHERE e.status IN ('ENROLLED', 'WAITLISTED') AND s.status = 'LEFT'"));
    }
  }

  @Test
  void theDemoStaffLoginHasBronzeAndPlacesToCome() throws Exception {
    String staff = DemoData.logins().get(Role.STAFF);
    LearningRecord.Learning record = admin.call(() -> learning.of(staff)).orElseThrow();
    Set<String> tiers = record.tiers().stream().map(t -> t.getTier()).collect(Collectors.toSet());
    assertEquals(Set.of("bronze"), tiers);
    assertTrue(record.completions().size() >= 5, record.completions().toString());
    List<EnrolmentStatus> places =
        admin.call(() -> enrolments.of(staff)).orElseThrow().stream()
            .map(p -> p.enrolment().getStatus())
            .toList();
    assertTrue(places.contains(EnrolmentStatus.ENROLLED), places.toString());
    // a seat in one offering and the waitlist of a full one; a leaver imported by another test
    // frees a seat in the full one, and the login moves up: two live places either way
    assertTrue(
        places.stream()
                .filter(s -> s == EnrolmentStatus.ENROLLED || s == EnrolmentStatus.WAITLISTED)
                .count()
            >= 2,
        places.toString());
    String gold = DemoData.logins().get(Role.ADMIN);
    assertTrue(
        admin.call(() -> learning.of(gold)).orElseThrow().tiers().stream()
            .anyMatch(t -> t.getTier().equals("gold")));
  }

  private static long count(Connection c, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement query = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }
}
