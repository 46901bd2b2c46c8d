package jp.city.lms.nomination.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.city.lms.nomination.entity.NominationRefusedException.Reason;
import jp.city.lms.registry.entity.OrgUnit;
import jp.city.lms.registry.entity.Staff;
import jp.city.lms.registry.entity.StaffStatus;
import org.junit.jupiter.api.Test;

/**
 * The quota rules: a quota is never exceeded, unused quota goes to the pool at the deadline and
 * only the pool can be given out again, quotas computed per section.
 */
class QuotaTest {

  private static final LocalDateTime OPENED = LocalDateTime.of(2025, 5, 1, 9, 0);
  private static final LocalDate DEADLINE = LocalDate.of(2025, 5, 31);

  private final NominationRound round =
      new NominationRound("シルバー推薦", null, "silver", 2025, DEADLINE, 10, "office", OPENED);
  private final OrgUnit unit = new OrgUnit("100", "総務局", "局", null, OPENED.toLocalDate());

  private Staff person(String no) {
    return Staff.hire(
        no, "職員　" + no, null, unit, "係員", null, StaffStatus.ACTIVE, OPENED.toLocalDate(), null);
  }

  @Test
  void aQuotaIsNeverExceeded() {
    DepartmentQuota quota = new DepartmentQuota(round, "100", "総務局", 2);
    Nomination.of(quota, person("1"), "推薦理由", "m1", OPENED);
    Nomination.of(quota, person("2"), "推薦理由", "m2", OPENED);
    NominationRefusedException third =
        assertThrows(
            NominationRefusedException.class,
            () -> Nomination.of(quota, person("3"), "推薦理由", "m1", OPENED));
    assertEquals(Reason.QUOTA_EXHAUSTED, third.reason());
    assertEquals(2, quota.getNominated());
    assertEquals(0, quota.getRemaining());
    assertEquals(
        Reason.BELOW_NOMINATED,
        assertThrows(NominationRefusedException.class, () -> quota.setQuota(1)).reason());
  }

  @Test
  void aNominationNeedsAReasonAndIsDecidedOnce() {
    DepartmentQuota quota = new DepartmentQuota(round, "100", "総務局", 2);
    assertEquals(
        Reason.NO_REASON,
        assertThrows(
                NominationRefusedException.class,
                () -> Nomination.of(quota, person("1"), " ", "m1", OPENED))
            .reason());
    assertEquals(0, quota.getNominated(), "a refused nomination takes nothing");
    Nomination n = Nomination.of(quota, person("1"), "業務改善の実績", "m1", OPENED);
    assertEquals(
        Reason.NO_REASON,
        assertThrows(NominationRefusedException.class, () -> n.decline("office", OPENED, ""))
            .reason(),
        "a decline says why");
    n.select("office", OPENED, null);
    assertEquals(Nomination.Status.SELECTED, n.getStatus());
    assertEquals(
        Reason.ALREADY_DECIDED,
        assertThrows(NominationRefusedException.class, () -> n.decline("office", OPENED, "x"))
            .reason());
  }

  @Test
  void unusedQuotaGoesToThePoolAtTheDeadlineOnceAndOnlyThePoolIsGivenOut() {
    DepartmentQuota used = new DepartmentQuota(round, "100", "総務局", 3);
    DepartmentQuota idle = new DepartmentQuota(round, "700", "小倉北区役所", 2);
    Nomination.of(used, person("1"), "理由", "m1", OPENED);
    assertTrue(round.acceptsOn(DEADLINE));
    assertEquals(0, round.settle(List.of(used, idle), DEADLINE), "not before the deadline");

    LocalDate after = DEADLINE.plusDays(1);
    assertEquals(4, round.settle(List.of(used, idle), after));
    assertEquals(4, round.getPool());
    assertEquals(1, used.getQuota(), "keeps what it used");
    assertEquals(2, used.getReleased());
    assertEquals(0, idle.getQuota());
    assertEquals(NominationRound.Status.SETTLED, round.getStatus());
    assertEquals(0, round.settle(List.of(used, idle), after.plusDays(1)), "once only");

    assertEquals(
        Reason.POOL_TOO_SMALL,
        assertThrows(NominationRefusedException.class, () -> round.reallocate(idle, 5)).reason());
    round.reallocate(idle, 3);
    assertEquals(1, round.getPool());
    assertEquals(3, idle.getQuota());
    round.extend(after.plusDays(7), after);
    assertTrue(round.acceptsOn(after.plusDays(7)));
    Nomination.of(idle, person("2"), "理由", "m2", OPENED);
    assertEquals(2, idle.getRemaining());
  }

  @Test
  void quotasComputedPerSectionAndTheirSum() {
    Map<String, Integer> sections = new LinkedHashMap<>();
    sections.put("100", 12);
    sections.put("700", 0);
    Map<String, Integer> two = QuotaPlan.perSection(sections, 2);
    assertEquals(Map.of("100", 24, "700", 2), two);
    assertEquals(26, QuotaPlan.sum(two));
    assertEquals(0, QuotaPlan.sum(QuotaPlan.perSection(sections, 0)));
  }

  @Test
  void aRoundIsForACourseOrATierWithSeatsAndADeadlineAhead() {
    assertEquals(
        Reason.UNKNOWN_COURSE_OR_TIER,
        assertThrows(
                NominationRefusedException.class,
                () ->
                    new NominationRound(
                        "x", "SV-BPR", "silver", 2025, DEADLINE, 10, "office", OPENED))
            .reason());
    assertEquals(
        Reason.BAD_ROUND,
        assertThrows(
                NominationRefusedException.class,
                () -> new NominationRound("x", "SV-BPR", null, 2025, DEADLINE, 0, "office", OPENED))
            .reason());
    assertEquals(
        Reason.BAD_ROUND,
        assertThrows(
                NominationRefusedException.class,
                () ->
                    new NominationRound(
                        "x", "SV-BPR", null, 2025, LocalDate.of(2025, 4, 30), 5, "office", OPENED))
            .reason());
  }
}
