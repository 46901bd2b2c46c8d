package jp.city.lms.nomination.presentation;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.city.lms.curriculum.boundary.Catalogue;
import jp.city.lms.curriculum.entity.CourseDefinition;
import jp.city.lms.curriculum.entity.Tier;
import jp.city.lms.nomination.boundary.Nominations;
import jp.city.lms.nomination.boundary.Nominations.Proposal;
import jp.city.lms.nomination.entity.NominationRefusedException;
import jp.city.lms.nomination.entity.NominationRound;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.platform.presentation.LocaleBacking;

/**
 * The office's nomination rounds ({@code office/nominations.xhtml}): every round, and the form to
 * open one for a course or a tier, with a quota per department proposed from so many per section,
 * edited as needed, and their sum shown against the seats.
 */
@Named
@ViewScoped
public class NominationRoundsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A department's row of the form: the proposal, and the quota as the office enters it. */
  public static class QuotaRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Proposal proposal;
    private int quota;

    QuotaRow(Proposal proposal) {
      this.proposal = proposal;
      this.quota = proposal.quota();
    }

    public Proposal getProposal() {
      return proposal;
    }

    public int getQuota() {
      return quota;
    }

    public void setQuota(int quota) {
      this.quota = quota;
    }
  }

  @EJB Nominations nominations;
  @EJB Catalogue catalogue;
  @Inject CityClock clock;
  @Inject FacesContext faces;
  @Inject LocaleBacking localeBacking;

  private String title;
  private String target;
  private Integer fiscalYear;
  private LocalDate deadline;
  private int seats = 30;
  private int perSection = 1;
  private final List<QuotaRow> quotas = new ArrayList<>();
  private transient List<NominationRound> rounds;

  public void load() {
    if (fiscalYear == null) {
      fiscalYear = clock.fiscalYear().getYear();
      deadline = clock.today().plusWeeks(3);
    }
    if (quotas.isEmpty()) {
      propose();
    }
  }

  /** Quotas of so many per section, to edit. */
  public void propose() {
    quotas.clear();
    nominations.propose(perSection).forEach(p -> quotas.add(new QuotaRow(p)));
  }

  public String open() {
    Map<String, Integer> entered = new LinkedHashMap<>();
    quotas.forEach(q -> entered.put(q.proposal.unitCode(), q.quota));
    boolean tier = target != null && target.startsWith("tier:");
    String code = target == null ? null : target.substring(target.indexOf(':') + 1);
    try {
      NominationRound round =
          nominations.open(
              new Nominations.Opening(
                  title,
                  tier ? null : code,
                  tier ? code : null,
                  fiscalYear,
                  deadline,
                  seats,
                  entered));
      faces.getExternalContext().getFlash().setKeepMessages(true);
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              NominationTexts.text("rounds.opened", locale(), round.getTitle()),
              null));
      return "/office/nomination-round?faces-redirect=true&id=" + round.getId();
    } catch (NominationRefusedException e) {
      faces.addMessage(
          null,
          new FacesMessage(FacesMessage.SEVERITY_ERROR, NominationTexts.reason(e, locale()), null));
      return null;
    }
  }

  public int getQuotaSum() {
    return quotas.stream().mapToInt(QuotaRow::getQuota).sum();
  }

  public String getSumAgainstSeats() {
    return NominationTexts.text("rounds.sum", locale(), getQuotaSum(), seats);
  }

  public List<Tier> getTiers() {
    return catalogue.content().tiersInOrder();
  }

  public List<CourseDefinition> getCourses() {
    return catalogue.content().courses();
  }

  public String courseTitle(CourseDefinition c) {
    return c.title().in(locale()) + " (" + c.code() + ")";
  }

  public String targetOf(NominationRound r) {
    if (r.getTier() != null) {
      return catalogue
          .content()
          .tier(r.getTier())
          .map(t -> t.name().in(locale()))
          .orElse(r.getTier());
    }
    return catalogue
        .content()
        .course(r.getCourseCode())
        .map(this::courseTitle)
        .orElse(r.getCourseCode());
  }

  public List<Integer> getYears() {
    int now = clock.fiscalYear().getYear();
    return List.of(now, now + 1);
  }

  public String yearLabel(int y) {
    return jp.city.lms.platform.entity.FiscalYear.of(y).label(locale());
  }

  public List<NominationRound> getRounds() {
    if (rounds == null) {
      rounds = nominations.rounds();
    }
    return rounds;
  }

  private Locale locale() {
    return localeBacking.getLocale();
  }

  public List<QuotaRow> getQuotas() {
    return quotas;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getTarget() {
    return target;
  }

  public void setTarget(String target) {
    this.target = target;
  }

  public Integer getFiscalYear() {
    return fiscalYear;
  }

  public void setFiscalYear(Integer fiscalYear) {
    this.fiscalYear = fiscalYear;
  }

  public LocalDate getDeadline() {
    return deadline;
  }

  public void setDeadline(LocalDate deadline) {
    this.deadline = deadline;
  }

  public int getSeats() {
    return seats;
  }

  public void setSeats(int seats) {
    this.seats = seats;
  }

  public int getPerSection() {
    return perSection;
  }

  public void setPerSection(int perSection) {
    this.perSection = perSection;
  }
}
