package jp.city.lms.nomination.entity;

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
import java.util.Objects;
import jp.city.lms.nomination.entity.NominationRefusedException.Reason;

/**
 * A department's quota in a round (推薦枠): how many people its managers may nominate, and how many
 * they have. Every nomination takes one under the row's lock ({@link #take}), so the count can
 * never pass the quota whatever arrives at once; a department is a top-level unit (局, 区), shared by
 * all the managers in it.
 */
@Entity
@Table(name = "department_quota")
@NamedQuery(
    name = DepartmentQuota.OF_ROUND,
    query = "SELECT q FROM DepartmentQuota q WHERE q.round = :round ORDER BY q.unitCode")
@NamedQuery(
    name = DepartmentQuota.OF_DEPARTMENT,
    query =
        "SELECT q FROM DepartmentQuota q JOIN FETCH q.round WHERE q.unitCode = :unit"
            + " ORDER BY q.round.deadline DESC, q.id DESC")
public class DepartmentQuota {

  public static final String OF_ROUND = "DepartmentQuota.ofRound";
  public static final String OF_DEPARTMENT = "DepartmentQuota.ofDepartment";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "department_quota")
  @TableGenerator(
      name = "department_quota",
      table = "id_gen",
      pkColumnName = "gen_name",
      valueColumnName = "next_val",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "round_id", updatable = false)
  private NominationRound round;

  @Column(name = "unit_code", nullable = false, updatable = false)
  private String unitCode;

  @Column(name = "unit_name", nullable = false, updatable = false)
  private String unitName;

  @Column(nullable = false)
  private int quota;

  @Column(nullable = false)
  private int nominated;

  @Column(nullable = false)
  private int released;

  @Version private long version;

  protected DepartmentQuota() {}

  public DepartmentQuota(NominationRound round, String unitCode, String unitName, int quota) {
    if (quota < 0) {
      throw new NominationRefusedException(Reason.BELOW_NOMINATED, quota, 0);
    }
    this.round = Objects.requireNonNull(round, "round");
    this.unitCode = Objects.requireNonNull(unitCode, "unitCode");
    this.unitName = Objects.requireNonNull(unitName, "unitName");
    this.quota = quota;
  }

  /**
   * A manager nominates someone: one place of the quota.
   *
   * @throws NominationRefusedException when the quota is used up
   */
  public void take() {
    if (nominated >= quota) {
      throw new NominationRefusedException(Reason.QUOTA_EXHAUSTED, quota);
    }
    nominated++;
  }

  /** The office sets the quota; never below what was nominated already. */
  public void setQuota(int newQuota) {
    if (newQuota < nominated) {
      throw new NominationRefusedException(Reason.BELOW_NOMINATED, newQuota, nominated);
    }
    this.quota = newQuota;
  }

  /** What the department left unused goes to the pool; it keeps what it used. */
  int releaseUnused() {
    int unused = quota - nominated;
    quota = nominated;
    released += unused;
    return unused;
  }

  void grant(int places) {
    quota += places;
  }

  public int getRemaining() {
    return quota - nominated;
  }

  public Long getId() {
    return id;
  }

  public NominationRound getRound() {
    return round;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public String getUnitName() {
    return unitName;
  }

  public int getQuota() {
    return quota;
  }

  public int getNominated() {
    return nominated;
  }

  public int getReleased() {
    return released;
  }
}
