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
                .add("hired", run.getHired())
                .add("transferred", run.getTransferred())
                .add("positionChanged", run.getPositionChanged())
                .add("left", run.getLeft())
                .add("unchanged", run.getUnchanged())
                .add("rejected", run.getRejected())
                .add("updated", run.getUpdated()))
        .add(
            "orgs",
            Json.createObjectBuilder()
                .add("added", run.getOrgsAdded())
                .add("renamed", run.getOrgsRenamed())
                .add("moved", run.getOrgsMoved())
                .add("closed", run.getOrgsClosed())
                .add("reopened", run.getOrgsReopened()))
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
