package jp.city.lms.security.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import jp.city.lms.curriculum.boundary.Curriculum;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.platform.entity.Scope;
import jp.city.lms.registry.boundary.RegistryHistory;
import jp.city.lms.security.entity.Role;

/**
 * Who the caller is in the registry, and whose records they may see as of a date: the one scope
 * mechanism every boundary that returns people uses. The training office, administrators and the HR
 * system see the whole city by their granted roles; everybody else is who the registry says they
 * were on that date: a manager (a head position listed in the programme's content, or anyone with
 * direct reports) sees their unit and its subtree, anybody else themself.
 */
@Stateless
@PermitAll
public class Callers {

  @Resource SessionContext caller;
  @EJB RegistryHistory registry;
  @EJB Curriculum curriculum;
  @Inject CityClock clock;

  /** The caller's scope today. */
  public Scope scope() {
    return scope(clock.today());
  }

  /** The caller's scope on a date. */
  public Scope scope(@NotNull LocalDate date) {
    if (caller.isCallerInRole(Role.TRAINING_OFFICE)
        || caller.isCallerInRole(Role.ADMIN)
        || caller.isCallerInRole(Role.HR_FEED)) {
      return Scope.city(date);
    }
    String name = caller.getCallerPrincipal().getName();
    if ("anonymous".equals(name)) {
      return Scope.nobody(date);
    }
    return scopeOf(name, date);
  }

  /** Anyone's scope on a date by the registry alone: what makes them a manager then. */
  public Scope scopeOf(@NotNull String employeeNo, @NotNull LocalDate date) {
    return registry.scopeOf(employeeNo, date, curriculum.content().programme().managerPositions());
  }
}
