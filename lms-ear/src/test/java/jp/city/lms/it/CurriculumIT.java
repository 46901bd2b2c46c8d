package jp.city.lms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import jp.city.lms.curriculum.boundary.Catalogue;
import jp.city.lms.curriculum.boundary.ContentAdministration;
import jp.city.lms.curriculum.boundary.Curriculum;
import jp.city.lms.curriculum.boundary.OfferingSeats;
import jp.city.lms.curriculum.boundary.Offerings;
import jp.city.lms.curriculum.control.CatalogueFilter;
import jp.city.lms.curriculum.control.ContentError;
import jp.city.lms.curriculum.control.ContentInvalidException;
import jp.city.lms.curriculum.control.ContentLoader;
import jp.city.lms.curriculum.entity.ContentVersion;
import jp.city.lms.curriculum.entity.Course;
import jp.city.lms.curriculum.entity.Offering;
import jp.city.lms.curriculum.entity.OfferingPlan;
import jp.city.lms.curriculum.entity.OfferingRuleException;
import jp.city.lms.curriculum.entity.OfferingStatus;
import jp.city.lms.platform.entity.FiscalYear;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The programme's content in the running LMS: loaded from the content folder at start, recorded,
 * reloaded by an administrator, refused with file, line and field when broken (the last good
 * version stays), and courses that leave the content retired, never deleted. Offerings keep their
 * rules and the roles are enforced. A test that reloads other content works on its own copy of the
 * folder and puts the real one back afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class CurriculumIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @EJB Curriculum curriculum;
  @EJB ContentAdministration administration;
  @EJB Catalogue catalogue;
  @EJB Offerings offerings;
  @EJB AsAdmin admin;
  @EJB AsTrainingOffice trainingOffice;
  @EJB AsStaff staff;

  private Path realContent;
  private Path copy;
  private boolean reloaded;

  @BeforeEach
  void copyTheContentFolder() throws IOException {
    realContent = Path.of(System.getProperty(Curriculum.CONTENT_DIR_PROPERTY));
    copy = Files.createTempDirectory("lms-content-it-");
    try (Stream<Path> paths = Files.walk(realContent)) {
      for (Path from : paths.toList()) {
        Path to = copy.resolve(realContent.relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else {
          Files.copy(from, to);
        }
      }
    }
  }

  @AfterEach
  void putTheRealContentBack() throws Exception {
    if (reloaded) {
      admin.call(() -> administration.reload(realContent.toString()));
    }
    try (Stream<Path> paths = Files.walk(copy)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Test
  void theContentFolderIsLoadedAtStartAndRecorded() throws Exception {
    String digest = new ContentLoader().load(realContent).digest();

    assertEquals(digest, curriculum.content().digest());
    assertEquals(digest, curriculum.currentVersion().getDigest());
    assertEquals(
        digest,
        admin.call(() -> administration.history()).get(0).getDigest(),
        "the newest version");
    assertEquals(240, curriculum.content().course("SV-BPR").orElseThrow().minutes());
    List<String> schedulable =
        trainingOffice.call(() -> offerings.schedulableCourses()).stream()
            .map(Course::getCode)
            .toList();
    assertTrue(schedulable.contains("SV-BPR"), "a workshop gets offerings");
    assertFalse(schedulable.contains("BR-SECURITY"), "e-learning gets none");
  }

  @Test
  void aBrokenReloadIsRefusedWithFileLineAndFieldAndTheLastGoodVersionStays() throws Exception {
    String before = curriculum.content().digest();
    int versions = admin.call(() -> administration.history()).size();
    Path silver = copy.resolve("courses/silver.yaml");
    String text = Files.readString(silver, StandardCharsets.UTF_8);
    Files.writeString(
        silver, text.replace("    minutes: 240\n", "    minutes: 二百四十\n"), StandardCharsets.UTF_8);
    int line = lineOf(silver, "二百四十");

    ContentInvalidException refused =
        assertThrows(
            ContentInvalidException.class,
            () -> admin.call(() -> administration.reload(copy.toString())));

    ContentError error = refused.errors().get(0);
    assertEquals(1, refused.errors().size(), () -> refused.render(Locale.ENGLISH));
    assertEquals("courses/silver.yaml", error.file());
    assertEquals(line, error.line());
    assertEquals("courses[2].minutes", error.field());
    assertEquals(
        "courses/silver.yaml " + line + "行目 courses[2].minutes: 整数で書いてください（値: 二百四十）。",
        error.render(Locale.JAPANESE));
    assertTrue(error.render(Locale.ENGLISH).startsWith("courses/silver.yaml, line " + line));
    assertEquals(before, curriculum.content().digest(), "the last good version stays");
    assertEquals(240, curriculum.content().course("SV-BPR").orElseThrow().minutes());
    assertEquals(versions, admin.call(() -> administration.history()).size(), "nothing recorded");
  }

  @Test
  void aReloadIsRecordedWithWhoWhenAndWhatChangedAndTheSameFilesRecordNothing() throws Exception {
    String code = "IT-" + TestData.unique();
    addCourse(code, "classroom");

    ContentVersion loaded = reload();

    assertEquals(loaded.getDigest(), curriculum.content().digest());
    assertNotEquals(ContentVersion.SYSTEM, loaded.getLoadedBy());
    assertEquals(copy.toAbsolutePath().normalize().toString(), loaded.getLoadedFrom());
    assertTrue(loaded.getFileNames().contains("courses/it.yaml"), loaded.getFileNames()::toString);
    assertEquals("コースの追加: " + code, loaded.summary(Locale.JAPANESE));
    assertEquals("Courses added: " + code, loaded.summary(Locale.ENGLISH));
    assertTrue(curriculum.content().course(code).isPresent());

    ContentVersion again = reload();
    assertEquals(loaded.getId(), again.getId(), "the same files are the same version");
  }

  @Test
  void aCourseThatLeavesTheContentIsRetiredNotDeletedAndKeepsItsOfferings() throws Exception {
    String code = "IT-" + TestData.unique();
    addCourse(code, "workshop");
    reload();
    Offering offering = trainingOffice.call(() -> offerings.schedule(code, planIn(40)));

    Files.delete(copy.resolve("courses/it.yaml"));
    ContentVersion without = reload();

    assertTrue(without.summary(Locale.JAPANESE).contains("コースの削除"), without::getSummaryJa);
    Course retired = staff.call(() -> catalogue.retiredCourse(code)).orElseThrow();
    assertTrue(retired.isRetired());
    Offering kept = trainingOffice.call(() -> offerings.find(offering.getId())).orElseThrow();
    assertEquals(OfferingStatus.SCHEDULED, kept.getStatus());
    assertEquals(code, kept.getCourse().getCode());
    assertTrue(kept.getCourse().isRetired());
    assertEquals(
        "courseRetired",
        assertThrows(
                OfferingRuleException.class,
                () -> trainingOffice.call(() -> offerings.schedule(code, planIn(50))))
            .violations()
            .get(0)
            .rule());
    assertFalse(
        trainingOffice.call(() -> offerings.schedulableCourses()).stream()
            .anyMatch(c -> c.getCode().equals(code)));

    addCourse(code, "workshop");
    reload();
    assertTrue(staff.call(() -> catalogue.retiredCourse(code)).isEmpty(), "in use again");
  }

  @Test
  void anOfferingIsScheduledInTheFiscalYearOfItsStartWithItsSeatsLeft() throws Exception {
    OfferingPlan plan = planIn(30);
    plan.setCapacity(24);
    plan.setVenue("IT会場 " + TestData.unique());

    Offering scheduled = trainingOffice.call(() -> offerings.schedule("SV-DATA", plan));

    int fiscalYear = FiscalYear.of(plan.getStartsAt().toLocalDate()).getYear();
    assertEquals(fiscalYear, scheduled.getFiscalYear());
    List<OfferingSeats> upcoming = staff.call(() -> catalogue.upcomingOfferings("SV-DATA"));
    OfferingSeats seats =
        upcoming.stream()
            .filter(s -> s.getOffering().getId().equals(scheduled.getId()))
            .findFirst()
            .orElseThrow();
    assertEquals(24, seats.getSeatsLeft());
    assertTrue(
        staff
            .call(() -> catalogue.courses(new CatalogueFilter(null, null, null, null, fiscalYear)))
            .stream()
            .anyMatch(c -> c.code().equals("SV-DATA")));
    assertTrue(
        trainingOffice.call(() -> offerings.inFiscalYear(fiscalYear)).stream()
            .anyMatch(s -> s.getOffering().getId().equals(scheduled.getId())));
  }

  @Test
  void offeringRulesAreKeptWithTheFieldNamed() throws Exception {
    OfferingPlan endsBeforeStart = planIn(20);
    endsBeforeStart.setEndsAt(endsBeforeStart.getStartsAt().minusHours(1));
    OfferingPlan lateDeadline = planIn(20);
    lateDeadline.setRegistrationDeadline(lateDeadline.getStartsAt().toLocalDate());
    OfferingPlan noSeats = planIn(20);
    noSeats.setCapacity(0);

    assertEquals(
        List.of(new OfferingPlan.Violation("endsAt", "endNotAfterStart")),
        refused(() -> offerings.schedule("SV-BPR", endsBeforeStart)));
    assertEquals(
        List.of(new OfferingPlan.Violation("registrationDeadline", "deadlineNotBeforeStart")),
        refused(() -> offerings.schedule("SV-BPR", lateDeadline)));
    assertEquals(
        List.of(new OfferingPlan.Violation("course", "courseIsELearning")),
        refused(() -> offerings.schedule("BR-SECURITY", planIn(20))));
    Exception noCapacity =
        assertThrows(
            Exception.class,
            () -> trainingOffice.call(() -> offerings.schedule("SV-BPR", noSeats)));
    assertTrue(causedBy(noCapacity, ConstraintViolationException.class), noCapacity::toString);
  }

  @Test
  void aCancelledOfferingStaysOnRecordButIsNoLongerUpcoming() throws Exception {
    Offering scheduled = trainingOffice.call(() -> offerings.schedule("SV-KINTONE", planIn(25)));

    trainingOffice.call(() -> offerings.cancel(scheduled.getId(), "講師の都合"));

    Offering cancelled = trainingOffice.call(() -> offerings.find(scheduled.getId())).orElseThrow();
    assertEquals(OfferingStatus.CANCELLED, cancelled.getStatus());
    assertEquals("講師の都合", cancelled.getCancelReason());
    assertTrue(
        staff.call(() -> catalogue.upcomingOfferings("SV-KINTONE")).stream()
            .noneMatch(s -> s.getOffering().getId().equals(scheduled.getId())));
    assertEquals(
        List.of(new OfferingPlan.Violation("status", "cancelled")),
        refused(() -> offerings.change(scheduled.getId(), planIn(26))));
  }

  @Test
  void eachRoleMayDoOnlyItsPart() throws Exception {
    assertThrows(
        EJBAccessException.class, () -> staff.call(() -> offerings.schedule("SV-BPR", planIn(20))));
    assertThrows(
        EJBAccessException.class, () -> trainingOffice.call(() -> administration.reload()));
    assertThrows(EJBAccessException.class, () -> staff.call(() -> administration.history()));
    assertThrows(
        EJBAccessException.class,
        () ->
            trainingOffice.call(
                () -> {
                  curriculum.use(curriculum.content(), curriculum.currentVersion());
                  return null;
                }));
    assertThrows(EJBAccessException.class, () -> catalogue.tiers());
    assertEquals(3, staff.call(() -> catalogue.tiers()).size());
    assertFalse(trainingOffice.call(() -> administration.history()).isEmpty());
  }

  // ---- helpers ----------------------------------------------------------------------------------

  private ContentVersion reload() throws Exception {
    reloaded = true;
    return admin.call(() -> administration.reload(copy.toString()));
  }

  private void addCourse(String code, String format) throws IOException {
    Files.writeString(
        copy.resolve("courses/it.yaml"),
        """
        courses:
          - code: %s
            title: { ja: 結合テスト講座, en: Integration test course }
            tier: none
            format: %s
            minutes: 60
        """
            .formatted(code, format),
        StandardCharsets.UTF_8);
  }

  /** A valid plan for an offering some days from now, a morning session with 30 seats. */
  private static OfferingPlan planIn(int days) {
    LocalDate day = LocalDate.now().plusDays(days);
    return new OfferingPlan(
        day.atTime(LocalTime.of(9, 30)),
        day.atTime(LocalTime.of(12, 0)),
        day.minusDays(7),
        "本庁舎 研修室",
        null,
        30,
        "試験 講師");
  }

  private List<OfferingPlan.Violation> refused(java.util.concurrent.Callable<?> work) {
    return assertThrows(OfferingRuleException.class, () -> trainingOffice.call(work)).violations();
  }

  private static int lineOf(Path file, String text) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text + " not in " + file);
  }

  private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }
}
