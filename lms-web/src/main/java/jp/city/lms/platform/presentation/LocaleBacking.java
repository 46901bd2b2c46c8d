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
import java.util.Map;

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

  /**
   * Switches the language and shows the same page again, with the page's view parameters (a
   * postback carries no query string, so a page such as {@code course.xhtml?code=…} declares its
   * parameters in {@code f:metadata} to keep them).
   */
  public void use(String language) throws IOException {
    SUPPORTED.stream()
        .filter(l -> l.getLanguage().equals(language))
        .findFirst()
        .ifPresent(l -> locale = l);
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getViewRoot().setLocale(locale);
    ExternalContext external = faces.getExternalContext();
    String page =
        faces
            .getApplication()
            .getViewHandler()
            .getBookmarkableURL(faces, faces.getViewRoot().getViewId(), Map.of(), true);
    String query = ((HttpServletRequest) external.getRequest()).getQueryString();
    external.redirect(page + (query == null || page.contains("?") ? "" : "?" + query));
  }
}
