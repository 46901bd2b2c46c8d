package jp.city.lms.nomination.presentation;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.city.lms.curriculum.boundary.Catalogue;
import jp.city.lms.curriculum.boundary.OfferingSeats;
import jp.city.lms.enrolment.boundary.Enrolments.Batch;
import jp.city.lms.enrolment.entity.EnrolmentRefusedException;
import jp.city.lms.nomination.boundary.Nominations;
import jp.city.lms.nomination.entity.DepartmentQuota;
import jp.city.lms.nomination.entity.Nomination;
import jp.city.lms.nomination.entity.NominationRefusedException;
import jp.city.lms.nomination.entity.NominationRound;
import jp.city.lms.platform.presentation.LocaleBacking;

/**
 * One round for the office ({@code office/nomination-round.xhtml?id=}): the departments' quotas
 * (edit one, give pool places to one), the deadline (extend it), every nomination with the
 * manager's reason (select or decline it, with a reason), and enrolling the selected in an offering
 * of the course.
 */
@Named
@ViewScoped
public class NominationRoundBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB Nominations nominations;
  @EJB Catalogue catalogue;
  @Inject FacesContext faces;
  @Inject LocaleBacking localeBacking;

  private Long id;
  private NominationRound round;
  private transient List<DepartmentQuota> quotas = List.of();
  private transient List<Nomination> all = List.of();
  private final Map<Long, String> reasons = new HashMap<>();
  private final Map<Long, Integer> edits = new HashMap<>();
  private LocalDate newDeadline;
  private Long offering;

  public void load() {
    round = id == null ? null : nominations.round(id).orElse(null);
    if (round == null) {
      return;
    }
    quotas = nominations.quotas(id);
    all = nominations.nominations(id);
    edits.clear();
    quotas.forEach(q -> edits.put(q.getId(), q.getQuota()));
    if (newDeadline == null) {
      newDeadline = round.getDeadline();
    }
  }

  public void select(Nomination n) {
    act(() -> nominations.select(n.getId(), reasons.get(n.getId())), "round.selected");
  }

  public void decline(Nomination n) {
    act(() -> nominations.decline(n.getId(), reasons.get(n.getId())), "round.declined");
  }

  public void saveQuota(DepartmentQuota q) {
    act(
        () -> nominations.setQuota(q.getId(), edits.getOrDefault(q.getId(), q.getQuota())),
        "round.saved");
  }

  public void reallocate(DepartmentQuota q) {
    int wanted = edits.getOrDefault(q.getId(), q.getQuota()) - q.getQuota();
    act(() -> nominations.reallocate(q.getId(), wanted), "round.saved");
  }

  public void extend() {
    act(() -> nominations.extend(id, newDeadline), "round.saved");
  }

  public void enrol() {
    if (offering == null) {
      return;
    }
    try {
      Batch batch = nominations.enrolSelected(id, offering);
      info(
          NominationTexts.text(
              "round.enrolled",
              locale(),
              batch.seated(),
              batch.waitlisted(),
              batch.already(),
              batch.refused().size()));
    } catch (EnrolmentRefusedException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
    load();
  }

  private void act(Runnable action, String done) {
    try {
      action.run();
      info(NominationTexts.text(done, locale()));
    } catch (NominationRefusedException e) {
      faces.addMessage(
          null,
          new FacesMessage(FacesMessage.SEVERITY_ERROR, NominationTexts.reason(e, locale()), null));
    }
    load();
  }

  private void info(String text) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
  }

  public List<OfferingSeats> getOfferings() {
    return round == null || round.getCourseCode() == null
        ? List.of()
        : catalogue.upcomingOfferings(round.getCourseCode());
  }

  public String offeringLabel(OfferingSeats o) {
    return o.getOffering().getStartsAt().toLocalDate()
        + " "
        + (o.getOffering().getVenue() == null ? "" : o.getOffering().getVenue())
        + " ("
        + o.getSeatsLeft()
        + "/"
        + o.getOffering().getCapacity()
        + ")";
  }

  public String status(Nomination n) {
    return NominationTexts.text("status." + n.getStatus().name(), locale());
  }

  public int getQuotaSum() {
    return quotas.stream().mapToInt(DepartmentQuota::getQuota).sum();
  }

  public String getSummary() {
    return round == null
        ? ""
        : NominationTexts.text(
            "round.summary",
            locale(),
            round.getDeadline().toString(),
            round.getSeats(),
            getQuotaSum(),
            all.size(),
            round.getPool(),
            NominationTexts.text("roundStatus." + round.getStatus().name(), locale()));
  }

  private Locale locale() {
    return localeBacking.getLocale();
  }

  public NominationRound getRound() {
    return round;
  }

  public List<DepartmentQuota> getQuotas() {
    return quotas;
  }

  public List<Nomination> getAll() {
    return all;
  }

  public Map<Long, String> getReasons() {
    return reasons;
  }

  public Map<Long, Integer> getEdits() {
    return edits;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public LocalDate getNewDeadline() {
    return newDeadline;
  }

  public void setNewDeadline(LocalDate newDeadline) {
    this.newDeadline = newDeadline;
  }

  public Long getOffering() {
    return offering;
  }

  public void setOffering(Long offering) {
    this.offering = offering;
  }
}
