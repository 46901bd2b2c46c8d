package jp.city.lms.nomination.presentation;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.city.lms.curriculum.boundary.Catalogue;
import jp.city.lms.nomination.boundary.Nominations;
import jp.city.lms.nomination.boundary.Nominations.Candidate;
import jp.city.lms.nomination.entity.DepartmentQuota;
import jp.city.lms.nomination.entity.Nomination;
import jp.city.lms.nomination.entity.NominationRefusedException;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.platform.entity.OutOfScopeException;
import jp.city.lms.platform.presentation.LocaleBacking;

/**
 * A manager's nominations ({@code manager/nominations.xhtml?round=}): the rounds of their
 * department with the quota left; for the round chosen, the eligible people of their scope with
 * their tier (and a link to their skills), to nominate with a reason, and their department's
 * nominations with the office's decisions.
 */
@Named
@ViewScoped
public class ManagerNominationsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB Nominations nominations;
  @EJB Catalogue catalogue;
  @Inject CityClock clock;
  @Inject FacesContext faces;
  @Inject LocaleBacking localeBacking;

  private Long round;
  private transient List<DepartmentQuota> mine = List.of();
  private DepartmentQuota chosen;
  private transient List<Candidate> candidates = List.of();
  private transient List<Nomination> nominated = List.of();
  private final Map<String, String> reasons = new HashMap<>();

  public void load() throws IOException {
    mine = nominations.myRounds();
    chosen =
        round == null
            ? null
            : mine.stream()
                .filter(q -> q.getRound().getId().equals(round))
                .findFirst()
                .orElse(null);
    if (round != null && chosen == null) {
      // not a round of the caller's department: nothing of it is shown
      faces.getExternalContext().responseSendError(403, null);
      faces.responseComplete();
      return;
    }
    if (chosen != null) {
      candidates = nominations.eligible(round);
      nominated = nominations.myNominations(round);
    }
  }

  public void nominate(Candidate c) throws IOException {
    String no = c.person().employeeNo();
    try {
      nominations.nominate(round, no, reasons.get(no));
      reasons.remove(no);
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              NominationTexts.text("manager.done", locale(), c.person().name()),
              null));
    } catch (NominationRefusedException e) {
      faces.addMessage(
          null,
          new FacesMessage(FacesMessage.SEVERITY_ERROR, NominationTexts.reason(e, locale()), null));
    } catch (OutOfScopeException e) {
      faces.getExternalContext().responseSendError(403, null);
      faces.responseComplete();
      return;
    }
    load();
  }

  public boolean isOpen() {
    return chosen != null && chosen.getRound().acceptsOn(clock.today());
  }

  public String getQuotaLeft() {
    return chosen == null
        ? ""
        : NominationTexts.text(
            "manager.quota",
            locale(),
            chosen.getUnitName(),
            chosen.getQuota(),
            chosen.getNominated(),
            chosen.getRemaining());
  }

  public String tierName(String code) {
    return code == null
        ? NominationTexts.text("manager.noTier", locale())
        : catalogue.content().tier(code).map(t -> t.name().in(locale())).orElse(code);
  }

  public String status(Nomination n) {
    return NominationTexts.text("status." + n.getStatus().name(), locale());
  }

  public String roundStatus(DepartmentQuota q) {
    return q.getRound().acceptsOn(clock.today())
        ? NominationTexts.text("roundStatus.OPEN", locale())
        : NominationTexts.text("manager.closed", locale());
  }

  private Locale locale() {
    return localeBacking.getLocale();
  }

  public List<DepartmentQuota> getMine() {
    return mine;
  }

  public DepartmentQuota getChosen() {
    return chosen;
  }

  public List<Candidate> getCandidates() {
    return candidates;
  }

  public List<Nomination> getNominated() {
    return nominated;
  }

  public Map<String, String> getReasons() {
    return reasons;
  }

  public Long getRound() {
    return round;
  }

  public void setRound(Long round) {
    this.round = round;
  }
}
