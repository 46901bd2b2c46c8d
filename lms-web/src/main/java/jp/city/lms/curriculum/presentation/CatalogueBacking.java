package jp.city.lms.curriculum.presentation;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.city.lms.curriculum.boundary.Catalogue;
import jp.city.lms.curriculum.control.CatalogueFilter;
import jp.city.lms.curriculum.entity.CourseDefinition;
import jp.city.lms.curriculum.entity.CourseFormat;
import jp.city.lms.curriculum.entity.Programme;
import jp.city.lms.curriculum.entity.SkillCategory;
import jp.city.lms.curriculum.entity.Tier;
import jp.city.lms.curriculum.entity.YearlyTarget;
import jp.city.lms.platform.presentation.LocaleBacking;

/**
 * The catalogue page: the tiers and what each requires, and the course list with its filters and
 * search.
 */
@Named
@ViewScoped
public class CatalogueBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB Catalogue catalogue;
  @Inject LocaleBacking localeBacking;
  @Inject CurriculumFormat format;
  @Inject CurriculumTexts texts;

  private String text;
  private String tier;
  private CourseFormat courseFormat;
  private String skill;
  private Integer fiscalYear;

  private List<Tier> tiers;
  private List<CourseDefinition> courses;
  private List<Integer> fiscalYears;

  @PostConstruct
  void init() {
    tiers = catalogue.tiers();
    fiscalYears = catalogue.fiscalYears();
    search();
  }

  public void search() {
    courses = catalogue.courses(new CatalogueFilter(text, tier, courseFormat, skill, fiscalYear));
  }

  public void clear() {
    text = null;
    tier = null;
    courseFormat = null;
    skill = null;
    fiscalYear = null;
    search();
  }

  /** The course's title, for the tiers' requirements, which name courses by code. */
  public String title(String code) {
    return catalogue.content().course(code).map(c -> c.title().in(locale())).orElse(code);
  }

  public String tierName(String code) {
    return catalogue.content().tier(code).map(t -> t.name().in(locale())).orElse(code);
  }

  /** The tier's yearly targets, e.g. 令和7年度 700人 or FY2025: all staff. */
  public List<String> targets(Tier of) {
    Programme programme = catalogue.content().programme();
    List<String> lines = new ArrayList<>();
    for (int year = programme.fromFiscalYear(); year <= programme.toFiscalYear(); year++) {
      programme
          .yearlyTarget(of.code(), year)
          .map(target -> targetText(target))
          .ifPresent(lines::add);
    }
    return lines;
  }

  private String targetText(YearlyTarget target) {
    Locale locale = locale();
    String label = format.fiscalYear(target.fiscalYear(), locale);
    return target.isAllStaff()
        ? texts.get("catalogue.target.allStaff", label)
        : texts.get("catalogue.target.people", label, target.people().getAsInt());
  }

  public Programme getProgramme() {
    return catalogue.content().programme();
  }

  public boolean countsTowardTarget(Tier of) {
    return getProgramme().countsToward(of.code());
  }

  public List<SelectItem> getSkillOptions() {
    Locale locale = locale();
    List<SelectItem> groups = new ArrayList<>();
    for (SkillCategory category : catalogue.content().skills().categories()) {
      SelectItemGroup group = new SelectItemGroup(category.name().in(locale));
      group.setSelectItems(
          category.skills().stream()
              .map(s -> new SelectItem(s.code(), s.name().in(locale) + " (" + s.code() + ")"))
              .toArray(SelectItem[]::new));
      groups.add(group);
    }
    return groups;
  }

  public CourseFormat[] getFormats() {
    return CourseFormat.values();
  }

  private Locale locale() {
    return localeBacking.getLocale();
  }

  public List<Tier> getTiers() {
    return tiers;
  }

  public List<CourseDefinition> getCourses() {
    return courses;
  }

  public List<Integer> getFiscalYears() {
    return fiscalYears;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getTier() {
    return tier;
  }

  public void setTier(String tier) {
    this.tier = tier;
  }

  public CourseFormat getCourseFormat() {
    return courseFormat;
  }

  public void setCourseFormat(CourseFormat courseFormat) {
    this.courseFormat = courseFormat;
  }

  public String getSkill() {
    return skill;
  }

  public void setSkill(String skill) {
    this.skill = skill;
  }

  public Integer getFiscalYear() {
    return fiscalYear;
  }

  public void setFiscalYear(Integer fiscalYear) {
    this.fiscalYear = fiscalYear;
  }
}
