package jp.city.lms.cohort.presentation;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
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
import jp.city.lms.cohort.boundary.Cohorts;
import jp.city.lms.cohort.boundary.RequiredTraining;
import jp.city.lms.cohort.boundary.RequiredTraining.Placement;
import jp.city.lms.cohort.boundary.RequiredTraining.Standing;
import jp.city.lms.cohort.entity.AssignmentRefusedException;
import jp.city.lms.cohort.entity.Cohort;
import jp.city.lms.cohort.entity.CohortAssignment;
import jp.city.lms.cohort.entity.CohortMembership;
import jp.city.lms.cohort.entity.CohortRuleVersion;
import jp.city.lms.curriculum.boundary.Catalogue;
import jp.city.lms.curriculum.boundary.OfferingSeats;
import jp.city.lms.curriculum.entity.CourseDefinition;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.platform.presentation.LocaleBacking;

/**
 * One cohort ({@code office/cohort.xhtml?id=&on=&since=}): its rule and the rule's history, who was
 * in it on a date (today by default), and who joined or left since a date (the last 90 days by
 * default) with why: the rule version or the registry import.
 */
@Named
@ViewScoped
public class CohortBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A change of membership as the page lists it: a spell began or ended on a date. */
  public record Event(CohortMembership spell, boolean joined, LocalDate on)
      implements Serializable {

    public CohortMembership getSpell() {
      return spell;
    }

    public boolean isJoined() {
      return joined;
    }

    public LocalDate getOn() {
      return on;
    }
  }

  @EJB Cohorts cohorts;
  @EJB RequiredTraining required;
  @EJB Catalogue catalogue;
  @Inject CityClock clock;
  @Inject FacesContext faces;
  @Inject LocaleBacking localeBacking;

  private Long id;
  private String on;
  private String since;
  private Cohort cohort;
  private transient List<CohortMembership> members = List.of();
  private transient List<Event> events = List.of();
  private transient List<CohortRuleVersion> versions = List.of();
  private transient List<Standing> standings = List.of();
  private String course;
  private LocalDate due;
  private List<Long> chosenOfferings = new java.util.ArrayList<>();
  private CohortAssignment.Overflow overflow = CohortAssignment.Overflow.WAITLIST;
  private transient List<OfferingSeats> offerings = List.of();

  public void load() throws IOException {
    LocalDate onDate;
    LocalDate sinceDate;
    try {
      onDate = on == null || on.isBlank() ? clock.today() : LocalDate.parse(on.strip());
      sinceDate =
          since == null || since.isBlank()
              ? clock.today().minusDays(90)
              : LocalDate.parse(since.strip());
    } catch (DateTimeParseException e) {
      faces.getExternalContext().responseSendError(400, e.getMessage());
      faces.responseComplete();
      return;
    }
    on = onDate.toString();
    since = sinceDate.toString();
    cohort = id == null ? null : cohorts.find(id).orElse(null);
    if (cohort == null) {
      return;
    }
    members = cohorts.members(id, onDate);
    LocalDate today = clock.today();
    LocalDate until = today.isAfter(sinceDate) ? today : sinceDate;
    events =
        cohorts.joinedOrLeft(id, sinceDate, until).stream()
            .flatMap(
                m -> {
                  java.util.stream.Stream.Builder<Event> b = java.util.stream.Stream.builder();
                  if (!m.getValidFrom().isBefore(sinceDate) && !m.getValidFrom().isAfter(until)) {
                    b.add(new Event(m, true, m.getValidFrom()));
                  }
                  LocalDate leftOn = m.getLeftOn();
                  if (leftOn != null && !leftOn.isBefore(sinceDate) && !leftOn.isAfter(until)) {
                    b.add(new Event(m, false, leftOn));
                  }
                  return b.build();
                })
            .sorted(
                java.util.Comparator.comparing(Event::on)
                    .reversed()
                    .thenComparing(e -> e.spell().getStaff().getEmployeeNo()))
            .toList();
    versions = cohorts.versions(id);
    standings = required.assignments(id);
    if (due == null) {
      due = today.plusMonths(3);
    }
  }

  /** The upcoming offerings of the course chosen, to place the members in. */
  public void courseChosen() {
    chosenOfferings = new java.util.ArrayList<>();
    offerings =
        course == null || course.isBlank() ? List.of() : catalogue.upcomingOfferings(course);
  }

  /**
   * Assigns the cohort to the course with the due date, and places its members in the offerings
   * chosen, if any.
   */
  public void assign() throws IOException {
    try {
      Placement placed =
          required.assign(
              id,
              course == null ? "" : course,
              due == null ? clock.today() : due,
              chosenOfferings == null ? List.of() : chosenOfferings,
              overflow);
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              CohortTexts.text(
                  "assign.done",
                  locale(),
                  placed.required(),
                  placed.seated(),
                  placed.waitlisted(),
                  placed.already(),
                  placed.refused()),
              null));
      standings = required.assignments(id);
      courseChosen();
    } catch (AssignmentRefusedException e) {
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              CohortTexts.text("assign.refused." + e.reason().name(), locale(), e.arguments()),
              null));
    }
  }

  public List<CourseDefinition> getCourses() {
    return catalogue.content().courses();
  }

  public String courseTitle(CourseDefinition c) {
    return c.title().in(locale()) + " (" + c.code() + ")";
  }

  public String offeringLabel(OfferingSeats o) {
    return CohortTexts.text(
        "assign.offering",
        locale(),
        o.getOffering().getStartsAt().toLocalDate().toString(),
        o.getOffering().getVenue() == null ? "" : o.getOffering().getVenue(),
        o.getSeatsLeft(),
        o.getOffering().getCapacity());
  }

  public CohortAssignment.Overflow[] getOverflows() {
    return CohortAssignment.Overflow.values();
  }

  /** Why a spell began, or ended. */
  public String reason(Event e) {
    CohortMembership m = e.spell();
    Long run = e.joined() ? m.getJoinedRun() : m.getLeftRun();
    Integer version = e.joined() ? Integer.valueOf(m.getJoinedVersion()) : m.getLeftVersion();
    return run != null
        ? CohortTexts.text("cohort.reason.run", locale(), run.toString())
        : CohortTexts.text("cohort.reason.rule", locale(), version);
  }

  public String getRule() {
    return cohort == null ? "" : CohortTexts.describe(cohort.rule(), locale());
  }

  public String describe(CohortRuleVersion v) {
    return CohortTexts.describe(v.rule(), locale());
  }

  public String getMembersTitle() {
    return CohortTexts.text("cohort.members", locale(), members.size(), on);
  }

  public String getChangesTitle() {
    return CohortTexts.text("cohort.changes", locale(), since);
  }

  public String getFileName() {
    return "cohort-" + id + "-" + on;
  }

  private Locale locale() {
    return localeBacking.getLocale();
  }

  public Cohort getCohort() {
    return cohort;
  }

  public List<CohortMembership> getMembers() {
    return members;
  }

  public List<Event> getEvents() {
    return events;
  }

  public List<CohortRuleVersion> getVersions() {
    return versions;
  }

  public List<Standing> getStandings() {
    return standings;
  }

  public List<OfferingSeats> getOfferings() {
    return offerings;
  }

  public String getCourse() {
    return course;
  }

  public void setCourse(String course) {
    this.course = course;
  }

  public LocalDate getDue() {
    return due;
  }

  public void setDue(LocalDate due) {
    this.due = due;
  }

  public List<Long> getChosenOfferings() {
    return chosenOfferings;
  }

  public void setChosenOfferings(List<Long> chosenOfferings) {
    this.chosenOfferings = chosenOfferings;
  }

  public CohortAssignment.Overflow getOverflow() {
    return overflow;
  }

  public void setOverflow(CohortAssignment.Overflow overflow) {
    this.overflow = overflow;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getOn() {
    return on;
  }

  public void setOn(String on) {
    this.on = on;
  }

  public String getSince() {
    return since;
  }

  public void setSince(String since) {
    this.since = since;
  }
}
