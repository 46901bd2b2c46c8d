package jp.city.lms.curriculum.presentation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import jp.city.lms.platform.presentation.LocaleBacking;

/**
 * The curriculum pages' texts ({@code cur} on the pages) for backing beans, in the language of the
 * page, and the messages they show.
 */
@RequestScoped
public class CurriculumTexts {

  public static final String BUNDLE = "jp.city.lms.web.curriculum";

  @Inject FacesContext faces;
  @Inject LocaleBacking localeBacking;

  public Locale locale() {
    return localeBacking.getLocale();
  }

  public String get(String key, Object... arguments) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(BUNDLE, locale(), CurriculumTexts.class.getClassLoader());
    String text = bundle.getString(key);
    return arguments.length == 0
        ? text
        : new MessageFormat(text, bundle.getLocale()).format(arguments);
  }

  /**
   * A message at a field of the page (its client id), or for the whole page when null. A field's
   * message shows its detail, the page's messages their summary (and a detail, when there is one),
   * so each text is given once where it is shown.
   */
  public void show(String clientId, FacesMessage.Severity severity, String text) {
    faces.addMessage(
        clientId,
        new FacesMessage(severity, clientId == null ? text : "", clientId == null ? "" : text));
  }

  public void info(String key, Object... arguments) {
    show(null, FacesMessage.SEVERITY_INFO, get(key, arguments));
  }

  public void error(String key, Object... arguments) {
    show(null, FacesMessage.SEVERITY_ERROR, get(key, arguments));
  }
}
