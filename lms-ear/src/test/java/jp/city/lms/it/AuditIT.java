package jp.city.lms.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import jp.city.lms.audit.boundary.AuditLog;
import jp.city.lms.audit.entity.AuditEntry;
import jp.city.lms.curriculum.boundary.ContentAdministration;
import jp.city.lms.curriculum.boundary.Offerings;
import jp.city.lms.curriculum.entity.Offering;
import jp.city.lms.curriculum.entity.OfferingPlan;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.registry.boundary.RegistryImport;
import jp.city.lms.registry.entity.ImportRun;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every kind of change there is so far leaves its entry in the audit log, with who made it and
 * when: offerings scheduled, changed and cancelled, content reloads, registry imports (dry runs
 * too). Only administrators read the log.
 */
@ExtendWith(ArquillianExtension.class)
class AuditIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.ear();
  }

  @EJB AuditLog log;
  @EJB Offerings offerings;
  @EJB ContentAdministration content;
  @EJB RegistryImport imports;
  @EJB TestData data;
  @EJB AsAdmin admin;
  @EJB AsTrainingOffice trainingOffice;
  @EJB AsHrFeed hrFeed;
  @EJB AsStaff staff;

  private List<AuditEntry> entries(String kind, String subject) throws Exception {
    LocalDate today = CityClock.systemToday();
    return admin.call(
        () -> log.find(new AuditLog.Search(subject, kind, today.minusDays(1), today), 0, 10));
  }

  @Test
  void offeringsScheduledChangedAndCancelledAreRecorded() throws Exception {
    String code = trainingOffice.call(() -> offerings.schedulableCourses()).get(0).getCode();
    Offering offering = trainingOffice.call(() -> offerings.schedule(code, plan(60)));
    String subject = "offering " + offering.getId();
    OfferingPlan later = plan(61);
    trainingOffice.call(() -> offerings.change(offering.getId(), later));
    trainingOffice.call(() -> offerings.cancel(offering.getId(), "audit test"));

    for (String kind : List.of("offering.scheduled", "offering.changed", "offering.cancelled")) {
      List<AuditEntry> found = entries(kind, subject);
      assertEquals(1, found.size(), kind);
      AuditEntry entry = found.get(0);
      assertTrue(entry.getDetail().startsWith(code), entry.getDetail());
      assertFalse(entry.getActor().isBlank());
      assertTrue(
          entry
              .getHappenedAt()
              .isAfter(java.time.LocalDateTime.now(CityClock.ZONE).minusMinutes(5)));
    }
  }

  @Test
  void contentReloadsAreRecorded() throws Exception {
    var version = admin.call(() -> content.reload());
    List<AuditEntry> found = entries("content.reloaded", "content version " + version.getId());
    assertFalse(found.isEmpty());
    assertTrue(found.get(0).getDetail().contains(version.getDigest()));
  }

  @Test
  void registryImportsAreRecordedDryRunsAsDryRuns() throws Exception {
    RegistryFiles files = data.registry();
    ImportRun run =
        hrFeed
            .call(
                () ->
                    imports.run(
                        new RegistryImport.Request(
                            ImportRun.Channel.REST, data.nextEffective(), true, false),
                        new RegistryImport.Snapshot(
                            "orgs.csv", files.orgsCsv(), "staff.csv", files.staffCsv())))
            .run();
    List<AuditEntry> found = entries("registry.import.dry-run", "import run " + run.getId());
    assertEquals(1, found.size());
    assertTrue(found.get(0).getDetail().startsWith("REST"), found.get(0).getDetail());
  }

  @Test
  void onlyAdministratorsReadTheLog() {
    assertThrows(
        EJBAccessException.class,
        () -> trainingOffice.call(() -> log.count(new AuditLog.Search(null, null, null, null))));
    assertThrows(EJBAccessException.class, () -> staff.call(() -> log.kinds()));
  }

  private static OfferingPlan plan(int days) {
    LocalDate day = CityClock.systemToday().plusDays(days);
    return new OfferingPlan(
        day.atTime(LocalTime.of(9, 30)),
        day.atTime(LocalTime.of(12, 0)),
        day.minusDays(7),
        "本庁舎 研修室",
        null,
        30,
        "監査 講師");
  }
}
