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
import java.util.Optional;

/**
 * An org unit (所属): a bureau or ward office (局, 区), a department (部), a section (課) or a unit (係).
 * Its history is in its {@link OrgUnitVersion}s; name, kind, parent and path on this row are that
 * history as of today ({@link #showAsOf}). The path from the top ({@code /top/dept/section/}) makes
 * "this unit and everything under it" one indexed prefix comparison, which the directory, managers'
 * scopes and reports all need.
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

  @OneToMany(mappedBy = "orgUnit", cascade = CascadeType.PERSIST, orphanRemoval = true)
  private List<OrgUnitVersion> versions = new ArrayList<>();

  @Version private long version;

  protected OrgUnit() {}

  /** A unit that exists from the given date on, under a unit as it is now. */
  public OrgUnit(String code, String name, String kind, OrgUnit parent, LocalDate since) {
    this.code = Objects.requireNonNull(code, "code");
    this.name = Objects.requireNonNull(name, "name");
    this.kind = kind;
    placeUnder(parent);
    versions.add(new OrgUnitVersion(this, name, kind, parent, path, since, null));
  }

  private OrgUnit(String code) {
    this.code = Objects.requireNonNull(code, "code");
  }

  /**
   * A unit a snapshot brings in over [from, to] (to null: from then on). What "today" sees of it
   * follows from {@link #showAsOf}.
   */
  public static OrgUnit open(
      String code,
      String name,
      String kind,
      OrgUnit parent,
      String path,
      LocalDate from,
      LocalDate to) {
    OrgUnit unit = new OrgUnit(code);
    OrgUnitVersion first = new OrgUnitVersion(unit, name, kind, parent, path, from, to);
    unit.versions.add(first);
    unit.show(first, null);
    return unit;
  }

  /**
   * What a snapshot says of this unit over [from, to] (to null: from then on): its name, kind,
   * parent and the path that parent gives it. What held before and after stays; a version for the
   * very same span is corrected in place.
   *
   * @param history the unit's versions (all of them will do); kept up to date with what this
   *     changes
   */
  public void describe(
      List<OrgUnitVersion> history,
      LocalDate from,
      LocalDate to,
      String newName,
      String newKind,
      OrgUnit newParent,
      String newPath) {
    Optional<OrgUnitVersion> same =
        DatedRow.makeRoom(history, versions, from, to, OrgUnitVersion::continuedFrom);
    if (same.isPresent()) {
      same.get().describe(newName, newKind, newParent, newPath);
    } else {
      DatedRow.add(
          history,
          versions,
          new OrgUnitVersion(this, newName, newKind, newParent, newPath, from, to));
    }
  }

  /**
   * The unit is not in the registry over [from, to]: closed (or not yet opened). It is kept so that
   * history still resolves.
   */
  public void absent(List<OrgUnitVersion> history, LocalDate from, LocalDate to) {
    DatedRow.makeRoom(history, versions, from, to, OrgUnitVersion::continuedFrom)
        .ifPresent(row -> DatedRow.drop(history, versions, row));
  }

  /** A copy of the unit's versions, for code that keeps them at hand while it changes them. */
  List<OrgUnitVersion> history() {
    return new ArrayList<>(versions);
  }

  /**
   * Brings the name, kind, parent and path that pages read as the unit's present ones to what its
   * history says of the date, normally today. A unit with no version then is closed from the day
   * after its last one (or, when it only opens later, shown as it will be).
   *
   * @param history all of the unit's versions
   */
  public void showAsOf(LocalDate date, List<OrgUnitVersion> history) {
    DatedRow.Around<OrgUnitVersion> around = DatedRow.Around.of(history, date);
    OrgUnitVersion now = around.now();
    OrgUnitVersion last = around.last();
    OrgUnitVersion next = around.next();
    if (now != null) {
      show(now, null);
    } else if (last != null) {
      show(last, last.getValidTo().plusDays(1));
    } else if (next != null) {
      show(next, null);
    }
  }

  private void show(OrgUnitVersion v, LocalDate newClosedOn) {
    this.name = v.getName();
    this.kind = v.getKind();
    this.parent = v.getParent();
    this.path = v.getPath();
    this.depth = depthOf(path);
    this.closedOn = newClosedOn;
  }

  /**
   * Puts this unit under another one (or at the top) and takes its path from the parent's. A unit
   * can never sit inside its own subtree.
   */
  private void placeUnder(OrgUnit newParent) {
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
    this.path = pathUnder(newParent == null ? null : newParent.path, code);
    this.depth = depthOf(path);
  }

  /** The path of a unit under a parent's path ({@code /top/dept/} + code + {@code /}). */
  public static String pathUnder(String parentPath, String code) {
    return (parentPath == null ? "/" : parentPath) + code + "/";
  }

  static int depthOf(String path) {
    int slashes = 0;
    for (int i = 0; i < path.length(); i++) {
      if (path.charAt(i) == '/') {
        slashes++;
      }
    }
    return slashes - 2;
  }

  /**
   * The unit named with the units above it, as people tell apart the many units of the same name
   * (every ward has its 計画係): 小倉北区役所 > 総務企画課 > 計画係.
   */
  public String getLabel() {
    StringBuilder label = new StringBuilder(name);
    int steps = 0;
    for (OrgUnit above = parent; above != null && steps < depth; above = above.parent, steps++) {
      label.insert(0, above.name + " > ");
    }
    return label.toString();
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
