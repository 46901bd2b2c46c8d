package jp.city.lms.registry.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An org unit (所属): a bureau or ward office (局, 区), a department (部), a section (課) or a unit (係).
 * Each unit knows its path from the top ({@code /top/dept/section/}), so "this unit and everything
 * under it" is one indexed prefix comparison, which the directory, managers' scopes and reports all
 * need.
 */
@Entity
@Table(name = "org_unit")
@NamedQuery(name = OrgUnit.FIND_BY_CODE, query = "SELECT o FROM OrgUnit o WHERE o.code = :code")
@NamedQuery(name = OrgUnit.FIND_ALL, query = "SELECT o FROM OrgUnit o ORDER BY o.path")
public class OrgUnit {

  public static final String FIND_BY_CODE = "OrgUnit.findByCode";
  public static final String FIND_ALL = "OrgUnit.findAll";

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "org_unit")
  @TableGenerator(
      name = "org_unit",
      table = "id_gen",
      pkColumnName = "gen_name",
      valueColumnName = "next_val",
      allocationSize = 50)
  private Long id;

  @NotBlank
  @Size(max = 32)
  @Column(nullable = false, unique = true)
  private String code;

  @NotBlank
  @Size(max = 200)
  private String name;

  @Size(max = 32)
  private String kind;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id")
  private OrgUnit parent;

  @Column(nullable = false)
  private String path;

  private int depth;

  @Column(name = "closed_on")
  private LocalDate closedOn;

  @OneToMany(mappedBy = "orgUnit", cascade = CascadeType.PERSIST)
  private List<OrgUnitVersion> versions = new ArrayList<>();

  @Version private long version;

  protected OrgUnit() {}

  /** A unit that exists from the given date on. */
  public OrgUnit(String code, String name, String kind, OrgUnit parent, LocalDate since) {
    this.code = Objects.requireNonNull(code, "code");
    this.name = Objects.requireNonNull(name, "name");
    this.kind = kind;
    placeUnder(parent);
    versions.add(new OrgUnitVersion(this, since));
  }

  /**
   * A new name, kind or parent from a date on. The version that held until then ends the day
   * before; a correction for the very date it started replaces it.
   */
  public void revise(String newName, String newKind, OrgUnit newParent, LocalDate effective) {
    rename(newName, newKind);
    placeUnder(newParent);
    OrgUnitVersion open = openVersion();
    if (open != null && open.startsOnOrAfter(effective)) {
      open.amend();
      return;
    }
    if (open != null) {
      open.endBefore(effective);
    }
    versions.add(new OrgUnitVersion(this, effective));
  }

  /**
   * The unit is gone from the registry from this date; it is kept so that history still resolves.
   */
  public void close(LocalDate effective) {
    OrgUnitVersion open = openVersion();
    if (open != null) {
      open.endBefore(effective);
    }
    this.closedOn = effective;
  }

  /** Back in the registry after having been closed. */
  public void reopen(String newName, String newKind, OrgUnit newParent, LocalDate effective) {
    this.closedOn = null;
    revise(newName, newKind, newParent, effective);
  }

  private OrgUnitVersion openVersion() {
    return versions.stream().filter(OrgUnitVersion::isOpen).findFirst().orElse(null);
  }

  /**
   * Puts this unit under another one (or at the top) and takes its path from the parent's; after a
   * move the units below are re-placed, parents first. A unit can never sit inside its own subtree.
   */
  public void placeUnder(OrgUnit newParent) {
    // walk the parents, not the paths: during a reorganisation some paths are not recomputed yet
    for (OrgUnit above = newParent; above != null; above = above.getParent()) {
      if (above == this) {
        throw new IllegalArgumentException(
            "org unit "
                + code
                + " cannot be placed under its own subtree ("
                + newParent.code
                + ")");
      }
    }
    this.parent = newParent;
    this.path = (newParent == null ? "/" : newParent.path) + code + "/";
    this.depth = newParent == null ? 0 : newParent.depth + 1;
  }

  private void rename(String newName, String newKind) {
    this.name = Objects.requireNonNull(newName, "name");
    this.kind = newKind;
  }

  /** True for this unit itself and every unit below it. */
  public boolean isWithin(OrgUnit ancestor) {
    return path.startsWith(ancestor.path);
  }

  public boolean isClosed() {
    return closedOn != null;
  }

  public LocalDate getClosedOn() {
    return closedOn;
  }

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
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

  public int getDepth() {
    return depth;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OrgUnit other && code.equals(other.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return code + " " + name;
  }
}
