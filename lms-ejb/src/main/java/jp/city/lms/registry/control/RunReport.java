package jp.city.lms.registry.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Locale;
import jp.city.lms.registry.entity.ImportRejection;
import jp.city.lms.registry.entity.ImportRun;

/**
 * A run's report in the JSON of contract v1: the REST answer to the HR system and the {@code
 * report.json} the drop folder leaves beside the files are the same document.
 */
public final class RunReport {

  private RunReport() {}

  public static JsonObject of(ImportRun run, Locale locale) {
    boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    JsonArrayBuilder rejected = Json.createArrayBuilder();
    for (ImportRejection r : run.getRejections()) {
      rejected.add(
          Json.createObjectBuilder()
              .add("file", r.getFileName())
              .add("line", r.getLineNo())
              .add("field", nullable(r.getField()))
              .add("value", nullable(r.getValue()))
              .add("reason", english ? r.getReasonEn() : r.getReason()));
    }
    return Json.createObjectBuilder()
        .add("run", run.getId())
        .add("outcome", run.getOutcome().name())
        .add("effective", run.getEffective().toString())
        .add(
            "counts",
            Json.createObjectBuilder()
                .add("hired", run.getCounts().hired())
                .add("transferred", run.getCounts().transferred())
                .add("positionChanged", run.getCounts().positionChanged())
                .add("left", run.getCounts().left())
                .add("unchanged", run.getCounts().unchanged())
                .add("rejected", run.getRejected())
                .add("updated", run.getCounts().updated()))
        .add(
            "orgs",
            Json.createObjectBuilder()
                .add("added", run.getCounts().orgsAdded())
                .add("renamed", run.getCounts().orgsRenamed())
                .add("moved", run.getCounts().orgsMoved())
                .add("closed", run.getCounts().orgsClosed())
                .add("reopened", run.getCounts().orgsReopened()))
        .add("rejected", rejected)
        .add(
            "refusedBecause",
            nullable(english ? run.getRefusedBecauseEn() : run.getRefusedBecause()))
        .build();
  }

  public static JsonValue nullable(String value) {
    return value == null ? JsonValue.NULL : Json.createValue(value);
  }
}
