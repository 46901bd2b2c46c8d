package jp.city.lms.learning.presentation;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import jp.city.lms.cohort.boundary.PositionTrainings;
import jp.city.lms.cohort.boundary.RequiredTraining;
import jp.city.lms.cohort.boundary.RequiredTraining.Required;
import jp.city.lms.curriculum.boundary.Catalogue;
import jp.city.lms.curriculum.entity.CourseDefinition;
import jp.city.lms.curriculum.entity.ProgrammeContent;
import jp.city.lms.curriculum.entity.Tier;
import jp.city.lms.enrolment.boundary.Enrolments;
import jp.city.lms.enrolment.boundary.Enrolments.Place;
import jp.city.lms.learning.boundary.LearningRecord;
import jp.city.lms.learning.boundary.LearningRecord.Learning;
import jp.city.lms.learning.entity.Completion;
import jp.city.lms.learning.entity.TierAchievement;
import jp.city.lms.platform.entity.FiscalYear;

/**
 * The staff home page: where the person stands on the tiers (what is done and what is missing for
 * the next one), their places in offerings still to come, what they completed by fiscal year, and
 * and the training they are required to complete by a date (position-based training of this fiscal
 * year, or assigned to a cohort they belong to), overdue when the date has passed.
 */
@Named
@RequestScoped
public class HomeBacking {

  /** A tier as the person stands on it. */
  public record TierStanding(
      Tier tier,
      TierAchievement achieved,
      int percent,
      List<CourseDefinition> done,
      List<CourseDefinition> missing,
      boolean prerequisiteMissing) {

    public Tier getTier() {
      return tier;
    }

    public TierAchievement getAchieved() {
      return achieved;
    }

    public int getPercent() {
      return percent;
    }

    public List<CourseDefinition> getDone() {
      return done;
    }

    public List<CourseDefinition> getMissing() {
      return missing;
    }

    public boolean isPrerequisiteMissing() {
      return prerequisiteMissing;
    }
  }

  /** Completions of one fiscal year. */
  public record YearOfLearning(int fiscalYear, List<Completion> completions) {

    public int getFiscalYear() {
      return fiscalYear;
    }

    public List<Completion> getCompletions() {
      return completions;
    }
  }

  @EJB LearningRecord learning;
  @EJB Enrolments enrolments;
  @EJB Catalogue catalogue;
  @EJB RequiredTraining requiredTraining;
  @EJB PositionTrainings positionTrainings;
  @Inject FacesContext faces;

  private boolean inRegistry;
  private List<TierStanding> tiers = List.of();
  private List<Place> upcoming = List.of();
  private List<YearOfLearning> years = List.of();
  private List<Required> required = List.of();

  @PostConstruct
  void load() {
    String me = faces.getExternalContext().getRemoteUser();
    if (me == null) {
      return;
    }
    Learning record = learning.of(me).orElse(null);
    if (record == null) {
      return;
    }
    inRegistry = true;
    ProgrammeContent content = catalogue.content();
    tiers = standings(content, record);
    upcoming = enrolments.upcomingOf(me);
    Map<Integer, List<Completion>> byYear = new TreeMap<>(Comparator.reverseOrder());
    for (Completion c : record.completions()) {
      byYear.computeIfAbsent(c.getFiscalYear(), y -> new ArrayList<>()).add(c);
    }
    years =
        byYear.entrySet().stream().map(e -> new YearOfLearning(e.getKey(), e.getValue())).toList();
    try {
      positionTrainings.assignMe();
    } catch (EJBException e) {
      // assigned at the same moment by another request or the nightly run: it is there either way
    }
    required = requiredTraining.mine();
  }

  private static List<TierStanding> standings(ProgrammeContent content, Learning record) {
    Set<String> passed =
        record.completions().stream()
            .filter(Completion::isPassed)
            .map(c -> c.getCourse().getCode())
            .collect(Collectors.toSet());
    Map<String, TierAchievement> held = new LinkedHashMap<>();
    record.tiers().forEach(t -> held.put(t.getTier(), t));
    List<TierStanding> standings = new ArrayList<>();
    for (Tier tier : content.tiersInOrder()) {
      List<String> courses = new ArrayList<>(tier.requirement().required());
      tier.requirement().electives().forEach(g -> courses.addAll(g.from()));
      List<CourseDefinition> done = new ArrayList<>();
      List<CourseDefinition> missing = new ArrayList<>();
      for (String code : courses) {
        content
            .course(code)
            .ifPresent(course -> (passed.contains(code) ? done : missing).add(course));
      }
      TierAchievement achieved = held.get(tier.code());
      int steps = tier.requirement().steps();
      int percent =
          achieved != null || steps == 0 ? 100 : 100 * tier.requirement().stepsDone(passed) / steps;
      boolean prerequisiteMissing =
          tier.prerequisite().map(p -> !held.containsKey(p)).orElse(false);
      standings.add(new TierStanding(tier, achieved, percent, done, missing, prerequisiteMissing));
    }
    return standings;
  }

  public boolean isInRegistry() {
    return inRegistry;
  }

  public List<TierStanding> getTiers() {
    return tiers;
  }

  /** The first tier not yet achieved, the one to work on. */
  public TierStanding getNext() {
    return tiers.stream().filter(t -> t.achieved() == null).findFirst().orElse(null);
  }

  public List<Place> getUpcoming() {
    return upcoming;
  }

  public List<YearOfLearning> getYears() {
    return years;
  }

  public List<Required> getRequired() {
    return required;
  }

  public String fiscalYear(int year) {
    return FiscalYear.of(year).label(locale());
  }

  private Locale locale() {
    return faces.getViewRoot() == null ? Locale.JAPANESE : faces.getViewRoot().getLocale();
  }
}
