package jp.city.lms.registry.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One run of the HR registry import (取込): who started it, how, for which effective date, what it
 * found and how it ended. Every run is kept, refused and dry runs too, because the registry is the
 * source of every other figure in the LMS and people must be able to see where a change came from.
 */
@Entity
@Table(name = "import_run")
@NamedQuery(
    name = ImportRun.RECENT,
    query = "SELECT r FROM ImportRun r ORDER BY r.startedAt DESC, r.id DESC")
@NamedQuery(
    name = ImportRun.WITH_OUTCOME,
    query =
        "SELECT r FROM ImportRun r WHERE r.outcome = :outcome ORDER BY r.startedAt DESC, r.id DESC")
@NamedQuery(name = ImportRun.COUNT, query = "SELECT COUNT(r) FROM ImportRun r")
public class ImportRun {

  public static final String RECENT = "ImportRun.recent";
  public static final String WITH_OUTCOME = "ImportRun.withOutcome";
  public static final String COUNT = "ImportRun.count";

  static final int MAX_TEXT = 1000;

  /** How a run ended; RUNNING until it does. */
  public enum Outcome {
    RUNNING,
    APPLIED,
    DRY_RUN,
    REFUSED,
    FAILED
  }

  /** How the snapshot arrived. */
  public enum Channel {
    UPLOAD,
    REST,
    FOLDER,
    DEMO
  }

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "import_run")
  @TableGenerator(
      name = "import_run",
      table = "id_gen",
      pkColumnName = "gen_name",
      valueColumnName = "next_val",
      allocationSize = 1)
  private Long id;

  @Column(name = "started_at", nullable = false)
  private LocalDateTime startedAt;

  @Column(name = "finished_at")
  private LocalDateTime finishedAt;

  @Column(name = "started_by", nullable = false)
  private String startedBy;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Channel channel;

  @Column(name = "orgs_file")
  private String orgsFile;

  @Column(name = "staff_file")
  private String staffFile;

  @Column(nullable = false)
  private LocalDate effective;

  @Column(name = "dry_run", nullable = false)
  private boolean dryRun;

  @Column(nullable = false)
  private boolean confirmed;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Outcome outcome;

  @Column(name = "refused_reason")
  private String refusedReason;

  @Column(name = "refused_because")
  private String refusedBecause;

  @Column(name = "refused_because_en")
  private String refusedBecauseEn;

  @Embedded private ChangeCounts counts = ChangeCounts.none();

  /** Rows rejected over both files: the number of {@link #getRejections() rejections} kept. */
  private int rejected;

  @Column(name = "duration_ms")
  private long durationMs;

  @OneToMany(mappedBy = "run", cascade = CascadeType.PERSIST)
  @OrderBy("fileName, lineNo")
  private List<ImportRejection> rejections = new ArrayList<>();

  protected ImportRun() {}

  public ImportRun(
      String startedBy,
      Channel channel,
      String orgsFile,
      String staffFile,
      LocalDate effective,
      boolean dryRun,
      boolean confirmed,
      LocalDateTime startedAt) {
    this.startedBy = Objects.requireNonNull(startedBy, "startedBy");
    this.channel = Objects.requireNonNull(channel, "channel");
    this.orgsFile = orgsFile;
    this.staffFile = staffFile;
    this.effective = Objects.requireNonNull(effective, "effective");
    this.dryRun = dryRun;
    this.confirmed = confirmed;
    this.outcome = Outcome.RUNNING;
    this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
  }

  /** The figures of the diff, whether or not it was applied. */
  public void found(ChangeCounts counts) {
    this.counts = Objects.requireNonNull(counts, "counts");
  }

  public void reject(
      String file, int line, String field, String value, String reason, String reasonEn) {
    rejections.add(new ImportRejection(this, file, line, field, value, reason, reasonEn));
    this.rejected = rejections.size();
  }

  public void applied(LocalDateTime at) {
    finish(dryRun ? Outcome.DRY_RUN : Outcome.APPLIED, at);
  }

  public void refused(String reason, String because, String becauseEn, LocalDateTime at) {
    this.refusedReason = reason;
    this.refusedBecause = bounded(because);
    this.refusedBecauseEn = bounded(becauseEn);
    finish(Outcome.REFUSED, at);
  }

  /**
   * Something broke: the import's transaction was rolled back, so the registry is as it was before.
   */
  public void failed(String because, String becauseEn, LocalDateTime at) {
    this.refusedBecause = bounded(because);
    this.refusedBecauseEn = bounded(becauseEn);
    finish(Outcome.FAILED, at);
  }

  /** Reasons quote what they found; a cell or an exception can be longer than the column. */
  static String bounded(String text) {
    return text == null || text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "…";
  }

  private void finish(Outcome how, LocalDateTime at) {
    if (outcome != Outcome.RUNNING) {
      throw new IllegalStateException("run " + id + " already ended " + outcome);
    }
    this.outcome = how;
    this.finishedAt = at;
    this.durationMs = Duration.between(startedAt, finishedAt).toMillis();
  }

  public Long getId() {
    return id;
  }

  public LocalDateTime getStartedAt() {
    return startedAt;
  }

  public LocalDateTime getFinishedAt() {
    return finishedAt;
  }

  public String getStartedBy() {
    return startedBy;
  }

  public Channel getChannel() {
    return channel;
  }

  public String getOrgsFile() {
    return orgsFile;
  }

  public String getStaffFile() {
    return staffFile;
  }

  public LocalDate getEffective() {
    return effective;
  }

  public boolean isDryRun() {
    return dryRun;
  }

  public boolean isConfirmed() {
    return confirmed;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public String getRefusedReason() {
    return refusedReason;
  }

  public String getRefusedBecause() {
    return refusedBecause;
  }

  public String getRefusedBecauseEn() {
    return refusedBecauseEn;
  }

  public ChangeCounts getCounts() {
    return counts;
  }

  /** Accepted, employed staff rows: the next run's measure for the shrink safeguard. */
  public int getStaffRows() {
    return counts.staffRows();
  }

  public int getRejected() {
    return rejected;
  }

  public long getDurationMs() {
    return durationMs;
  }

  public List<ImportRejection> getRejections() {
    return Collections.unmodifiableList(rejections);
  }
}
