package jp.city.lms.platform.presentation;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
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

  /**
   * Switches the language and renders the same view again, without a redirect: the page keeps its
   * state (view parameters, uploaded files, a diff on screen, the entries of a form), because a new
   * request would make a new view and lose it. Only the header's form is submitted, so nothing the
   * person has typed elsewhere is validated or lost.
   */
  public void use(String language) {
    SUPPORTED.stream()
        .filter(l -> l.getLanguage().equals(language))
        .findFirst()
        .ifPresent(l -> locale = l);
    FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
  }
}
