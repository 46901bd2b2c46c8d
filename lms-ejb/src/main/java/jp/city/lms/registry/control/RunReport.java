package jp.city.lms.registry.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Locale;
import jp.city.lms.registry.entity.ChangeCounts;
import jp.city.lms.registry.entity.ImportRejection;
import jp.city.lms.registry.entity.ImportRun;

/**
 * A run's report in the JSON of contract v1: the REST answer to the HR system and the {@code
 * report.json} the drop folder leaves beside the files are the same document, written by JSON-B
 * from this record. The HR system reads the fields in this order and finds {@code refusedBecause}
 * (and a rejected row's {@code field} and {@code value}) as {@code null} when there is none.
 *
 * @param rejected the rejected rows, with the reason in the report's language
 * @param refusedBecause why the run was refused (or failed), in the report's language
 */
@JsonbPropertyOrder({"run", "outcome", "effective", "counts", "orgs", "rejected", "refusedBecause"})
public record RunReport(
    long run,
    String outcome,
    String effective,
    Counts counts,
    Orgs orgs,
    List<Rejected> rejected,
    @JsonbNillable String refusedBecause) {

  private static final Jsonb JSON = JsonbBuilder.create();

  /** What the run did to people; {@code rejected} counts rows over both files. */
  @JsonbPropertyOrder({
    "hired",
    "transferred",
    "positionChanged",
    "left",
    "unchanged",
    "rejected",
    "updated"
  })
  public record Counts(
      int hired,
      int transferred,
      int positionChanged,
      int left,
      int unchanged,
      int rejected,
      int updated) {}

  /** What the run did to org units. */
  @JsonbPropertyOrder({"added", "renamed", "moved", "closed", "reopened"})
  public record Orgs(int added, int renamed, int moved, int closed, int reopened) {}

  /** A row the run rejected: its file, line, field and value, and why. */
  @JsonbPropertyOrder({"file", "line", "field", "value", "reason"})
  public record Rejected(
      String file,
      int line,
      @JsonbNillable String field,
      @JsonbNillable String value,
      String reason) {}

  public RunReport {
    rejected = List.copyOf(rejected);
  }

  /** The report of a run, its texts in English or else Japanese. */
  public static RunReport of(ImportRun run, Locale locale) {
    boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    ChangeCounts c = run.getCounts();
    List<Rejected> rejected =
        run.getRejections().stream()
            .map(
                (ImportRejection r) ->
                    new Rejected(
                        r.getFileName(),
                        r.getLineNo(),
                        r.getField(),
                        r.getValue(),
                        english ? r.getReasonEn() : r.getReason()))
            .toList();
    return new RunReport(
        run.getId(),
        run.getOutcome().name(),
        run.getEffective().toString(),
        new Counts(
            c.hired(),
            c.transferred(),
            c.positionChanged(),
            c.left(),
            c.unchanged(),
            run.getRejected(),
            c.updated()),
        new Orgs(c.orgsAdded(), c.orgsRenamed(), c.orgsMoved(), c.orgsClosed(), c.orgsReopened()),
        rejected,
        english ? run.getRefusedBecauseEn() : run.getRefusedBecause());
  }

  /** The report as JSON, the same bytes the REST answer carries. */
  public String toJson() {
    return JSON.toJson(this);
  }
}
