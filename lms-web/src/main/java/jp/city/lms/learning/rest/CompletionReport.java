package jp.city.lms.learning.rest;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import jp.city.lms.learning.entity.CompletionRun;

/**
 * The answer to {@code POST /api/completions} (contract v1), in the contract's order, with {@code
 * refusedBecause} null when the run was not refused and the reasons in the caller's language.
 */
@JsonbPropertyOrder({"run", "outcome", "counts", "tiersAchieved", "rejected", "refusedBecause"})
public record CompletionReport(
    long run,
    String outcome,
    Counts counts,
    int tiersAchieved,
    List<Rejected> rejected,
    @JsonbNillable String refusedBecause) {

  /** What the file recorded, found already on record, and rejected. */
  @JsonbPropertyOrder({"recorded", "unchanged", "rejected"})
  public record Counts(int recorded, int unchanged, int rejected) {}

  /** A rejected row: where, and why. */
  @JsonbPropertyOrder({"file", "line", "field", "reason"})
  public record Rejected(String file, int line, @JsonbNillable String field, String reason) {}

  public CompletionReport {
    rejected = List.copyOf(rejected);
  }

  public static CompletionReport of(CompletionRun run, boolean english) {
    return new CompletionReport(
        run.getId(),
        run.getOutcome().name(),
        new Counts(run.getRecorded(), run.getUnchanged(), run.getRejected()),
        run.getTiersAchieved(),
        run.getRejections().stream()
            .map(
                r ->
                    new Rejected(
                        r.getFileName(), r.getLineNo(), r.getField(), r.getReason(english)))
            .toList(),
        english ? run.getRefusedBecauseEn() : run.getRefusedBecause());
  }
}
