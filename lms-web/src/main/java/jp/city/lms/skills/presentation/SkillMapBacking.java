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
import jp.city.lms.skills.entity.SkillStanding;
import jp.city.lms.skills.entity.TargetShare;

/**
 * The team skill map ({@code staff/skill-map.xhtml?asOf=&unit=&category=&tier=}): the people of the
 * caller's scope (rows) by the skills of one category (columns), each cell the level that counts
 * against the target, coloured by the gap, with the share at target per skill below (hidden for
 * fewer than five people), exportable to Excel and CSV. The training office and administrators
 * choose a unit first: a map of the whole city has 9,000 rows.
 */
@Named
@ViewScoped
public class SkillMapBacking implements Serializable {

  private static final long serialVersionUID = 1L;

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
  private boolean unitNeeded;
  private transient List<Line> lines = List.of();
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
    columns =
        shown.skills().stream().map(s -> new Column(s.code(), s.name().in(locale()))).toList();
    unitNeeded = scope.isCity() && (unit == null || unit.isBlank());
    if (unitNeeded) {
      return;
    }
    try {
      SkillMaps.SkillMap map = skillMaps.map(date, unit, tier);
      lines = map.lines();
      shares = map.shares();
    } catch (OutOfScopeException e) {
      faces.getExternalContext().responseSendError(403, null);
      faces.responseComplete();
    }
  }

  /** A cell: the level that counts and the target, "2 / 3", with dashes where there is none. */
  public String cell(Line line, Column column) {
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
    SkillStanding s = line.standing(column.code());
    Integer gap = s == null ? null : s.gap(curriculum.content().skills().minLevel());
    return gap == null ? "gap-none" : gap < 0 ? "gap-short" : "gap-met";
  }

  /** The three sources of a cell, for its tooltip. */
  public String sources(Line line, Column column) {
    SkillStanding s = line.standing(column.code());
    if (s == null) {
      return "";
    }
    Locale locale = locale();
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

  /** The share of the shown people at the target of a skill; a dash for fewer than five. */
  public String share(Column column) {
    TargetShare share = shares.get(column.code());
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
    return "skill-map-" + category + "-" + asOf;
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

  public boolean isUnitNeeded() {
    return unitNeeded;
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
