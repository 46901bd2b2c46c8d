package jp.city.lms.demo.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import jp.city.lms.curriculum.control.ContentLoader;
import jp.city.lms.curriculum.entity.CourseFormat;
import jp.city.lms.curriculum.entity.ProgrammeContent;
import jp.city.lms.demo.control.LearningGenerator.CompletionRow;
import jp.city.lms.demo.control.LearningGenerator.EnrolmentRow;
import jp.city.lms.demo.control.LearningGenerator.History;
import jp.city.lms.demo.control.LearningGenerator.OfferingRow;
import jp.city.lms.demo.control.LearningGenerator.Person;
import jp.city.lms.demo.control.LearningGenerator.Scale;
import jp.city.lms.demo.control.LearningGenerator.TierRow;
import jp.city.lms.enrolment.entity.EnrolmentStatus;
import jp.city.lms.learning.entity.TierJudgement;
import jp.city.lms.platform.entity.FiscalYear;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's learning history must look like the city's (about 700 silver and 60 gold a year, most
 * staff working through bronze) and keep every rule the LMS keeps: nothing in the future or after
 * someone left, no offering over its capacity, counters equal to the rows, the waitlist behind the
 * seats in order of arrival, and tiers on the days the contract gives them.
 */
class LearningGeneratorTest {

  private static final long SEED = 2023;
  private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 30, 10, 0);

  private static ProgrammeContent content;
  private static CityGenerator city;
  private static List<Person> people;
  private static Map<String, String> logins;
  private static History history;
  private static long generatedInMs;

  @BeforeAll
  static void generate() throws Exception {
    content = new ContentLoader().load(Path.of("..", "content"));
    city = new CityGenerator(SEED, CityGenerator.DEFAULT_STAFF_COUNT);
    people = LearningGenerator.peopleOf(city, NOW.toLocalDate());
    logins = city.demoAccounts(city.snapshot(2026));
    long started = System.nanoTime();
    history = generator(SEED).generate();
    generatedInMs = (System.nanoTime() - started) / 1_000_000;
  }

  private static LearningGenerator generator(long seed) {
    return new LearningGenerator(seed, people, content, NOW, Scale.of(9_000), logins);
  }

  @Test
  void sameSeedSameHistoryOtherSeedOtherHistory() {
    History again = generator(SEED).generate();
    assertEquals(history, again);
    History other = generator(SEED + 1).generate();
    assertNotEquals(history.completions(), other.completions());
  }

  @Test
  void generatesQuickly() {
    assertTrue(generatedInMs < 15_000, "generated in " + generatedInMs + " ms");
    System.out.printf(
        "learning history: %d offerings, %d enrolments, %d completions, %d tiers in %d ms %s%n",
        history.offerings().size(),
        history.enrolments().size(),
        history.completions().size(),
        history.tiers().size(),
        generatedInMs,
        history.tiersByFiscalYear());
  }

  @Test
  void tiersPerYearLookLikeTheCitys() {
    Map<String, Map<Integer, Integer>> byYear = history.tiersByFiscalYear();
    for (int year = 2023; year <= 2025; year++) {
      int silver = byYear.get("silver").getOrDefault(year, 0);
      assertTrue(silver >= 600 && silver <= 800, "silver FY" + year + ": " + silver);
    }
    assertEquals(0, byYear.get("gold").getOrDefault(2023, 0));
    for (int year = 2024; year <= 2025; year++) {
      int gold = byYear.get("gold").getOrDefault(year, 0);
      assertTrue(gold >= 45 && gold <= 75, "gold FY" + year + ": " + gold);
    }
    // FY2026 so far (April to November): a part of the year's target
    int silverSoFar = byYear.get("silver").getOrDefault(2026, 0);
    assertTrue(silverSoFar > 200 && silverSoFar < 700, "silver FY2026 so far: " + silverSoFar);
  }

  @Test
  void mostStaffAreWorkingThroughBronze() {
    Set<String> bronzeCourses =
        Set.copyOf(content.tier("bronze").orElseThrow().requirement().required());
    Map<Long, Set<String>> done = new HashMap<>();
    for (CompletionRow c : history.completions()) {
      if (bronzeCourses.contains(c.course())) {
        done.computeIfAbsent(c.staff(), k -> new HashSet<>()).add(c.course());
      }
    }
    long employedToday = people.stream().filter(p -> p.employedOn(NOW.toLocalDate())).count();
    long inProgress =
        people.stream()
            .filter(p -> p.employedOn(NOW.toLocalDate()) && done.containsKey(p.id()))
            .count();
    long partial = done.values().stream().filter(s -> s.size() < bronzeCourses.size()).count();
    long bronze = history.tiers().stream().filter(t -> t.tier().equals("bronze")).count();
    assertTrue(inProgress > 0.85 * employedToday, inProgress + " of " + employedToday);
    assertTrue(bronze > 5_000 && bronze < 8_500, "bronze " + bronze);
    assertTrue(partial > 1_500, "with 1-3 bronze courses: " + partial);
    for (CompletionRow c : history.completions()) {
      if (bronzeCourses.contains(c.course())) {
        assertEquals(-1, c.enrolment(), "e-learning has no offering");
        assertNotNull(c.source());
        assertNotEquals(LearningGenerator.ATTENDANCE, c.source());
      }
    }
  }

  @Test
  void nothingInTheFutureOrAfterLeavingOrBeforeHire() {
    Map<Long, Person> byId = people.stream().collect(Collectors.toMap(Person::id, p -> p));
    LocalDate today = NOW.toLocalDate();
    int leaversWithLearning = 0;
    for (CompletionRow c : history.completions()) {
      Person p = byId.get(c.staff());
      assertFalse(c.completedOn().isAfter(today), c.toString());
      assertTrue(p.employedOn(c.completedOn()), c + " of " + p);
      if (p.leftOn() != null) {
        leaversWithLearning++;
      }
    }
    assertTrue(leaversWithLearning > 0, "leavers keep their learning");
    for (EnrolmentRow e : history.enrolments()) {
      Person p = byId.get(e.staff());
      assertFalse(e.requestedAt().isAfter(NOW), e.toString());
      assertTrue(p.employedOn(e.requestedAt().toLocalDate()), e + " of " + p);
      if (e.endedAt() != null) {
        assertFalse(e.endedAt().isAfter(NOW), e.toString());
      }
    }
    for (TierRow t : history.tiers()) {
      assertFalse(t.achievedOn().isAfter(today), t.toString());
    }
  }

  @Test
  void offeringsOfEveryCourseHeldInPersonThisYearAndNext() {
    Map<String, Map<Integer, Integer>> perYear = new TreeMap<>();
    for (OfferingRow o : history.offerings()) {
      perYear
          .computeIfAbsent(o.course(), k -> new TreeMap<>())
          .merge(o.fiscalYear(), 1, Integer::sum);
      assertTrue(o.capacity() >= 20 && o.capacity() <= 40, o.toString());
      assertTrue(LearningGenerator.isWorkday(o.startsAt().toLocalDate()), o.toString());
      assertTrue(o.deadline().isBefore(o.startsAt().toLocalDate().minusDays(8)), o.toString());
      assertTrue(o.endsAt().isAfter(o.startsAt()));
      assertTrue(o.venue() != null ^ o.onlineUrl() != null, o.toString());
      assertTrue(o.scheduledAt().toLocalDate().isBefore(o.deadline()), o.toString());
      assertFalse(o.scheduledAt().isAfter(NOW), o.toString());
    }
    content.courses().stream()
        .filter(c -> c.format() != CourseFormat.E_LEARNING)
        .forEach(
            c -> {
              Map<Integer, Integer> years = perYear.get(c.code());
              assertNotNull(years, c.code());
              assertTrue(years.getOrDefault(2026, 0) >= 2, c.code() + " " + years);
              assertTrue(years.getOrDefault(2027, 0) >= 2, c.code() + " " + years);
            });
    assertFalse(perYear.containsKey("BR-DX-INTRO"), "e-learning has no offerings");
    assertFalse(perYear.get("GD-STRATEGY").containsKey(2023), "gold from FY2024");
  }

  @Test
  void countersAreTheRowsAndTheWaitlistIsBehindTheSeats() {
    Map<Integer, List<EnrolmentRow>> byOffering = new HashMap<>();
    Set<String> live = new HashSet<>();
    for (EnrolmentRow e : history.enrolments()) {
      byOffering.computeIfAbsent(e.offering(), k -> new ArrayList<>()).add(e);
      if (e.status().isLive()) {
        assertTrue(live.add(e.offering() + "/" + e.staff()), "one live place: " + e);
      }
    }
    int full = 0;
    for (OfferingRow o : history.offerings()) {
      List<EnrolmentRow> rows = byOffering.getOrDefault(o.index(), List.of());
      int seated = 0;
      int waiting = 0;
      long lastSeat = 0;
      long firstWait = Long.MAX_VALUE;
      Set<Long> arrivals = new HashSet<>();
      Set<Long> staff = new HashSet<>();
      for (EnrolmentRow e : rows) {
        assertTrue(arrivals.add(e.arrival()), "arrival once: " + e);
        assertTrue(staff.add(e.staff()), "once per offering: " + e);
        if (e.status() == EnrolmentStatus.WAITLISTED) {
          waiting++;
          firstWait = Math.min(firstWait, e.arrival());
          assertNull(e.seatedAt());
        } else if (e.status() != EnrolmentStatus.WITHDRAWN) {
          seated++;
          lastSeat = Math.max(lastSeat, e.arrival());
        }
        boolean past = !NOW.isBefore(o.startsAt());
        assertEquals(past, !e.status().isLive(), "past offerings have outcomes only: " + e);
      }
      assertEquals(o.enrolled(), seated, o.toString());
      assertEquals(o.waitlisted(), waiting, o.toString());
      assertEquals(o.arrivals(), rows.size(), o.toString());
      assertTrue(seated <= o.capacity(), o.toString());
      if (waiting > 0) {
        assertEquals(o.capacity(), seated, "a waitlist only when full: " + o);
        assertTrue(lastSeat < firstWait, "the waitlist is behind the seats: " + o);
        full++;
      }
    }
    assertTrue(full >= 5, "some offerings are full with a waitlist: " + full);
  }

  @Test
  void pastSeatsMostlyCompletedSomeNotAndEachCompletionRecorded() {
    Map<EnrolmentStatus, Integer> outcomes = new TreeMap<>();
    for (EnrolmentRow e : history.enrolments()) {
      outcomes.merge(e.status(), 1, Integer::sum);
    }
    int completed = outcomes.get(EnrolmentStatus.COMPLETED);
    assertTrue(completed > 10_000, outcomes.toString());
    assertTrue(
        outcomes.getOrDefault(EnrolmentStatus.NO_SHOW, 0) > 0.02 * completed, outcomes.toString());
    assertTrue(
        outcomes.getOrDefault(EnrolmentStatus.NOT_COMPLETED, 0) > 0.02 * completed,
        outcomes.toString());
    assertTrue(outcomes.getOrDefault(EnrolmentStatus.ENROLLED, 0) > 1_000, outcomes.toString());
    long fromAttendance = history.completions().stream().filter(c -> c.enrolment() >= 0).count();
    assertEquals(completed, fromAttendance);
    for (CompletionRow c : history.completions()) {
      if (c.enrolment() >= 0) {
        EnrolmentRow e = history.enrolments().get(c.enrolment());
        assertEquals(EnrolmentStatus.COMPLETED, e.status());
        assertEquals(e.staff(), c.staff());
        OfferingRow o = history.offerings().get(e.offering());
        assertEquals(o.course(), c.course());
        assertEquals(o.endsAt().toLocalDate(), c.completedOn());
      }
    }
    Set<String> same = new HashSet<>();
    for (CompletionRow c : history.completions()) {
      assertTrue(same.add(c.staff() + "/" + c.course() + "/" + c.completedOn()), c.toString());
    }
  }

  @Test
  void tiersAreOnTheDaysTheRulesGive() {
    Map<Long, Map<String, LocalDate>> firstPassed = new HashMap<>();
    for (CompletionRow c : history.completions()) {
      if (c.passed()) {
        firstPassed
            .computeIfAbsent(c.staff(), k -> new HashMap<>())
            .merge(c.course(), c.completedOn(), (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    Map<Long, Map<String, LocalDate>> recorded = new HashMap<>();
    for (TierRow t : history.tiers()) {
      recorded.computeIfAbsent(t.staff(), k -> new HashMap<>()).put(t.tier(), t.achievedOn());
    }
    for (Map.Entry<Long, Map<String, LocalDate>> person : firstPassed.entrySet()) {
      assertEquals(
          TierJudgement.judge(content.tiersInOrder(), person.getValue(), Map.of()),
          recorded.getOrDefault(person.getKey(), Map.of()),
          "tiers of " + person.getKey());
    }
    for (Map<String, LocalDate> tiers : recorded.values()) {
      if (tiers.containsKey("gold")) {
        assertFalse(tiers.get("gold").isBefore(tiers.get("silver")));
      }
      if (tiers.containsKey("silver")) {
        assertFalse(tiers.get("silver").isBefore(tiers.get("bronze")));
      }
    }
  }

  @Test
  void positionTrainingForThePeopleItsRuleNames() {
    Map<Integer, Integer> newHires = new TreeMap<>();
    Map<Long, Person> byId = people.stream().collect(Collectors.toMap(Person::id, p -> p));
    for (CompletionRow c : history.completions()) {
      if (c.course().equals("POS-NEW-HIRE")) {
        Person p = byId.get(c.staff());
        int year = FiscalYear.of(c.completedOn()).getYear();
        assertEquals(year, FiscalYear.of(p.hiredOn()).getYear(), "hired in the year: " + p);
        newHires.merge(year, 1, Integer::sum);
      }
    }
    for (int year = 2023; year <= 2026; year++) {
      int n = newHires.getOrDefault(year, 0);
      assertTrue(n > 100 && n < 400, "new hires trained in FY" + year + ": " + newHires);
    }
    long chiefs =
        history.completions().stream()
            .filter(c -> c.course().equals("POS-NEW-SECTION-CHIEF"))
            .count();
    assertTrue(chiefs > 50, "new section chiefs trained: " + chiefs);
  }

  @Test
  void demoLoginsHaveSomethingToShow() {
    long staff = idOf(logins.get(CityGenerator.ROLE_STAFF));
    Set<String> staffTiers = tiersOf(staff);
    assertEquals(Set.of("bronze"), staffTiers);
    List<EnrolmentStatus> places =
        history.enrolments().stream()
            .filter(e -> e.staff() == staff)
            .map(EnrolmentRow::status)
            .toList();
    assertTrue(places.contains(EnrolmentStatus.ENROLLED), places.toString());
    assertTrue(places.contains(EnrolmentStatus.WAITLISTED), places.toString());
    assertTrue(places.contains(EnrolmentStatus.COMPLETED), places.toString());
    assertTrue(tiersOf(idOf(logins.get(CityGenerator.ROLE_ADMIN))).contains("gold"));
    assertTrue(tiersOf(idOf(logins.get(CityGenerator.ROLE_TRAINING_OFFICE))).contains("silver"));
    assertTrue(tiersOf(idOf(logins.get(CityGenerator.ROLE_MANAGER))).contains("bronze"));
  }

  @Test
  void scalesToAMillionEnrolmentsAndWritesCompletionsCsv(@TempDir Path dir) throws Exception {
    List<Person> few = people.subList(0, 2_000);
    LearningGenerator small =
        new LearningGenerator(7, few, content, NOW, Scale.of(few.size()), Map.of());
    long started = System.nanoTime();
    History bulk = small.bulkEnrolments(50_000);
    long ms = (System.nanoTime() - started) / 1_000_000;
    assertEquals(50_000, bulk.enrolments().size());
    assertTrue(ms < 10_000, "50,000 enrolments in " + ms + " ms");
    Map<Integer, Integer> seats = new HashMap<>();
    Map<Long, Person> byId = few.stream().collect(Collectors.toMap(Person::id, p -> p));
    for (EnrolmentRow e : bulk.enrolments()) {
      OfferingRow o = bulk.offerings().get(e.offering());
      assertTrue(o.startsAt().isBefore(NOW));
      assertTrue(byId.get(e.staff()).employedOn(o.startsAt().toLocalDate()), e.toString());
      if (e.status() != EnrolmentStatus.WITHDRAWN) {
        seats.merge(e.offering(), 1, Integer::sum);
      }
    }
    for (OfferingRow o : bulk.offerings()) {
      assertEquals(o.enrolled(), seats.getOrDefault(o.index(), 0));
      assertTrue(o.enrolled() <= o.capacity());
    }

    Path file = dir.resolve("completions.csv");
    int written =
        LearningGenerator.writeCompletions(
            history.completions(), file, StandardCharsets.UTF_8, false, 1_000);
    assertEquals(1_000, written);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    assertEquals("職員番号,講座コード,修了日,結果,得点,提供元", lines.get(0));
    assertEquals(1_001, lines.size());
    assertTrue(
        lines.get(1).matches("\\d{7},[A-Z-]+,\\d{4}-\\d{2}-\\d{2},修了,\\d*,.*"), lines.get(1));
    assertTrue(Files.readString(file).contains("\r\n"));
    LearningGenerator.writeCompletions(
        history.completions(), file, StandardCharsets.UTF_8, true, 5);
    assertEquals(
        "employee_no,course_code,completed_on,result,score,source",
        Files.readAllLines(file).get(0));
  }

  @Test
  void completionsForTheImportBenchmarkAreValidRowsOfTheContract(@TempDir Path dir)
      throws Exception {
    LearningGenerator generator = generator(SEED);
    long started = System.nanoTime();
    List<CompletionRow> rows = generator.completionsForImport(100_000);
    long ms = (System.nanoTime() - started) / 1_000_000;
    assertEquals(100_000, rows.size());
    assertEquals(rows, generator.completionsForImport(100_000), "deterministic");
    Map<Long, Person> byId = people.stream().collect(Collectors.toMap(Person::id, p -> p));
    Set<String> courses = content.courses().stream().map(c -> c.code()).collect(Collectors.toSet());
    Set<String> same = new HashSet<>();
    Set<String> demo = new HashSet<>();
    history.completions().forEach(c -> demo.add(c.employeeNo() + c.course() + c.completedOn()));
    int failed = 0;
    int alsoInDemo = 0;
    for (CompletionRow c : rows) {
      Person p = byId.get(c.staff());
      assertTrue(courses.contains(c.course()), c.toString());
      assertFalse(c.completedOn().isAfter(NOW.toLocalDate()), c.toString());
      assertTrue(p.employedOn(c.completedOn()), c + " of " + p);
      assertTrue(same.add(c.employeeNo() + "/" + c.course() + "/" + c.completedOn()), c.toString());
      assertTrue(c.score() >= 0 && c.score() <= 100);
      failed += c.passed() ? 0 : 1;
      alsoInDemo += demo.contains(c.employeeNo() + c.course() + c.completedOn()) ? 1 : 0;
    }
    assertTrue(failed > 2_000 && failed < 8_000, "not completed: " + failed);
    assertTrue(alsoInDemo < 2_000, "mostly new to the demo: " + alsoInDemo);
    Path file = dir.resolve("completions.csv");
    LearningGenerator.writeCompletions(rows, file, StandardCharsets.UTF_8, false, rows.size());
    assertEquals(100_001, Files.readAllLines(file, StandardCharsets.UTF_8).size());
    assertTrue(ms < 5_000, "100,000 rows in " + ms + " ms");
  }

  @Test
  void peopleOfTheCityLeaveOnTheFirstDayOfTheSnapshotWithoutThem() {
    Set<String> fy2025 =
        city.snapshot(2025).staff().stream()
            .map(CityGenerator.Person::employeeNo)
            .collect(Collectors.toSet());
    Set<String> fy2026 =
        city.snapshot(2026).staff().stream()
            .map(CityGenerator.Person::employeeNo)
            .collect(Collectors.toSet());
    int leavers = 0;
    for (Person p : people) {
      if (fy2025.contains(p.employeeNo()) && !fy2026.contains(p.employeeNo())) {
        assertEquals(LocalDate.of(2026, 4, 1), p.leftOn(), p.toString());
        leavers++;
      }
      if (fy2026.contains(p.employeeNo())) {
        assertNull(p.leftOn());
      }
    }
    assertTrue(leavers > 100, "leavers in 2026: " + leavers);
  }

  @Test
  void workdaysSkipWeekendsGoldenWeekAndNewYear() {
    assertEquals(LocalDate.of(2025, 5, 6), LearningGenerator.workday(LocalDate.of(2025, 4, 29)));
    assertEquals(LocalDate.of(2026, 1, 5), LearningGenerator.workday(LocalDate.of(2025, 12, 27)));
    assertEquals(LocalDate.of(2025, 6, 2), LearningGenerator.workday(LocalDate.of(2025, 5, 31)));
    assertEquals(LocalDate.of(2025, 6, 3), LearningGenerator.workday(LocalDate.of(2025, 6, 3)));
  }

  private static long idOf(String employeeNo) {
    return people.stream()
        .filter(p -> p.employeeNo().equals(employeeNo))
        .findFirst()
        .orElseGet(() -> fail("no " + employeeNo))
        .id();
  }

  private static Set<String> tiersOf(long staff) {
    return history.tiers().stream()
        .filter(t -> t.staff() == staff)
        .map(TierRow::tier)
        .collect(Collectors.toSet());
  }
}
