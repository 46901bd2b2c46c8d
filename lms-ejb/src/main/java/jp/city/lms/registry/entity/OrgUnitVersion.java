package jp.city.lms.registry.entity;

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
import java.time.LocalDate;
import java.util.Objects;

/**
 * An org unit's name, kind and place in the tree for a span of time. Units are renamed, moved and
 * closed between snapshots; a report "as of" a date must see the tree as it was then.
 */
@Entity
@Table(name = "org_unit_version")
@NamedQuery(
    name = OrgUnitVersion.AS_OF,
    query =
        "SELECT v FROM OrgUnitVersion v JOIN FETCH v.orgUnit LEFT JOIN FETCH v.parent"
            + " WHERE v.validFrom <= :date AND (v.validTo IS NULL OR v.validTo >= :date)")
public class OrgUnitVersion {

  public static final String AS_OF = "OrgUnitVersion.asOf";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "org_unit_version")
  @TableGenerator(
      name = "org_unit_version",
      table = "id_gen",
      pkColumnName = "gen_name",
      valueColumnName = "next_val",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "org_unit_id")
  private OrgUnit orgUnit;

  @Column(nullable = false)
  private String name;

  private String kind;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private OrgUnit parent;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  @Column(name = "valid_to")
  private LocalDate validTo;

  protected OrgUnitVersion() {}

  OrgUnitVersion(OrgUnit orgUnit, LocalDate validFrom) {
    this.orgUnit = Objects.requireNonNull(orgUnit, "orgUnit");
    this.name = orgUnit.getName();
    this.kind = orgUnit.getKind();
    this.parent = orgUnit.getParent();
    this.validFrom = Objects.requireNonNull(validFrom, "validFrom");
  }

  boolean isOpen() {
    return validTo == null;
  }

  boolean startsOnOrAfter(LocalDate effective) {
    return !validFrom.isBefore(effective);
  }

  void endBefore(LocalDate effective) {
    this.validTo = effective.minusDays(1);
  }

  /** Takes the unit's present name, kind and parent: a correction for the same date. */
  void amend() {
    this.name = orgUnit.getName();
    this.kind = orgUnit.getKind();
    this.parent = orgUnit.getParent();
  }

  public OrgUnit getOrgUnit() {
    return orgUnit;
  }

  public String getName() {
    return name;
  }

  public String getKind() {
    return kind;
  }

  public OrgUnit getParent() {
    return parent;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public LocalDate getValidTo() {
    return validTo;
  }
}
