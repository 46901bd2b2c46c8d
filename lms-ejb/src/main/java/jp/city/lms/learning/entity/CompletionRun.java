package jp.city.lms.learning.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One run of the completions import (修了実績取込) from an e-learning platform's {@code completions.csv}:
 * who started it, how, the file, what it recorded, found unchanged and rejected, how many tiers it
 * made people achieve, and how it ended. Dry runs and refused runs are kept too.
 */
@Entity
@Table(name = "completion_run")
@NamedQuery(
    name = CompletionRun.RECENT,
    query = "SELECT r FROM CompletionRun r ORDER BY r.startedAt DESC, r.id DESC")
public class CompletionRun {

  public static final String RECENT = "CompletionRun.recent";

  static final int MAX_TEXT = 1000;

  /** How a run ended; RUNNING until it does. */
  public enum Outcome {
    RUNNING,
    APPLIED,
    DRY_RUN,
    REFUSED,
    FAILED
  }

  /** How the file arrived. */
  public enum Channel {
    UPLOAD,
    REST
  }

  @Id
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "completion_run")
  @TableGenerator(
      name = "completion_run",
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

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "dry_run", nullable = false)
  private boolean dryRun;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Outcome outcome;

  @Column(name = "row_count")
  private int rowCount;

  private int recorded;
  private int unchanged;
  private int rejected;

  @Column(name = "tiers_achieved")
  private int tiersAchieved;

  @Column(name = "refused_because")
  private String refusedBecause;

  @Column(name = "refused_because_en")
  private String refusedBecauseEn;

  @Column(name = "duration_ms")
  private long durationMs;

  @OneToMany(mappedBy = "run", cascade = CascadeType.PERSIST)
  @OrderBy("lineNo")
  private List<CompletionRejection> rejections = new ArrayList<>();

  protected CompletionRun() {}

  public CompletionRun(
      String startedBy, Channel channel, String fileName, boolean dryRun, LocalDateTime startedAt) {
    this.startedBy = Objects.requireNonNull(startedBy, "startedBy");
    this.channel = Objects.requireNonNull(channel, "channel");
    this.fileName = fileName == null ? null : bounded(fileName, 255);
    this.dryRun = dryRun;
    this.outcome = Outcome.RUNNING;
    this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
  }

  public void reject(
      String file, int line, String field, String value, String reason, String reasonEn) {
    rejections.add(new CompletionRejection(this, file, line, field, value, reason, reasonEn));
    this.rejected = rejections.size();
  }

  /**
   * The file was read and compared: a dry run ends here, a real run once it has recorded what it
   * found.
   */
  public void found(int rows, int newRecorded, int newUnchanged) {
    this.rowCount = rows;
    this.recorded = newRecorded;
    this.unchanged = newUnchanged;
  }

  public void applied(int tiers, LocalDateTime at) {
    this.tiersAchieved = dryRun ? 0 : tiers;
    finish(dryRun ? Outcome.DRY_RUN : Outcome.APPLIED, at);
  }

  public void refused(String because, String becauseEn, LocalDateTime at) {
    this.refusedBecause = bounded(because, MAX_TEXT);
    this.refusedBecauseEn = bounded(becauseEn, MAX_TEXT);
    finish(Outcome.REFUSED, at);
  }

  /** Something broke: the run's transaction was rolled back and nothing was recorded. */
  public void failed(String because, LocalDateTime at) {
    this.refusedBecause = bounded(because, MAX_TEXT);
    this.refusedBecauseEn = bounded(because, MAX_TEXT);
    this.recorded = 0;
    this.unchanged = 0;
    finish(Outcome.FAILED, at);
  }

  static String bounded(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  private void finish(Outcome how, LocalDateTime at) {
    if (outcome != Outcome.RUNNING) {
      throw new IllegalStateException("completion run " + id + " already ended " + outcome);
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

  public String getFileName() {
    return fileName;
  }

  public boolean isDryRun() {
    return dryRun;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public int getRowCount() {
    return rowCount;
  }

  public int getRecorded() {
    return recorded;
  }

  public int getUnchanged() {
    return unchanged;
  }

  public int getRejected() {
    return rejected;
  }

  public int getTiersAchieved() {
    return tiersAchieved;
  }

  public String getRefusedBecause() {
    return refusedBecause;
  }

  public String getRefusedBecauseEn() {
    return refusedBecauseEn;
  }

  public long getDurationMs() {
    return durationMs;
  }

  public List<CompletionRejection> getRejections() {
    return Collections.unmodifiableList(rejections);
  }
}
