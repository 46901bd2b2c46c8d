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
 * closed between snapshots; a report "as of" a date must see the tree as it was then. Each version
 * carries its path from the top as it was then ({@code /bureau/dept/section/}), so "the subtree of
 * unit X as of date D" is one indexed prefix comparison that counts and joins can use: a move of a
 * unit gives it and every unit below it a new version.
 */
@Entity
@Table(name = "org_unit_version")
@NamedQuery(
    name = OrgUnitVersion.AS_OF,
    query =
        "SELECT v FROM OrgUnitVersion v JOIN FETCH v.orgUnit LEFT JOIN FETCH v.parent"
            + " WHERE v.validFrom <= :date AND (v.validTo IS NULL OR v.validTo >= :date)")
@NamedQuery(
    name = OrgUnitVersion.ALL,
    query = "SELECT v FROM OrgUnitVersion v JOIN FETCH v.orgUnit ORDER BY v.validFrom")
@NamedQuery(
    name = OrgUnitVersion.SUBTREE_AS_OF,
    query =
        "SELECT v FROM OrgUnitVersion v JOIN FETCH v.orgUnit WHERE v.path LIKE :subtree ESCAPE '!'"
            + " AND v.validFrom <= :date AND (v.validTo IS NULL OR v.validTo >= :date)"
            + " ORDER BY v.path")
public class OrgUnitVersion extends DatedRow {

  public static final String AS_OF = "OrgUnitVersion.asOf";
  public static final String ALL = "OrgUnitVersion.all";

  /** The versions on {@code date} of the units whose path starts with {@code subtree}. */
  public static final String SUBTREE_AS_OF = "OrgUnitVersion.subtreeAsOf";

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

  @Column(nullable = false)
  private String path;

  protected OrgUnitVersion() {}

  OrgUnitVersion(
      OrgUnit orgUnit,
      String name,
      String kind,
      OrgUnit parent,
      String path,
      LocalDate validFrom,
      LocalDate validTo) {
    super(validFrom, validTo);
    this.orgUnit = Objects.requireNonNull(orgUnit, "orgUnit");
    describe(name, kind, parent, path);
  }

  OrgUnitVersion continuedFrom(LocalDate first) {
    return new OrgUnitVersion(orgUnit, name, kind, parent, path, first, getValidTo());
  }

  void describe(String newName, String newKind, OrgUnit newParent, String newPath) {
    this.name = Objects.requireNonNull(newName, "name");
    this.kind = newKind;
    this.parent = newParent;
    this.path = Objects.requireNonNull(newPath, "path");
  }

  /** Whether this version says the same as a snapshot would. */
  public boolean describes(
      String otherName, String otherKind, OrgUnit otherParent, String otherPath) {
    return name.equals(otherName)
        && Objects.equals(kind, otherKind)
        && Objects.equals(parent, otherParent)
        && path.equals(otherPath);
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

  public String getPath() {
    return path;
  }
}
