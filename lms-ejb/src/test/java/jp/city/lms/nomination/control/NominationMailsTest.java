package jp.city.lms.nomination.control;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import jp.city.lms.nomination.entity.DepartmentQuota;
import jp.city.lms.nomination.entity.Nomination;
import jp.city.lms.nomination.entity.NominationRound;
import jp.city.lms.notice.entity.NoticeText;
import jp.city.lms.registry.entity.OrgUnit;
import jp.city.lms.registry.entity.Staff;
import jp.city.lms.registry.entity.StaffStatus;
import org.junit.jupiter.api.Test;

/** The outcome mails: Japanese first, then English; one for the nominee, one for the manager. */
class NominationMailsTest {

  private static final LocalDateTime AT = LocalDateTime.of(2025, 5, 1, 9, 0);

  private Nomination nomination() {
    NominationRound round =
        new NominationRound(
            "令和7年度 シルバー推薦", null, "silver", 2025, LocalDate.of(2025, 5, 31), 10, "o", AT);
    Staff staff =
        Staff.hire(
            "0001",
            "市役　太郎",
            null,
            new OrgUnit("100", "総務局", "局", null, AT.toLocalDate()),
            "係員",
            null,
            StaffStatus.ACTIVE,
            AT.toLocalDate(),
            null);
    return Nomination.of(new DepartmentQuota(round, "100", "総務局", 1), staff, "理由", "m", AT);
  }

  @Test
  void theNomineeAndTheManagerAreToldTheOutcomeInBothLanguages() {
    Nomination n = nomination();
    n.decline("office", AT, "今年度は定員に達したため");
    NoticeText toNominee = NominationMails.text(n, false, "市役　太郎", "シルバー人材", "Silver talent");
    assertTrue(toNominee.subject().startsWith("【DX研修】所属長推薦の選考結果（見送り）"), toNominee.subject());
    assertTrue(toNominee.subject().contains("Nomination not selected"), toNominee.subject());
    String body = toNominee.body();
    assertTrue(body.startsWith("市役　太郎 様"), body);
    assertTrue(body.contains("今年度は定員に達したため"), body);
    assertTrue(body.indexOf("結果：見送り") < body.indexOf("Outcome: not selected"), body);
    NoticeText toManager = NominationMails.text(n, true, "課長　花子", "シルバー人材", "Silver talent");
    assertTrue(toManager.body().contains("ご推薦いただいた 市役　太郎 さん"), toManager.body());
    assertNotEquals(NominationMails.key(n, true), NominationMails.key(n, false));
  }
}
