package jp.city.lms.skills.presentation;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.city.lms.curriculum.boundary.Curriculum;
import jp.city.lms.curriculum.entity.SkillCategory;
import jp.city.lms.curriculum.entity.Tier;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.platform.entity.OutOfScopeException;
import jp.city.lms.platform.entity.Scope;
import jp.city.lms.platform.presentation.LocaleBacking;
import jp.city.lms.registry.boundary.RegistryHistory;
import jp.city.lms.registry.entity.OrgUnitVersion;
import jp.city.lms.security.boundary.Callers;
import jp.city.lms.skills.boundary.SkillMaps;
import jp.city.lms.skills.boundary.SkillMaps.Line;
import jp.city.lms.skills.entity.CategoryStanding;
import jp.city.lms.skills.entity.SkillStanding;
import jp.city.lms.skills.entity.TargetShare;

/**
 * The team skill map ({@code staff/skill-map.xhtml?asOf=&unit=&category=&tier=&view=}): the people
 * of the caller's scope (rows) by the skills of one category or by the skill categories (columns,
 * {@code view=categories}), each cell the level that counts against the target (for a category, the
 * mean level and the targets reached), coloured by the gap, with the share at target per column
 * below and per unit one level down (the department aggregate), each hidden for fewer than five
 * people; both tables exportable to Excel and CSV. The training office and administrators see the
 * whole city or any unit; the people's table is paged, the exports hold every row.
 */
@Named
@ViewScoped
public class SkillMapBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The view by skill categories rather than by the skills of one. */
  static final String CATEGORIES = "categories";

  /** A column of the map. */
  public record Column(String code, String name) implements Serializable {

    public String getCode() {
      return code;
    }

    public String getName() {
      return name;
    }
  }

  @EJB SkillMaps skillMaps;
  @EJB Curriculum curriculum;
  @EJB RegistryHistory registry;
  @EJB Callers callers;
  @Inject CityClock clock;
  @Inject FacesContext faces;
  @Inject LocaleBacking localeBacking;

  private String asOf;
  private String unit;
  private String category;
  private String tier;
  private String view;
  private transient List<Line> lines = List.of();
  private transient List<SkillMaps.UnitShares> byUnit = List.of();
  private transient Map<String, TargetShare> shares = Map.of();
  private transient List<OrgUnitVersion> units = List.of();
  private transient Map<String, String> labels = Map.of();
  private List<Column> columns = List.of();

  /** Reads the view parameters and the map; answers 403 or 400 for what it cannot show. */
  public void load() throws IOException {
    LocalDate date;
    try {
      date = asOf == null || asOf.isBlank() ? clock.today() : LocalDate.parse(asOf.strip());
    } catch (DateTimeParseException e) {
      faces.getExternalContext().responseSendError(400, e.getMessage());
      faces.responseComplete();
      return;
    }
    asOf = date.toString();
    Scope scope = callers.scope(date);
    units = registry.units(scope);
    labels = registry.unitLabels(date);
    List<SkillCategory> categories = curriculum.content().skills().categories();
    SkillCategory shown =
        categories.stream()
            .filter(c -> c.code().equals(category))
            .findFirst()
            .orElse(categories.get(0));
    category = shown.code();
    view = isByCategory() ? CATEGORIES : null;
    columns =
        isByCategory()
            ? categories.stream().map(c -> new Column(c.code(), c.name().in(locale()))).toList()
            : shown.skills().stream()
                .map(s -> new Column(s.code(), s.name().in(locale())))
                .toList();
    try {
      SkillMaps.SkillMap map =
          skillMaps.map(date, unit == null || unit.isBlank() ? null : unit, tier);
      lines = map.lines();
      shares = map.shares();
      byUnit = map.byUnit();
    } catch (OutOfScopeException e) {
      faces.getExternalContext().responseSendError(403, null);
      faces.responseComplete();
    }
  }

  /** The view by skill categories rather than by the skills of one. */
  public boolean isByCategory() {
    return CATEGORIES.equals(view);
  }

  /**
   * A cell: the level that counts and the target, "2 / 3", with dashes where there is none; for a
   * category the mean level and the targets reached, "2.3 (2/3)".
   */
  public String cell(Line line, Column column) {
    if (isByCategory()) {
      CategoryStanding c = line.category(column.code());
      if (c == null) {
        return "";
      }
      String mean = c.mean() == null ? "–" : String.format(Locale.ROOT, "%.1f", c.mean());
      return c.hasTarget() ? mean + " (" + c.met() + "/" + c.targeted() + ")" : mean;
    }
    SkillStanding s = line.standing(column.code());
    if (s == null) {
      return "";
    }
    Integer level = s.assessed();
    return (level == null ? "–" : level.toString())
        + " / "
        + (s.target() == null ? "–" : s.target().toString());
  }

  /** The cell's colour by the gap: short of the target, at or above it, no target. */
  public String gapClass(Line line, Column column) {
    if (isByCategory()) {
      CategoryStanding c = line.category(column.code());
      return c == null || !c.hasTarget() ? "gap-none" : c.isMet() ? "gap-met" : "gap-short";
    }
    SkillStanding s = line.standing(column.code());
    Integer gap = s == null ? null : s.gap(curriculum.content().skills().minLevel());
    return gap == null ? "gap-none" : gap < 0 ? "gap-short" : "gap-met";
  }

  /** The three sources of a cell, for its tooltip; for a category, the targets reached. */
  public String sources(Line line, Column column) {
    Locale locale = locale();
    if (isByCategory()) {
      CategoryStanding c = line.category(column.code());
      return c == null ? "" : SkillTexts.text("map.categoryCell", locale, c.met(), c.targeted());
    }
    SkillStanding s = line.standing(column.code());
    if (s == null) {
      return "";
    }
    return SkillTexts.text("source.SELF", locale)
        + " "
        + dash(s.self())
        + " · "
        + SkillTexts.text("source.MANAGER", locale)
        + " "
        + dash(s.manager())
        + " · "
        + SkillTexts.text("source.TEST", locale)
        + " "
        + dash(s.test());
  }

  /** A unit's share at the target of a column, as {@link #share(Column)}. */
  public String unitShare(SkillMaps.UnitShares unitShares, Column column) {
    return shown(unitShares.share(column.code()));
  }

  /** The share of the shown people at the target of a skill; a dash for fewer than five. */
  public String share(Column column) {
    return shown(shares.get(column.code()));
  }

  private static String shown(TargetShare share) {
    if (share == null || !share.isShown()) {
      return "–";
    }
    return Math.round(share.share().getAsDouble() * 100) + "% (" + share.people() + ")";
  }

  public String tierName(String code) {
    return code == null
        ? ""
        : curriculum.content().tier(code).map(t -> t.name().in(locale())).orElse(code);
  }

  public String label(String orgCode) {
    return labels.getOrDefault(orgCode, orgCode);
  }

  public List<SkillCategory> getCategories() {
    return curriculum.content().skills().categories();
  }

  public String categoryName(SkillCategory c) {
    return c.name().in(locale());
  }

  public List<Tier> getTiers() {
    return curriculum.content().tiersInOrder();
  }

  public String getFileName() {
    return "skill-map-" + (isByCategory() ? CATEGORIES : category) + "-" + asOf;
  }

  public String getUnitsFileName() {
    return "skill-map-units-" + (isByCategory() ? CATEGORIES : category) + "-" + asOf;
  }

  private static String dash(Integer level) {
    return level == null ? "–" : level.toString();
  }

  private Locale locale() {
    return localeBacking.getLocale();
  }

  public List<Line> getLines() {
    return lines;
  }

  public List<Column> getColumns() {
    return columns;
  }

  public List<OrgUnitVersion> getUnits() {
    return units;
  }

  public List<SkillMaps.UnitShares> getByUnit() {
    return byUnit;
  }

  public String getView() {
    return view;
  }

  public void setView(String view) {
    this.view = view;
  }

  public String getAsOf() {
    return asOf;
  }

  public void setAsOf(String asOf) {
    this.asOf = asOf;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getTier() {
    return tier;
  }

  public void setTier(String tier) {
    this.tier = tier;
  }
}
