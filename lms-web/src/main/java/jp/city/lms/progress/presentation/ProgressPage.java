package jp.city.lms.progress.presentation;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.ResourceBundle;
import jp.city.lms.curriculum.boundary.Curriculum;
import jp.city.lms.curriculum.entity.Tier;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.platform.entity.OutOfScopeException;
import jp.city.lms.platform.presentation.LocaleBacking;
import jp.city.lms.progress.boundary.ProgressReport;
import jp.city.lms.progress.boundary.ProgressReport.Attribution;

/**
 * What the progress pages share: the as-of date (default today) and the attribution from the
 * address, the answers for what a page cannot show (400 for a bad date, 403 outside the caller's
 * scope, 404 for an unknown unit), the tiers' names and the texts in the page's language.
 */
abstract class ProgressPage implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String BUNDLE = "jp.city.lms.web.progress";

  @EJB ProgressReport report;
  @EJB Curriculum curriculum;
  @Inject CityClock clock;
  @Inject FacesContext faces;
  @Inject LocaleBacking language;

  private String asOf;
  private String by;
  private final Map<String, String> tierNames = new LinkedHashMap<>();

  /** What a page reads from the report as of the date; it may refuse. */
  interface Reading {
    void read(LocalDate date);
  }

  /**
   * Reads the page on a first request: the date from the address, then the page's own reading;
   * answers 400, 403 or 404 for what it cannot show.
   */
  final void load(Reading reading) throws IOException {
    if (faces.isPostback()) {
      return;
    }
    LocalDate date;
    try {
      date = asOf == null || asOf.isBlank() ? clock.today() : LocalDate.parse(asOf.strip());
    } catch (DateTimeParseException e) {
      refuse(400, e.getMessage());
      return;
    }
    asOf = date.toString();
    by = getAttribution() == Attribution.WHEN_ACHIEVED ? "achieved" : "asOf";
    Locale locale = locale();
    for (Tier tier : curriculum.content().tiersInOrder()) {
      tierNames.put(tier.code(), tier.name().in(locale));
    }
    try {
      reading.read(date);
    } catch (OutOfScopeException | EJBAccessException e) {
      refuse(403, null);
    } catch (NoSuchElementException e) {
      refuse(404, null);
    }
  }

  private void refuse(int status, String message) throws IOException {
    faces.getExternalContext().responseSendError(status, message);
    faces.responseComplete();
  }

  /** Where trained people count: the unit on the date (the default) or when achieved. */
  Attribution getAttribution() {
    return "achieved".equals(by) ? Attribution.WHEN_ACHIEVED : Attribution.AS_OF;
  }

  /** The page's language: the session's choice (the view's locale is not set yet in load). */
  Locale locale() {
    return language.getLocale();
  }

  String text(String key, Object... arguments) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(BUNDLE, locale(), ProgressPage.class.getClassLoader());
    String text = bundle.getString(key);
    return arguments.length == 0
        ? text
        : new MessageFormat(text, bundle.getLocale()).format(arguments);
  }

  public String tierName(String tier) {
    return tierNames.getOrDefault(tier, tier);
  }

  public List<String> getTiers() {
    return List.copyOf(tierNames.keySet());
  }

  public String getAsOf() {
    return asOf;
  }

  public void setAsOf(String asOf) {
    this.asOf = asOf;
  }

  public String getBy() {
    return by;
  }

  public void setBy(String by) {
    this.by = by;
  }
}
