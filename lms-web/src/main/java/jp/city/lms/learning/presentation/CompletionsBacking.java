package jp.city.lms.learning.presentation;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import jp.city.lms.learning.boundary.CompletionImport;
import jp.city.lms.learning.boundary.CompletionImport.CompletionsFile;
import jp.city.lms.learning.entity.CompletionRejection;
import jp.city.lms.learning.entity.CompletionRun;
import jp.city.lms.learning.entity.CompletionRun.Channel;
import jp.city.lms.learning.entity.CompletionRun.Outcome;
import jp.city.lms.platform.presentation.SpreadsheetCells;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The completions upload page (修了実績取込) of the training office and administrators: a {@code
 * completions.csv} from an e-learning platform, a dry run that shows the counts and the rejected
 * rows (exportable to Excel and CSV), then the import itself, which runs in the background while
 * the page follows its progress, and the past runs. The file stays in the view between the steps,
 * so that the import records exactly the file whose dry run was shown; choosing another file
 * discards the dry run.
 */
@Named
@ViewScoped
public class CompletionsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How many past runs the page lists. */
  static final int RUNS_SHOWN = 20;

  @EJB CompletionImport imports;
  @Inject FacesContext faces;

  private String fileName;
  private byte[] content;

  /** The dry run shown; null until the person asks for it. */
  private CompletionRun dryRun;

  private Long runId;
  private CompletionRun report;

  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    byte[] chosen = file.getContent();
    // a full submit (an export) sends the chosen file again: the dry run shown still holds
    if (chosen == null
        || chosen.length == 0
        || (Arrays.equals(chosen, content) && Objects.equals(file.getFileName(), fileName))) {
      return;
    }
    fileName = file.getFileName();
    content = chosen;
    dryRun = null;
  }

  /** The dry run: counts and rejected rows, nothing recorded. */
  public void preview() {
    dryRun = null;
    if (content == null) {
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text("upload.noFile"), null));
      return;
    }
    dryRun = imports.run(Channel.UPLOAD, new CompletionsFile(fileName, content), true);
    if (dryRun.getOutcome() == Outcome.REFUSED) {
      faces.addMessage(
          null,
          new FacesMessage(FacesMessage.SEVERITY_ERROR, text("upload.refused"), because(dryRun)));
    }
  }

  /** Records the file whose dry run is shown, in the background. */
  public void start() {
    if (isImportable()) {
      runId = imports.start(new CompletionsFile(fileName, content));
    }
  }

  /**
   * How far the import has got, for the progress bar; 100 only once the run's outcome is committed,
   * so that the report never reads a run still running.
   */
  public int getPercent() {
    if (runId == null) {
      return 0;
    }
    if (report != null) {
      return 100;
    }
    if (imports.outcome(runId).filter(o -> o != Outcome.RUNNING).isPresent()) {
      report = imports.find(runId).orElse(null);
      return 100;
    }
    return Math.min(99, imports.progress(runId).orElse(99));
  }

  /** The progress bar reached 100: the report is ready. */
  public void finished() {
    if (report == null && runId != null) {
      report = imports.find(runId).orElse(null);
    }
  }

  public boolean isPreviewed() {
    return dryRun != null;
  }

  public boolean isRefused() {
    return dryRun != null && dryRun.getOutcome() == Outcome.REFUSED;
  }

  /** The dry run read the file and found something to record; the import has not started. */
  public boolean isImportable() {
    return dryRun != null
        && dryRun.getOutcome() == Outcome.DRY_RUN
        && dryRun.getRecorded() > 0
        && runId == null;
  }

  public boolean isStarted() {
    return runId != null;
  }

  public boolean isFinished() {
    return report != null;
  }

  public List<CompletionRun> getRuns() {
    return imports.recent(RUNS_SHOWN);
  }

  public String because(CompletionRun run) {
    return run == null ? null : english() ? run.getRefusedBecauseEn() : run.getRefusedBecause();
  }

  public String reason(CompletionRejection rejection) {
    return rejection.getReason(english());
  }

  /** A cell of the exported rejections, never a formula. */
  public String cell(Object value) {
    return value == null ? "" : SpreadsheetCells.defuse(value.toString());
  }

  /** The name of the exported rejections: completions-rejected-<run>. */
  public String getExportName() {
    return "completions-rejected-" + (dryRun == null ? "" : dryRun.getId());
  }

  private boolean english() {
    Locale locale = faces.getViewRoot().getLocale();
    return locale != null && locale.getLanguage().equals(Locale.ENGLISH.getLanguage());
  }

  private String text(String key, Object... arguments) {
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "lrn");
    String pattern = bundle.getString(key);
    return arguments.length == 0
        ? pattern
        : new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(arguments);
  }

  public String getFileName() {
    return fileName;
  }

  public int getFileSize() {
    return content == null ? 0 : content.length;
  }

  public CompletionRun getDryRun() {
    return dryRun;
  }

  public Long getRunId() {
    return runId;
  }

  public CompletionRun getReport() {
    return report;
  }
}
