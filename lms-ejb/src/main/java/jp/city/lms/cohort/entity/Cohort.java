package jp.city.lms.cohort.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import jp.city.lms.cohort.entity.CohortRuleException.Reason;

/**
 * A cohort (対象者グループ) the training office defined by a rule. The rule may be changed; each change is
 * a new rule version ({@link CohortRuleVersion}), and the membership spells that a version began or
 * ended say so. The cohort exists from the day it was saved: nobody was a member before.
 */
@Entity
@Table(name = "cohort")
@NamedQuery(name = Cohort.ALL, query = "SELECT c FROM Cohort c ORDER BY c.id")
public class Cohort {

  public static final String ALL = "Cohort.all";

  public static final int NAME_MAX = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "cohort")
  @TableGenerator(
      name = "cohort",
      table = "id_gen",
      pkColumnName = "gen_name",
      valueColumnName = "next_val",
      allocationSize = 10)
  private Long id;

  @NotBlank
  @Size(max = NAME_MAX)
  private String name;

  @Column(name = "rule_text", nullable = false)
  private String ruleText;

  @Column(name = "rule_version", nullable = false)
  private int ruleVersion;

  @Column(name = "created_on", nullable = false)
  private LocalDate createdOn;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private LocalDateTime createdAt;

  @Version private long version;

  protected Cohort() {}

  /** A new cohort with its first rule version, in force from {@code on} (normally today). */
  public Cohort(String name, CohortRule rule, LocalDate on, String by, LocalDateTime at) {
    if (name == null || name.isBlank()) {
      throw new CohortRuleException(Reason.NO_NAME);
    }
    this.name = name.strip();
    this.ruleText = rule.encode();
    this.ruleVersion = 1;
    this.createdOn = Objects.requireNonNull(on, "on");
    this.createdBy = Objects.requireNonNull(by, "by");
    this.createdAt = Objects.requireNonNull(at, "at");
  }

  /** A new rule: the next version. */
  public void change(String newName, CohortRule rule) {
    if (newName == null || newName.isBlank()) {
      throw new CohortRuleException(Reason.NO_NAME);
    }
    this.name = newName.strip();
    this.ruleText = rule.encode();
    this.ruleVersion++;
  }

  /** The first day of a spell that begins on {@code on}: never before the cohort existed. */
  public LocalDate spellStart(LocalDate on) {
    return on.isBefore(createdOn) ? createdOn : on;
  }

  public CohortRule rule() {
    return CohortRule.decode(ruleText);
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getRuleText() {
    return ruleText;
  }

  public int getRuleVersion() {
    return ruleVersion;
  }

  public LocalDate getCreatedOn() {
    return createdOn;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public LocalDateTime getCreatedAt() {
    return createdAt;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Cohort other && id != null && id.equals(other.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
