package jp.city.lms.registry.presentation;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.platform.entity.FiscalYear;
import jp.city.lms.registry.boundary.ImportRuns;
import jp.city.lms.registry.boundary.RegistryImport;
import jp.city.lms.registry.boundary.RegistryImport.Request;
import jp.city.lms.registry.boundary.RegistryImport.Snapshot;
import jp.city.lms.registry.boundary.StaffDirectory;
import jp.city.lms.registry.control.ImportProgress;
import jp.city.lms.registry.control.OrgChange;
import jp.city.lms.registry.control.RegistryChanges;
import jp.city.lms.registry.control.RegistryUpdate;
import jp.city.lms.registry.control.SnapshotRefusedException;
import jp.city.lms.registry.control.StaffChange;
import jp.city.lms.registry.entity.ChangeCounts;
import jp.city.lms.registry.entity.ImportRun;
import jp.city.lms.registry.entity.ImportRun.Channel;
import jp.city.lms.registry.entity.ImportRun.Outcome;
import jp.city.lms.security.entity.Role;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The registry upload page (名簿取込) of the training office and administrators, in three steps: the
 * two files and the effective date; a dry run that shows what the snapshot would change; the import
 * itself, which runs as a batch job while the page follows its progress, then its report.
 *
 * <p>The files stay in the view between the steps, so that the import applies exactly the files
 * whose diff was shown. Choosing another file or date discards the diff: it no longer describes
 * what the import would do.
 */
@Named
@ViewScoped
public class RegistryImportBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The first fiscal year of 令和 is 2019 (令和元年度). */

  /** The filter value for every kind of change. */
  public static final String ALL_KINDS = "ALL";

  @EJB RegistryImport imports;
  @EJB ImportRuns runs;
  @EJB StaffDirectory directory;

  @Inject FacesContext faces;
  @Inject CityClock clock;

  private String orgsName;
  private byte[] orgs;
  private String staffName;
  private byte[] staff;
  private LocalDate effective;

  /** The dry run whose diff is shown; null until the person asks for it. */
  private ImportRun dryRun;

  private ChangeCounts counts;
  private int rejected;
  private List<StaffChange> changes = List.of();
  private List<OrgChange> orgChanges = List.of();
  private Map<String, String> orgNames = Map.of();

  /** The kind of change the table shows, or {@link #ALL_KINDS}. */
  private String kind = ALL_KINDS;

  private boolean confirm;

  /**
   * The second confirmation of an override: the administrator types the number of people the run
   * marks as left, which the confirmation dialog states, so that one checkbox and one click are
   * never enough.
   */
  private Integer typedLeavers;

  /** The import that was started, and its record once it has ended. */
  private Long runId;

  private ImportRun report;

  @PostConstruct
  void today() {
    effective = clock.today();
  }

  public void uploadOrgs(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    orgsName = file.getFileName();
    orgs = file.getContent();
    discardPreview();
  }

  public void uploadStaff(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    staffName = file.getFileName();
    staff = file.getContent();
    discardPreview();
  }

  public void effectiveChanged() {
    discardPreview();
  }

  /** The dry run: the diff, the rejected rows and the safeguards, with nothing changed. */
  public void preview() {
    discardPreview();
    if (orgs == null || staff == null) {
      if (orgs == null) {
        error(text("import.fileMissing", text("import.orgsFile")), null);
      }
      if (staff == null) {
        error(text("import.fileMissing", text("import.staffFile")), null);
      }
      return;
    }
    RegistryUpdate.Result result =
        imports.run(new Request(Channel.UPLOAD, effective, true, false), snapshot());
    dryRun = result.run();
    RegistryChanges diff = result.changes();
    if (diff != null) {
      counts = diff.counts();
      rejected = diff.rejections().size();
      changes = diff.staff().stream().filter(c -> c.kind() != StaffChange.Kind.UNCHANGED).toList();
      orgChanges = diff.orgs();
      orgNames = orgNames(diff.orgs());
    }
    if (isRefused()) {
      error(text("import.refused"), getRefusedBecause());
    } else if (dryRun.getRejected() > 0) {
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_WARN,
              text("import.rejectedSummary", dryRun.getRejected()),
              text("import.rejectionsNote")));
    }
  }

  /** Starts the import of the files whose diff is shown, as a batch job. */
  public void start() {
    if (!isImportable()) {
      return;
    }
    if (isOverriding() && (typedLeavers == null || typedLeavers != counts.left())) {
      error(text("import.override.mismatch", counts.left()), null);
      return;
    }
    runId =
        imports.start(
            new Request(Channel.UPLOAD, effective, false, confirm && isAdmin()), snapshot());
  }

  /**
   * How far the import has got, for the progress bar. 100 only once the run's outcome is committed:
   * the import reports itself done a moment before its transaction ends, and the report must not
   * read the run before then.
   */
  public int getPercent() {
    if (runId == null) {
      return 0;
    }
    if (report != null) {
      return 100;
    }
    int percent =
        runs.progress(runId)
            .filter(p -> p.phase() != ImportProgress.Phase.DONE)
            .map(ImportProgress.Progress::percent)
            .orElse(-1);
    if (percent >= 0) {
      return Math.min(percent, 99);
    }
    ImportRun run = runs.find(runId).orElse(null);
    if (run != null && run.getOutcome() != Outcome.RUNNING) {
      report = run;
      return 100;
    }
    return 99;
  }

  /** The progress bar reached 100: the report is ready. */
  public void finished() {
    if (report == null && runId != null) {
      report = runs.find(runId).orElse(null);
    }
  }

  private Snapshot snapshot() {
    return new Snapshot(orgsName, orgs, staffName, staff);
  }

  private void discardPreview() {
    dryRun = null;
    counts = null;
    rejected = 0;
    changes = List.of();
    orgChanges = List.of();
    orgNames = Map.of();
    kind = ALL_KINDS;
    confirm = false;
    typedLeavers = null;
  }

  /**
   * Org unit names by code, with the units above them (a transfer between two 研修係 must read as
   * one): the registry's, and the new ones of the snapshot.
   */
  private Map<String, String> orgNames(List<OrgChange> changed) {
    Map<String, String> names = new HashMap<>();
    directory.orgUnits().forEach(unit -> names.put(unit.getCode(), unit.getLabel()));
    changed.stream()
        .filter(c -> c.toName() != null)
        .forEach(c -> names.putIfAbsent(c.code(), c.toName()));
    return names;
  }

  public String orgName(String code) {
    return code == null ? null : orgNames.getOrDefault(code, code);
  }

  public boolean isPreviewed() {
    return dryRun != null;
  }

  public boolean isRefused() {
    return dryRun != null && dryRun.getOutcome() == Outcome.REFUSED;
  }

  /** A safeguard refused the dry run, and an administrator may override it. */
  public boolean isOverridable() {
    return isRefused()
        && dryRun.getRefusedReason() != null
        && Arrays.stream(SnapshotRefusedException.Reason.values())
            .anyMatch(r -> r.name().equals(dryRun.getRefusedReason()) && r.overridable());
  }

  /** An administrator has ticked the override: the import needs the second confirmation. */
  public boolean isOverriding() {
    return isOverridable() && isAdmin() && confirm;
  }

  /** The numbers the second confirmation repeats. */
  public String getOverrideSummary() {
    return counts == null
        ? null
        : text(
            "import.override.summary",
            counts.left(),
            counts.hired(),
            counts.transferred() + counts.positionChanged(),
            counts.unchanged());
  }

  public boolean isAdmin() {
    return faces.getExternalContext().isUserInRole(Role.ADMIN);
  }

  /** The diff may be applied: it was not refused, or an administrator confirms the override. */
  public boolean isImportable() {
    return dryRun != null
        && runId == null
        && (dryRun.getOutcome() == Outcome.DRY_RUN || (isOverridable() && isAdmin() && confirm));
  }

  public boolean isStarted() {
    return runId != null;
  }

  public boolean isFinished() {
    return report != null;
  }

  public String getRefusedBecause() {
    return dryRun == null ? null : because(dryRun);
  }

  public String getReportBecause() {
    return report == null ? null : because(report);
  }

  private String because(ImportRun run) {
    return english() ? run.getRefusedBecauseEn() : run.getRefusedBecause();
  }

  /** The staff changes of the chosen kind, or all of them. */
  public List<StaffChange> getChanges() {
    if (kind == null || kind.equals(ALL_KINDS)) {
      return changes;
    }
    return changes.stream().filter(c -> c.kind().name().equals(kind)).toList();
  }

  /** The kinds of change people can filter the table by. */
  public List<StaffChange.Kind> getKinds() {
    return ChangeChart.SHOWN;
  }

  public int countOf(StaffChange.Kind kind) {
    return count(counts, kind);
  }

  /** The counts as a bar chart: people would rather look at a chart than a table of counts. */
  public String getChart() {
    return counts == null ? null : ChangeChart.json(counts, rejected, this::text);
  }

  public String getReportChart() {
    return report == null
        ? null
        : ChangeChart.json(report.getCounts(), report.getRejected(), this::text);
  }

  public ChangeCounts getReportCounts() {
    return report == null ? null : report.getCounts();
  }

  private static int count(ChangeCounts c, StaffChange.Kind kind) {
    return c == null ? 0 : ChangeChart.count(c, kind);
  }

  /** The fiscal year of the effective date, shown beside it (令和7年度（2025年度）). */
  public FiscalYear getFiscalYear() {
    return effective == null ? null : FiscalYear.of(effective);
  }

  private boolean english() {
    Locale locale = faces.getViewRoot().getLocale();
    return locale != null && locale.getLanguage().equals(Locale.ENGLISH.getLanguage());
  }

  private String text(String key, Object... arguments) {
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "reg");
    String pattern = bundle.getString(key);
    return arguments.length == 0
        ? pattern
        : new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(arguments);
  }

  private void error(String summary, String detail) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, detail));
  }

  public String getOrgsName() {
    return orgsName;
  }

  public int getOrgsSize() {
    return orgs == null ? 0 : orgs.length;
  }

  public String getStaffName() {
    return staffName;
  }

  public int getStaffSize() {
    return staff == null ? 0 : staff.length;
  }

  public LocalDate getEffective() {
    return effective;
  }

  public void setEffective(LocalDate effective) {
    this.effective = effective;
  }

  public ImportRun getDryRun() {
    return dryRun;
  }

  public ChangeCounts getCounts() {
    return counts;
  }

  /** The rows the dry run rejected, shown beside {@link #getCounts()}. */
  public int getRejected() {
    return rejected;
  }

  public List<OrgChange> getOrgChanges() {
    return orgChanges;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public boolean isConfirm() {
    return confirm;
  }

  public void setConfirm(boolean confirm) {
    this.confirm = confirm;
  }

  public Integer getTypedLeavers() {
    return typedLeavers;
  }

  public void setTypedLeavers(Integer typedLeavers) {
    this.typedLeavers = typedLeavers;
  }

  public Long getRunId() {
    return runId;
  }

  public ImportRun getReport() {
    return report;
  }
}
