package jp.city.lms.registry.entity;

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

/**
 * A row of a snapshot that could not be read, kept with its run: file, line, field, value and why.
 */
@Entity
@Table(name = "import_rejection")
public class ImportRejection {

  private static final int MAX_VALUE = 500;

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "import_rejection")
  @TableGenerator(
      name = "import_rejection",
      table = "id_gen",
      pkColumnName = "gen_name",
      valueColumnName = "next_val",
      allocationSize = 100)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "run_id")
  private ImportRun run;

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

  protected ImportRejection() {}

  ImportRejection(
      ImportRun run,
      String fileName,
      int lineNo,
      String field,
      String value,
      String reason,
      String reasonEn) {
    this.run = run;
    this.fileName = fileName;
    this.lineNo = lineNo;
    this.field = field;
    this.value =
        value == null || value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE);
    this.reason = ImportRun.bounded(reason);
    this.reasonEn = ImportRun.bounded(reasonEn);
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

  public String getReasonEn() {
    return reasonEn;
  }
}
