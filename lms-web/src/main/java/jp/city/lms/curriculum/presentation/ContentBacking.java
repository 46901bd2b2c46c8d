package jp.city.lms.curriculum.presentation;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import jp.city.lms.curriculum.boundary.ContentAdministration;
import jp.city.lms.curriculum.boundary.Curriculum;
import jp.city.lms.curriculum.control.ContentError;
import jp.city.lms.curriculum.control.ContentInvalidException;
import jp.city.lms.curriculum.entity.ContentVersion;

/**
 * The administrator's content page: the version in use, the versions used before with who loaded
 * them and what changed, and the reload that validates a folder before the LMS switches to it.
 */
@Named
@ViewScoped
public class ContentBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One error of a refused reload, as the table shows it. */
  public static final class ErrorLine implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String file;
    private final int line;
    private final String field;
    private final String message;

    ErrorLine(ContentError error, Locale locale) {
      this.file = error.file();
      this.line = error.line();
      this.field = error.field();
      this.message = error.message(locale);
    }

    public String getFile() {
      return file;
    }

    public int getLine() {
      return line;
    }

    public String getField() {
      return field;
    }

    public String getMessage() {
      return message;
    }
  }

  @EJB Curriculum curriculum;
  @EJB ContentAdministration administration;
  @Inject CurriculumTexts texts;

  private String folder;
  private ContentVersion current;
  private List<ContentVersion> history;
  private List<ErrorLine> errors = List.of();

  @PostConstruct
  void init() {
    folder = curriculum.configuredFolder().orElse(null);
    refresh();
  }

  private void refresh() {
    current = curriculum.currentVersion();
    history = administration.history();
  }

  public void reload() {
    String before = current.getDigest();
    try {
      ContentVersion loaded =
          folder == null || folder.isBlank()
              ? administration.reload()
              : administration.reload(folder);
      errors = List.of();
      refresh();
      if (loaded.getDigest().equals(before)) {
        texts.info("content.reload.unchanged", loaded.getShortDigest());
      } else {
        texts.info("content.reload.done", loaded.getShortDigest());
      }
    } catch (ContentInvalidException e) {
      Locale locale = texts.locale();
      errors = e.errors().stream().map(error -> new ErrorLine(error, locale)).toList();
      texts.error("content.reload.refused", errors.size(), current.getShortDigest());
    }
  }

  public ContentVersion getCurrent() {
    return current;
  }

  public List<ContentVersion> getHistory() {
    return history;
  }

  public List<ErrorLine> getErrors() {
    return errors;
  }

  public String getFolder() {
    return folder;
  }

  public void setFolder(String folder) {
    this.folder = folder;
  }
}
