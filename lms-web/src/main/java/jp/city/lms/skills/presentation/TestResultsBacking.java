package jp.city.lms.skills.presentation;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import jp.city.lms.curriculum.boundary.Curriculum;
import jp.city.lms.curriculum.entity.Skill;
import jp.city.lms.curriculum.entity.SkillLevel;
import jp.city.lms.platform.boundary.CityClock;
import jp.city.lms.platform.presentation.LocaleBacking;
import jp.city.lms.skills.boundary.Assessments;
import jp.city.lms.skills.boundary.TestResultImport;
import jp.city.lms.skills.boundary.TestResultImport.Outcome;
import jp.city.lms.skills.boundary.TestResultImport.Report;
import jp.city.lms.skills.control.TestResultReader.Rejection;
import jp.city.lms.skills.entity.AssessmentRefusedException;
import jp.city.lms.skills.entity.AssessmentSource;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The training office's test results page ({@code office/test-results.xhtml}, 試験結果の登録): one result
 * at a time, or a {@code test-results.csv} checked first (a dry run showing the counts and every
 * rejected row, exportable) and then recorded whole. The file stays in the view between the steps,
 * so that what is recorded is exactly the file that was checked; choosing another file discards the
 * check.
 */
@Named
@ViewScoped
public class TestResultsBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @EJB TestResultImport imports;
  @EJB Assessments assessments;
  @EJB Curriculum curriculum;
  @Inject CityClock clock;
  @Inject FacesContext faces;
  @Inject LocaleBacking localeBacking;

  private String fileName;
  private byte[] content;
  private transient Report checked;
  private transient Report applied;

  private String employeeNo;
  private String skill;
  private Integer level;
  private String assessedOn;

  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    byte[] chosen = file.getContent();
    // a full submit (an export) sends the chosen file again: the check shown still holds
    if (chosen == null
        || chosen.length == 0
        || (Arrays.equals(chosen, content) && Objects.equals(file.getFileName(), fileName))) {
      return;
    }
    fileName = file.getFileName();
    content = chosen;
    checked = null;
    applied = null;
  }

  /** The dry run: counts and rejected rows, nothing recorded. */
  public void check() {
    applied = null;
    if (content == null) {
      error(SkillTexts.text("tests.noFile", locale()), null);
      return;
    }
    checked = imports.run(fileName, content, true);
    if (checked.outcome() == Outcome.REFUSED) {
      error(SkillTexts.text("tests.refused", locale()), checked.refusedBecause(locale()));
    }
  }

  /** Records the checked file, whole. */
  public void record() {
    if (!isRecordable()) {
      return;
    }
    applied = imports.run(fileName, content, false);
    if (applied.outcome() == Outcome.REFUSED) {
      error(SkillTexts.text("tests.refused", locale()), applied.refusedBecause(locale()));
    } else {
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              SkillTexts.text("tests.recorded", locale(), applied.recorded(), applied.unchanged()),
              null));
    }
    checked = null;
  }

  /** One test result, from the form. */
  public void recordOne() {
    LocalDate on;
    try {
      on =
          assessedOn == null || assessedOn.isBlank()
              ? clock.today()
              : LocalDate.parse(assessedOn.strip());
    } catch (DateTimeParseException e) {
      error(SkillTexts.text("tests.badDate", locale(), assessedOn), null);
      return;
    }
    try {
      assessments.record(employeeNo, skill, level, AssessmentSource.TEST.name(), on);
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              SkillTexts.text("tests.oneRecorded", locale(), employeeNo, skill, level, on),
              null));
      employeeNo = null;
      level = null;
    } catch (AssessmentRefusedException e) {
      error(SkillTexts.reason(e, locale()), null);
    }
  }

  public boolean isChecked() {
    return checked != null;
  }

  public boolean isRefused() {
    return checked != null && checked.outcome() == Outcome.REFUSED;
  }

  /** The check read the file whole and found something to record. */
  public boolean isRecordable() {
    return checked != null && checked.outcome() == Outcome.DRY_RUN && checked.recorded() > 0;
  }

  public String because(Report report) {
    return report == null ? null : report.refusedBecause(locale());
  }

  public String reason(Rejection rejection) {
    return rejection.reason(locale());
  }

  public String getExportName() {
    return "test-results-rejected";
  }

  public List<Skill> getSkills() {
    return curriculum.content().skills().categories().stream()
        .flatMap(c -> c.skills().stream())
        .toList();
  }

  public String skillName(Skill s) {
    return s.code() + " " + s.name().in(locale());
  }

  public List<SkillLevel> getLevels() {
    return curriculum.content().skills().levels();
  }

  public String levelName(SkillLevel l) {
    return l.level() + " " + l.name().in(locale());
  }

  public String getToday() {
    return clock.today().toString();
  }

  private void error(String summary, String detail) {
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, detail));
  }

  private Locale locale() {
    return localeBacking.getLocale();
  }

  public String getFileName() {
    return fileName;
  }

  public int getFileSize() {
    return content == null ? 0 : content.length;
  }

  public Report getDryRun() {
    return checked;
  }

  public Report getApplied() {
    return applied;
  }

  public String getEmployeeNo() {
    return employeeNo;
  }

  public void setEmployeeNo(String employeeNo) {
    this.employeeNo = employeeNo;
  }

  public String getSkill() {
    return skill;
  }

  public void setSkill(String skill) {
    this.skill = skill;
  }

  public Integer getLevel() {
    return level;
  }

  public void setLevel(Integer level) {
    this.level = level;
  }

  public String getAssessedOn() {
    return assessedOn;
  }

  public void setAssessedOn(String assessedOn) {
    this.assessedOn = assessedOn;
  }
}
