package jp.city.lms.platform.presentation;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The language of the pages. Japanese is the default whatever the browser says, because it is the
 * language of the city's staff; English is one click away and stays for the session.
 */
@Named
@SessionScoped
public class LocaleBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final List<Locale> SUPPORTED = List.of(Locale.JAPANESE, Locale.ENGLISH);

  private Locale locale = Locale.JAPANESE;

  public Locale getLocale() {
    return locale;
  }

  public String getLanguage() {
    return locale.getLanguage();
  }

  /** Switches the language and shows the same page again. */
  public void use(String language) throws IOException {
    SUPPORTED.stream()
        .filter(l -> l.getLanguage().equals(language))
        .findFirst()
        .ifPresent(l -> locale = l);
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getViewRoot().setLocale(locale);
    ExternalContext external = faces.getExternalContext();
    String query = ((HttpServletRequest) external.getRequest()).getQueryString();
    external.redirect(
        external.getRequestContextPath()
            + faces.getViewRoot().getViewId()
            + (query == null ? "" : "?" + query));
  }
}
