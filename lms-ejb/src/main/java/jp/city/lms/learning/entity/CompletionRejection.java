package jp.city.lms.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

/** A row of {@code completions.csv} that was not recorded, kept with its run: where and why. */
@Entity
@Table(name = "completion_rejection")
public class CompletionRejection {

  private static final int MAX_VALUE = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "completion_rejection")
  @TableGenerator(
      name = "completion_rejection",
      table = "id_gen",
      pkColumnName = "gen_name",
      valueColumnName = "next_val",
      allocationSize = 500)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "run_id")
  private CompletionRun run;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "line_no", nullable = false)
  private int lineNo;

  private String field;

  @Column(name = "field_value")
  private String value;

  @Column(nullable = false)
  private String reason;

  @Column(name = "reason_en", nullable = false)
  private String reasonEn;

  protected CompletionRejection() {}

  CompletionRejection(
      CompletionRun run,
      String fileName,
      int lineNo,
      String field,
      String value,
      String reason,
      String reasonEn) {
    this.run = run;
    this.fileName = CompletionRun.bounded(fileName, 255);
    this.lineNo = lineNo;
    this.field = CompletionRun.bounded(field, 100);
    this.value =
        value == null || value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE);
    this.reason = CompletionRun.bounded(reason, CompletionRun.MAX_TEXT);
    this.reasonEn = CompletionRun.bounded(reasonEn, CompletionRun.MAX_TEXT);
  }

  public String getFileName() {
    return fileName;
  }

  public int getLineNo() {
    return lineNo;
  }

  public String getField() {
    return field;
  }

  public String getValue() {
    return value;
  }

  public String getReason() {
    return reason;
  }

  /** The reason in English, or else Japanese. */
  public String getReason(boolean english) {
    return english ? reasonEn : reason;
  }

  public String getReasonEn() {
    return reasonEn;
  }
}
