package jp.city.lms.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import jp.city.lms.platform.entity.FiscalYear;
import jp.city.lms.registry.entity.Staff;

/**
 * A tier someone achieved, on the date the contract gives it (the later of the completion that met
 * the requirement and the prerequisite tier's date), in that date's fiscal year, with the content
 * version that judged it. It is never taken away: not when the content changes, not when the person
 * leaves. A completion that arrives late and meets the requirement earlier moves the date earlier.
 */
@Entity
@Table(name = "tier_achievement")
@NamedQuery(
    name = TierAchievement.OF_PEOPLE,
    query = "SELECT t FROM TierAchievement t WHERE t.staff.id IN :staff")
@NamedQuery(
    name = TierAchievement.OF_PERSON,
    query = "SELECT t FROM TierAchievement t WHERE t.staff = :staff ORDER BY t.achievedOn")
public class TierAchievement {

  public static final String OF_PEOPLE = "TierAchievement.ofPeople";
  public static final String OF_PERSON = "TierAchievement.ofPerson";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "tier_achievement")
  @TableGenerator(
      name = "tier_achievement",
      table = "id_gen",
      pkColumnName = "gen_name",
      valueColumnName = "next_val",
      allocationSize = 100)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "staff_id", updatable = false)
  private Staff staff;

  @Column(updatable = false)
  private String tier;

  @Column(name = "achieved_on")
  private LocalDate achievedOn;

  @Column(name = "fiscal_year")
  private int fiscalYear;

  @Column(name = "content_version_id")
  private Long contentVersionId;

  @Column(name = "judged_at")
  private LocalDateTime judgedAt;

  @Version private long version;

  protected TierAchievement() {}

  public TierAchievement(
      Staff staff, String tier, LocalDate on, Long contentVersionId, LocalDateTime at) {
    this.staff = Objects.requireNonNull(staff, "staff");
    this.tier = Objects.requireNonNull(tier, "tier");
    judge(on, contentVersionId, at);
  }

  /**
   * A judgement found the tier met on this date: an earlier date than the one on record moves it; a
   * later one changes nothing (the tier was achieved already).
   *
   * @return whether the date moved
   */
  public boolean metOn(LocalDate on, Long contentVersion, LocalDateTime at) {
    if (!on.isBefore(achievedOn)) {
      return false;
    }
    judge(on, contentVersion, at);
    return true;
  }

  private void judge(LocalDate on, Long contentVersion, LocalDateTime at) {
    this.achievedOn = Objects.requireNonNull(on, "on");
    this.fiscalYear = FiscalYear.of(on).getYear();
    this.contentVersionId = contentVersion;
    this.judgedAt = Objects.requireNonNull(at, "at");
  }

  public Long getId() {
    return id;
  }

  public Staff getStaff() {
    return staff;
  }

  public String getTier() {
    return tier;
  }

  public LocalDate getAchievedOn() {
    return achievedOn;
  }

  public int getFiscalYear() {
    return fiscalYear;
  }

  public Long getContentVersionId() {
    return contentVersionId;
  }

  public LocalDateTime getJudgedAt() {
    return judgedAt;
  }
}
