package jp.city.lms.cohort.presentation;

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
import jp.city.lms.cohort.boundary.Cohorts;
import jp.city.lms.cohort.entity.Cohort;
import jp.city.lms.cohort.entity.CohortMembership;
import jp.city.lms.cohort.entity.CohortRuleVersion;
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
