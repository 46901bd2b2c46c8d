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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.city.lms.curriculum.boundary.Curriculum;
import jp.city.lms.curriculum.entity.Skill;
import jp.city.lms.curriculum.entity.SkillLevel;
import jp.city.lms.curriculum.entity.Tier;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.platform.entity.OutOfScopeException;
import jp.city.lms.platform.presentation.LocaleBacking;
import jp.city.lms.skills.boundary.TalentSearch;
import jp.city.lms.skills.boundary.TalentSearch.Found;
import jp.city.lms.skills.entity.AssessmentSource;
import jp.city.lms.skills.entity.TalentCriteria;

/**
 * Talent search ({@code staff/talent-search.xhtml?skill1=&level1=&skill2=&level2=&source=&tier=
 * &unit=&job=&asOf=}): up to two skills at least at a level, by one source or the best of them,
 * among the people of the caller's scope; the best fit first, each linked to their profile,
 * exportable.
 */
@Named
@ViewScoped
public class TalentSearchBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB TalentSearch search;
  @EJB Curriculum curriculum;
  @Inject CityClock clock;
  @Inject FacesContext faces;
  @Inject LocaleBacking localeBacking;

  private String asOf;
  private String skill1;
  private Integer level1;
  private String skill2;
  private Integer level2;
  private String source;
  private String tier;
  private String unit;
  private String job;
  private boolean searched;
  private transient List<Found> found = List.of();

  /** Reads the criteria and searches; answers 400 or 403 for what it cannot search. */
  public void load() throws IOException {
    LocalDate date;
    AssessmentSource from;
    try {
      date = asOf == null || asOf.isBlank() ? clock.today() : LocalDate.parse(asOf.strip());
      from = source == null || source.isBlank() ? null : AssessmentSource.valueOf(source);
    } catch (DateTimeParseException | IllegalArgumentException e) {
      faces.getExternalContext().responseSendError(400, e.getMessage());
      faces.responseComplete();
      return;
    }
    asOf = date.toString();
    List<TalentCriteria.Requirement> requirements = new ArrayList<>();
    if (skill1 != null && !skill1.isBlank()) {
      requirements.add(new TalentCriteria.Requirement(skill1, level1 == null ? 0 : level1));
    }
    if (skill2 != null && !skill2.isBlank()) {
      requirements.add(new TalentCriteria.Requirement(skill2, level2 == null ? 0 : level2));
    }
    searched = !requirements.isEmpty();
    try {
      found = search.find(new TalentCriteria(requirements, from), date, unit, tier, job);
    } catch (OutOfScopeException e) {
      faces.getExternalContext().responseSendError(403, null);
      faces.responseComplete();
    }
  }

  public List<Skill> getSkills() {
    return curriculum.content().skills().categories().stream()
        .flatMap(c -> c.skills().stream())
        .toList();
  }

  public String skillName(Skill s) {
    return s.name().in(locale()) + " (" + s.code() + ")";
  }

  public List<SkillLevel> getLevels() {
    return curriculum.content().skills().levels();
  }

  public String levelName(SkillLevel l) {
    return l.level() + " " + l.name().in(locale());
  }

  public List<Tier> getTiers() {
    return curriculum.content().tiersInOrder();
  }

  public String tierName(String code) {
    return code == null
        ? ""
        : curriculum.content().tier(code).map(t -> t.name().in(locale())).orElse(code);
  }

  public List<String> getSources() {
    return List.of("SELF", "MANAGER", "TEST");
  }

  public String sourceName(String s) {
    return SkillTexts.text("source." + s, locale());
  }

  /** The level that counted for one of the skills asked for, or a dash. */
  public String level(Found f, String skill) {
    Integer level = skill == null ? null : f.levels().get(skill);
    return level == null ? "–" : level.toString();
  }

  public String getFileName() {
    return "talent-search-" + asOf;
  }

  private Locale locale() {
    return localeBacking.getLocale();
  }

  public List<Found> getFound() {
    return found;
  }

  public boolean isSearched() {
    return searched;
  }

  public String getAsOf() {
    return asOf;
  }

  public void setAsOf(String asOf) {
    this.asOf = asOf;
  }

  public String getSkill1() {
    return skill1;
  }

  public void setSkill1(String skill1) {
    this.skill1 = skill1;
  }

  public Integer getLevel1() {
    return level1;
  }

  public void setLevel1(Integer level1) {
    this.level1 = level1;
  }

  public String getSkill2() {
    return skill2;
  }

  public void setSkill2(String skill2) {
    this.skill2 = skill2;
  }

  public Integer getLevel2() {
    return level2;
  }

  public void setLevel2(Integer level2) {
    this.level2 = level2;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public String getTier() {
    return tier;
  }

  public void setTier(String tier) {
    this.tier = tier;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public String getJob() {
    return job;
  }

  public void setJob(String job) {
    this.job = job;
  }
}
