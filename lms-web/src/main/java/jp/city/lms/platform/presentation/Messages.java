package jp.city.lms.platform.presentation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** Texts for backing beans, from the same bundles and in the same language as the page. */
@RequestScoped
public class Messages {

  public static final String BUNDLE = "jp.city.lms.web.messages";

  @Inject FacesContext faces;

  public String get(String key, Object... arguments) {
    var locale = faces.getViewRoot() != null ? faces.getViewRoot().getLocale() : null;
    var bundle =
        ResourceBundle.getBundle(
            BUNDLE,
            locale != null ? locale : java.util.Locale.JAPANESE,
            Messages.class.getClassLoader());
    String text = bundle.getString(key);
    return arguments.length == 0
        ? text
        : new MessageFormat(text, bundle.getLocale()).format(arguments);
  }
}
