package jp.city.lms.registry.presentation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.platform.entity.OutOfScopeException;
import jp.city.lms.platform.entity.Scope;
import jp.city.lms.registry.boundary.RegistryHistory;
import jp.city.lms.registry.boundary.RegistryHistory.PersonAsOf;
import jp.city.lms.registry.entity.OrgUnitVersion;
import jp.city.lms.security.boundary.Callers;

/**
 * A manager's team (所属の職員): the people of their unit and every unit under it as of a date (default
 * today), narrowed to one unit if they like. A unit outside their scope answers 403, however the
 * address was typed.
 */
@Named
@RequestScoped
public class TeamBacking {

  @EJB RegistryHistory registry;
  @EJB Callers callers;
  @Inject CityClock clock;
  @Inject FacesContext faces;

  private String asOf;
  private String unit;
  private Scope scope;
  private List<PersonAsOf> people = List.of();
  private List<OrgUnitVersion> units = List.of();
  private Map<String, String> labels = Map.of();

  /** Reads the view parameters and the team; answers 403 or 400 for what it cannot show. */
  public void load() throws IOException {
    LocalDate date;
    try {
      date = asOf == null || asOf.isBlank() ? clock.today() : LocalDate.parse(asOf.strip());
    } catch (DateTimeParseException e) {
      faces.getExternalContext().responseSendError(400, e.getMessage());
      faces.responseComplete();
      return;
    }
    scope = callers.scope(date);
    try {
      people = registry.people(scope, unit);
    } catch (OutOfScopeException e) {
      faces.getExternalContext().responseSendError(403, null);
      faces.responseComplete();
      return;
    }
    units = registry.units(scope);
    labels = registry.unitLabels(date);
    asOf = date.toString();
  }

  /** A unit named with the units above it as of the date. */
  public String label(String orgCode) {
    return labels.getOrDefault(orgCode, orgCode);
  }

  public List<PersonAsOf> getPeople() {
    return people;
  }

  public List<OrgUnitVersion> getUnits() {
    return units;
  }

  public Scope getScope() {
    return scope;
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
}
