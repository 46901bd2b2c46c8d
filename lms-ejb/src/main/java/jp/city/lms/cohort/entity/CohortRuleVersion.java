package jp.city.lms.cohort.entity;

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
import java.time.LocalDateTime;

/** A rule a cohort had, kept when it changes: the reason a membership spell names. */
@Entity
@Table(name = "cohort_rule_version")
@NamedQuery(
    name = CohortRuleVersion.OF_COHORT,
    query =
        "SELECT v FROM CohortRuleVersion v WHERE v.cohort = :cohort ORDER BY v.ruleVersion DESC")
public class CohortRuleVersion {

  public static final String OF_COHORT = "CohortRuleVersion.ofCohort";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "cohort_rule_version")
  @TableGenerator(
      name = "cohort_rule_version",
      table = "id_gen",
      pkColumnName = "gen_name",
      valueColumnName = "next_val",
      allocationSize = 10)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "cohort_id", updatable = false)
  private Cohort cohort;

  @Column(name = "rule_version", nullable = false, updatable = false)
  private int ruleVersion;

  @Column(name = "rule_text", nullable = false, updatable = false)
  private String ruleText;

  @Column(name = "saved_by", nullable = false, updatable = false)
  private String savedBy;

  @Column(name = "saved_at", nullable = false, updatable = false)
  private LocalDateTime savedAt;

  protected CohortRuleVersion() {}

  /** The cohort's rule as it stands now. */
  public CohortRuleVersion(Cohort cohort, String by, LocalDateTime at) {
    this.cohort = cohort;
    this.ruleVersion = cohort.getRuleVersion();
    this.ruleText = cohort.getRuleText();
    this.savedBy = by;
    this.savedAt = at;
  }

  public int getRuleVersion() {
    return ruleVersion;
  }

  public CohortRule rule() {
    return CohortRule.decode(ruleText);
  }

  public String getSavedBy() {
    return savedBy;
  }

  public LocalDateTime getSavedAt() {
    return savedAt;
  }
}
