package jp.city.lms.platform.presentation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;

/**
 * The error pages' way on: the page to load afresh after a stale form (only a page of this
 * application, never an address someone put into the link) and the incident number of a failure.
 */
@Named
@RequestScoped
public class ErrorBacking {

  private static final Pattern VIEW = Pattern.compile("(/[a-z0-9_-]+)+\\.xhtml");
  private static final Pattern INCIDENT = Pattern.compile("[0-9a-f]{8}");

  @Inject HttpServletRequest request;

  /** The page's address, or the home page. */
  public String getPage() {
    String page = request.getParameter("page");
    return request.getContextPath() + (page != null && VIEW.matcher(page).matches() ? page : "/");
  }

  public String getIncident() {
    String incident = request.getParameter("incident");
    return incident != null && INCIDENT.matcher(incident).matches() ? incident : null;
  }
}
